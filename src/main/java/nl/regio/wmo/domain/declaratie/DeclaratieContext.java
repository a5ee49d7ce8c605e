package nl.regio.wmo.domain.declaratie;

import java.time.LocalDate;
import java.util.Optional;

/** What the prestatie rules need to know beyond the line itself: toewijzingen and earlier declarations. */
public interface DeclaratieContext {

  /** The toewijzing with this number, of any provider. */
  Optional<ToewijzingFeit> toewijzing(long nummer);

  /** Whether the provider used this ReferentieNummer before (earlier messages, or earlier in this one). */
  boolean referentieGebruikt(String referentie);

  /** The provider's accepted debit with this ReferentieNummer, if any. */
  Optional<Prestatie> geaccepteerdeDebet(String referentie);

  /** Whether that accepted debit was already credited. */
  boolean gecrediteerd(String debetReferentie);

  /** An accepted, not credited debit for this toewijzing starting on this day (TR389). */
  Optional<String> lopendeDebet(long toewijzingNummer, LocalDate begin);

  /** Accepted volume so far on the toewijzing: debits minus credits (TR322), in minutes for hours (IV081, see PrestatieRegels.basisVolume). */
  long geaccepteerdVolume(long toewijzingNummer);

  /**
   * Accepted amount so far on the toewijzing in cents: the IngediendBedrag of its accepted debits minus that of its
   * accepted credits, over earlier messages and the lines of this message judged before (TR369).
   */
  long geaccepteerdBedrag(long toewijzingNummer);

  /**
   * A value that follows from the toewijzing's facts alone (the month's amount, the whole toewijzing's maximum),
   * remembered under {@code sleutel} for the rest of the message if the context wants to; by default it is
   * computed every time. The computation is pure, so remembering it never changes an outcome.
   */
  default <T> T onthoud(Object sleutel, java.util.function.Supplier<T> berekening) {
    return berekening.get();
  }
}
