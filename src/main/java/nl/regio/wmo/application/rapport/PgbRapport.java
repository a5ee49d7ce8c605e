package nl.regio.wmo.application.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.regio.wmo.application.PgbReconciliatie.GemeenteTotaal;
import nl.regio.wmo.application.PgbReconciliatie.RapportAfwijking;
import nl.regio.wmo.application.PgbReconciliatie.RapportGegevens;
import nl.regio.wmo.application.PgbReconciliatie.RapportHouderRegel;

/**
 * The PGB reconciliation report of a year for one municipality or the region: totals per municipality (section 1),
 * every exception with its evidence (section 2), and a page per budget holder with an exception: its beschikkingen
 * (B) and its exceptions (A) (section 3). The grand totals must equal the sum of the municipality rows.
 */
public record PgbRapport(int jaar, String gebied, long toegekendCent, long betaaldCent, long terugTeVorderenCent, int aantalAfwijkingen,
    List<Rij> rijen) implements Rapport {

  /** One row; which amounts mean what depends on the section (see the template). */
  public record Rij(int sectie, String soortRegel, String gemeente, String houder, String naam, String beschikking, String omschrijving,
      String regel, String maand, String toelichting, Long cent1, Long cent2, Long cent3, Long cent4) {}

  public PgbRapport {
    Objects.requireNonNull(gebied, "Gebied is verplicht.");
    rijen = List.copyOf(rijen);
    List<Rij> totalen = rijen.stream().filter(r -> r.sectie() == 1).toList();
    Totalen.moetGelijk("Toegekend", toegekendCent, totalen, Rij::cent1);
    Totalen.moetGelijk("Betaald", betaaldCent, totalen, Rij::cent2);
    Totalen.moetGelijk("Terug te vorderen", terugTeVorderenCent, totalen, Rij::cent3);
  }

  public static PgbRapport van(RapportGegevens g) {
    List<Rij> rijen = new ArrayList<>();
    for (GemeenteTotaal t : g.gemeenten()) {
      rijen.add(new Rij(1, "T", t.cbsCode(), null, t.naam(), null, null, null, null, null, t.toegekendCent(), t.betaaldCent(),
          t.terugTeVorderenCent(), null));
    }
    for (RapportAfwijking a : g.afwijkingen()) {
      rijen.add(afwijking(2, a));
    }
    for (RapportHouderRegel h : g.houdersMetAfwijking()) {
      rijen.add(new Rij(3, "B", h.gemeente(), h.bsn(), h.naam(), h.beschikkingNummer(),
          h.productCode() + ", " + h.ingangsdatum() + " t/m " + (h.einddatum() == null ? "…" : h.einddatum()) + ", " + h.omvang(),
          null, null, null, h.toegekendCent(), h.betaaldCent(), h.restantCent(), h.terugTeVorderenCent()));
      for (RapportAfwijking a : g.afwijkingen()) {
        if (Objects.equals(a.bsn(), h.bsn()) && Objects.equals(a.beschikkingNummer(), h.beschikkingNummer())) {
          rijen.add(afwijking(3, a));
        }
      }
    }
    String gebied = g.gemeente() == null ? "hele regio" : "gemeente " + g.gemeente() + (g.gemeenteNaam() == null ? "" : " " + g.gemeenteNaam());
    return new PgbRapport(g.jaar(), gebied, g.toegekendCent(), g.betaaldCent(), g.terugTeVorderenCent(), g.afwijkingen().size(), rijen);
  }

  private static Rij afwijking(int sectie, RapportAfwijking a) {
    // OVERSCHRIJDING_MAAND -> "overschrijding maand": words that wrap in a narrow column
    String soort = a.soort() == null ? null : a.soort().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return new Rij(sectie, "A", a.gemeente(), a.bsn(), a.naam(), a.beschikkingNummer(), soort, a.regel(), a.maand(), a.toelichting(),
        a.werkelijkCent(), a.normCent(), a.verschilCent(), null);
  }

  @Override
  public String sjabloon() {
    return "pgb-reconciliatie";
  }

  @Override
  public String bestandsnaam() {
    return "pgb-reconciliatie-" + jaar + "-" + gebied.replaceAll("[^A-Za-z0-9]+", "-");
  }
}
