package nl.regio.wmo.domain.pgb;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;

/**
 * One payment the SVB made from a budget holder's PGB to a care provider (rule S-PGB-SVB), as
 * reported in the SVB payment file (layout: config/import/svb.md).
 *
 * @param toekenningNummer the number of the PGB beschikking (toekenning) the payment is charged to
 * @param zorgverlenerId the SVB's id of the care provider
 * @param zorgovereenkomstGoedgekeurd whether the municipality approved the care agreement
 * @param maand the month the care was delivered in
 * @param bedrag {@code uren × uurtarief}, rounded once half up to the cent
 * @param betalingId the SVB's unique id of this payment
 */
public record SvbBetaling(
    String toekenningNummer,
    Bsn bsn,
    String zorgverlenerId,
    String zorgverlenerNaam,
    Zorgsoort zorgsoort,
    String zorgovereenkomstId,
    boolean zorgovereenkomstGoedgekeurd,
    Maand maand,
    BigDecimal uren,
    Money uurtarief,
    Money bedrag,
    LocalDate betaaldatum,
    String betalingId) {

  public SvbBetaling {
    Objects.requireNonNull(toekenningNummer, "Toekenningnummer is verplicht.");
    Objects.requireNonNull(bsn, "BSN is verplicht.");
    Objects.requireNonNull(zorgsoort, "Zorgsoort is verplicht.");
    Objects.requireNonNull(maand, "Maand is verplicht.");
    Objects.requireNonNull(uren, "Uren zijn verplicht.");
    Objects.requireNonNull(uurtarief, "Uurtarief is verplicht.");
    Objects.requireNonNull(bedrag, "Bedrag is verplicht.");
    Objects.requireNonNull(betalingId, "Betaling-id is verplicht.");
  }

  /** The amount the hours and the rate give: {@code uren × uurtarief}, rounded once half up. */
  public static Money bedragVoor(BigDecimal uren, Money uurtarief) {
    return uurtarief.times(uren);
  }
}
