package nl.regio.wmo.domain.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of days, half-open internally: {@code [start, eindeExclusief)}; no end means open-ended.
 * Messages and the REST API use inclusive end dates ({@code einddatum}); convert with {@link
 * #inclusief} and {@link #einddatumInclusief} at the edge.
 */
public record Periode(LocalDate start, LocalDate eindeExclusief) {

  public Periode {
    Objects.requireNonNull(start, "Begindatum is verplicht.");
    if (eindeExclusief != null && !eindeExclusief.isAfter(start)) {
      throw new IllegalArgumentException(
          "Periode eindigt voor zij begint: " + start + " t/m " + eindeExclusief.minusDays(1));
    }
  }

  /** From inclusive dates as users write them; {@code einddatum} may be null (open-ended). */
  public static Periode inclusief(LocalDate begindatum, LocalDate einddatum) {
    Objects.requireNonNull(begindatum, "Begindatum is verplicht.");
    if (einddatum != null && einddatum.isBefore(begindatum)) {
      throw new IllegalArgumentException("Einddatum " + einddatum + " ligt voor begindatum " + begindatum);
    }
    return new Periode(begindatum, einddatum == null ? null : einddatum.plusDays(1));
  }

  public static Periode vanaf(LocalDate start) {
    return new Periode(start, null);
  }

  public boolean isOpen() {
    return eindeExclusief == null;
  }

  /** The last day in the period, or null when open-ended. */
  public LocalDate einddatumInclusief() {
    return eindeExclusief == null ? null : eindeExclusief.minusDays(1);
  }

  public boolean bevat(LocalDate dag) {
    return !dag.isBefore(start) && (eindeExclusief == null || dag.isBefore(eindeExclusief));
  }

  public boolean omvat(Periode other) {
    return !other.start.isBefore(start)
        && (eindeExclusief == null
            || (other.eindeExclusief != null && !other.eindeExclusief.isAfter(eindeExclusief)));
  }

  public boolean overlapt(Periode other) {
    return doorsnede(other).isPresent();
  }

  public Optional<Periode> doorsnede(Periode other) {
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = minEnd(eindeExclusief, other.eindeExclusief);
    if (e != null && !e.isAfter(s)) {
      return Optional.empty();
    }
    return Optional.of(new Periode(s, e));
  }

  /** Number of days; only for a closed period. */
  public long dagen() {
    if (eindeExclusief == null) {
      throw new IllegalStateException("Een open periode heeft geen aantal dagen.");
    }
    return ChronoUnit.DAYS.between(start, eindeExclusief);
  }

  private static LocalDate minEnd(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isBefore(b) ? a : b;
  }

  @Override
  public String toString() {
    return start + " t/m " + (eindeExclusief == null ? "(open)" : einddatumInclusief().toString());
  }
}
