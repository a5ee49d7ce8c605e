package nl.regio.wmo.application.rapport;

import java.util.Objects;

/**
 * Expected against declared and paid for one toewijzing; {@code boven} marks a declaration above
 * what was expected, printed visibly.
 */
public record VerwachtRij(
    long toewijzingNummer,
    String aanbiederAgb,
    String aanbiederNaam,
    String productCode,
    String gemeenteCode,
    long verwachtCent,
    long gedeclareerdCent,
    long betaaldCent,
    boolean boven) {

  public VerwachtRij {
    Objects.requireNonNull(aanbiederAgb, "AGB-code van de aanbieder is verplicht.");
  }
}
