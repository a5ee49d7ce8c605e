package nl.regio.wmo.domain.pgb;

import java.util.Objects;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Periode;

/**
 * A PGB beschikking as the reconciliation needs it: its number (the toekenning the SVB charges
 * payments to), the budget holder, the product, the period, the omvang in words (e.g. {@code klasse
 * 3}, {@code 2 dagdelen per week}) and its {@link PgbBudget}.
 */
public record PgbBeschikking(
    String nummer, Bsn houder, String productCode, String categorie, Periode periode, String omvang, PgbBudget budget) {

  public PgbBeschikking {
    Objects.requireNonNull(nummer, "Beschikkingnummer is verplicht.");
    Objects.requireNonNull(houder, "Budgethouder is verplicht.");
    Objects.requireNonNull(productCode, "Productcode is verplicht.");
    Objects.requireNonNull(periode, "Periode is verplicht.");
    Objects.requireNonNull(budget, "Budget is verplicht.");
  }
}
