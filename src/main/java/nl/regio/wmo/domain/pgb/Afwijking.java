package nl.regio.wmo.domain.pgb;

import java.util.Objects;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;

/**
 * One exception found by the {@link Reconciliatie}, with its evidence in words a finance user
 * reads ({@code toelichting}) and in numbers.
 *
 * <p>The numbers: {@code werkelijk} what happened (paid amount, or hourly rate paid), {@code norm}
 * what was allowed (budget, cap; zero when nothing was allowed), {@code verschil} the amount at
 * stake (paid too much, or to reclaim). Never contains a BSN.
 *
 * @param beschikkingNummer null only for a payment that matches no beschikking
 * @param maand null for a whole-year exception
 * @param betalingId null when the exception is not about one payment
 */
public record Afwijking(
    AfwijkingSoort soort,
    String beschikkingNummer,
    Maand maand,
    String betalingId,
    String toelichting,
    Money werkelijk,
    Money norm,
    Money verschil) {

  public Afwijking {
    Objects.requireNonNull(soort, "Soort is verplicht.");
    Objects.requireNonNull(toelichting, "Toelichting is verplicht.");
    Objects.requireNonNull(werkelijk, "Werkelijk bedrag is verplicht.");
    Objects.requireNonNull(norm, "Norm is verplicht.");
    Objects.requireNonNull(verschil, "Verschil is verplicht.");
  }

  /** The rule id, e.g. {@code S-PGB-SVB}. */
  public String regel() {
    return soort.regel();
  }
}
