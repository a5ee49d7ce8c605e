package nl.regio.wmo.application.rapport;

import java.util.Objects;

/** The cost of one product category for one municipality in a settlement run. */
public record GemeenteKostenRij(
    String gemeenteCode,
    String gemeenteNaam,
    String categorie,
    String categorieNaam,
    long aantalRegels,
    long bedragCent) {

  public GemeenteKostenRij {
    Objects.requireNonNull(gemeenteCode, "Gemeentecode is verplicht.");
    Objects.requireNonNull(categorie, "Categorie is verplicht.");
  }
}
