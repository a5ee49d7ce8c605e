package nl.regio.wmo.application.rapport;

import java.util.Objects;

/** Rejected declaration lines of one provider with one retourcode: how many and for how much. */
public record AfwijzingRij(
    String aanbiederAgb, String aanbiederNaam, String retourcode, String omschrijving, long aantal, long bedragCent) {

  public AfwijzingRij {
    Objects.requireNonNull(aanbiederAgb, "AGB-code van de aanbieder is verplicht.");
    Objects.requireNonNull(retourcode, "Retourcode is verplicht.");
  }
}
