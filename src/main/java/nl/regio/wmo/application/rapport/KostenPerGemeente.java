package nl.regio.wmo.application.rapport;

import java.util.List;
import java.util.Objects;

/**
 * Costs of one settlement run per municipality and product category, with a subtotal per
 * municipality; {@code totaalCent} is the run's total and must equal the sum of the rows.
 */
public record KostenPerGemeente(
    long afrekeningId, String maand, String status, long totaalCent, List<GemeenteKostenRij> rijen)
    implements Rapport {

  public KostenPerGemeente {
    Objects.requireNonNull(maand, "Maand is verplicht.");
    rijen = List.copyOf(rijen);
    Totalen.moetGelijk("Totaal", totaalCent, rijen, GemeenteKostenRij::bedragCent);
  }

  public static KostenPerGemeente van(long afrekeningId, String maand, String status, List<GemeenteKostenRij> rijen) {
    return new KostenPerGemeente(
        afrekeningId, maand, status, Totalen.som(rijen, GemeenteKostenRij::bedragCent), rijen);
  }

  @Override
  public String sjabloon() {
    return "kosten-per-gemeente";
  }

  @Override
  public String bestandsnaam() {
    return "kosten-per-gemeente-" + afrekeningId + "-" + maand;
  }
}
