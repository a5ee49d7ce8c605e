package nl.regio.wmo.domain.beschikking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;

/**
 * The expected amount ("verwachte kosten") of one toewijzing in one calendar month (iWmo 3.2).
 *
 * <p>Let P be the month intersected with the toewijzing period.
 *
 * <ul>
 *   <li>{@link Grondslag#PER_WEEK}, rule IV077: the maximum per product period is the number of
 *       (possibly partial) calendar weeks touching that period within the toewijzing times the
 *       weekly volume. So the amount is {@code volumePerWeek × W × tariff}, where W = {@link
 *       #weken(Periode) weken(P)}, the ISO weeks (Monday–Sunday) with at least one day in P. A full
 *       month touches 4, 5 or 6 weeks; a week spanning two months counts in both.
 *   <li>{@link Grondslag#PER_MAAND}: {@code monthly amount × days(P) / days(month)}; a full month
 *       gives exactly the monthly amount.
 * </ul>
 *
 * <p>When the tariff changes inside P, each version is weighted by the days of P it covers:
 * PER_WEEK {@code volumePerWeek × W × Σ(tariff_i × days_i) / days(P)} (W counted once over the
 * whole of P), PER_MAAND {@code Σ(tariff_i × days_i) / days(month)}.
 *
 * <p>Rounding: the amount is computed exactly with {@link BigDecimal} ({@link
 * MathContext#DECIMAL128} for the single division) and rounded once per toewijzing per month with
 * {@link Money#rounded} (half up). Money is never held in a floating-point number.
 *
 * <p>{@link Grondslag#BUDGET} (a toewijzing with a budget for its whole, closed, period) is spread
 * with {@link #budgetVoorMaand}: pro rata by days, with the rounding remainder placed so that the
 * months add up to the budget exactly.
 */
public final class Verwachting {

  private Verwachting() {}

  /**
   * The expected amount of the toewijzing in {@code maand}; {@link Money#ZERO} when the month lies
   * outside the toewijzing.
   *
   * @param volumePerWeek required (&gt; 0) for PER_WEEK and ignored for PER_MAAND (may be null)
   * @throws IllegalStateException when a day of the month within the toewijzing has no tariff; the
   *     message names the first such date
   */
  public static Money voorMaand(
      Grondslag grondslag,
      BigDecimal volumePerWeek,
      Periode toewijzing,
      List<TariefPeriode> tarieven,
      Maand maand) {
    Objects.requireNonNull(grondslag, "Grondslag is verplicht.");
    Objects.requireNonNull(toewijzing, "Toewijzingsperiode is verplicht.");
    Objects.requireNonNull(tarieven, "Tarieven zijn verplicht.");
    Objects.requireNonNull(maand, "Maand is verplicht.");
    if (grondslag == Grondslag.BUDGET) {
      throw new IllegalArgumentException("Een budget wordt verdeeld met budgetVoorMaand, niet met tarieven.");
    }
    if (grondslag == Grondslag.PER_WEEK
        && (volumePerWeek == null || volumePerWeek.signum() <= 0)) {
      throw new IllegalArgumentException("Volume per week moet groter dan 0 zijn: " + volumePerWeek);
    }

    Optional<Periode> deel = maand.alsPeriode().doorsnede(toewijzing);
    if (deel.isEmpty()) {
      return Money.ZERO;
    }
    Periode p = deel.get();
    BigDecimal tariefDagen = somTariefMaalDagen(p, tarieven);

    BigDecimal exact =
        switch (grondslag) {
          case PER_WEEK -> volumePerWeek
              .multiply(BigDecimal.valueOf(weken(p)))
              .multiply(tariefDagen)
              .divide(BigDecimal.valueOf(p.dagen()), MathContext.DECIMAL128);
          case PER_MAAND -> tariefDagen.divide(
              BigDecimal.valueOf(maand.dagen()), MathContext.DECIMAL128);
          case BUDGET -> throw new IllegalStateException("BUDGET is hierboven al geweigerd.");
        };
    return Money.rounded(exact);
  }

  /**
   * One {@link MaandBedrag} per month from {@code van} to {@code tot} inclusive; months outside the
   * toewijzing give {@link Money#ZERO}. Each month is rounded on its own (see {@link #voorMaand}).
   */
  public static List<MaandBedrag> perMaand(
      Grondslag grondslag,
      BigDecimal volumePerWeek,
      Periode toewijzing,
      List<TariefPeriode> tarieven,
      Maand van,
      Maand tot) {
    return maanden(van, tot, m -> voorMaand(grondslag, volumePerWeek, toewijzing, tarieven, m));
  }

  private static List<MaandBedrag> maanden(Maand van, Maand tot, java.util.function.Function<Maand, Money> bedrag) {
    Objects.requireNonNull(van, "Van-maand is verplicht.");
    Objects.requireNonNull(tot, "Tot-maand is verplicht.");
    if (tot.compareTo(van) < 0) {
      throw new IllegalArgumentException("Tot-maand " + tot + " ligt voor van-maand " + van);
    }
    List<MaandBedrag> result = new ArrayList<>();
    for (Maand m = van; m.compareTo(tot) <= 0; m = m.volgende()) {
      result.add(new MaandBedrag(m, bedrag.apply(m)));
    }
    return List.copyOf(result);
  }

  /**
   * The expected amount in {@code maand} of a toewijzing with a budget for its whole {@code
   * toewijzing} period: the budget spread over the days of the period pro rata; {@link Money#ZERO}
   * when the month lies outside it.
   *
   * <p>So that the months add up to the budget exactly, the rounding is done on the running total:
   * with B the budget in cents, N the days of the toewijzing and D(x) the days of the toewijzing up
   * to and including the last day x of (the part in) a month, the amount is {@code round(B × D(end
   * of this month) / N) − round(B × D(end of the previous month) / N)}, each rounded half up to the
   * cent ({@link Money#ROUNDING}). The sum over all months telescopes to {@code round(B × N / N) =
   * B}, and no month differs more than a cent from its exact share. Every month is computed on its
   * own, so any window of months gives the same amounts. Exact in long cents and {@link
   * BigDecimal}; no floating point.
   *
   * @throws IllegalArgumentException when the toewijzing is open-ended (a budget has an end date,
   *     iWmo CD075) or the budget is negative
   */
  public static Money budgetVoorMaand(Money budget, Periode toewijzing, Maand maand) {
    Objects.requireNonNull(budget, "Budget is verplicht.");
    Objects.requireNonNull(toewijzing, "Toewijzingsperiode is verplicht.");
    Objects.requireNonNull(maand, "Maand is verplicht.");
    if (toewijzing.isOpen()) {
      throw new IllegalArgumentException("Een budget hoort bij een toewijzing met een einddatum (iWmo CD075).");
    }
    if (budget.isNegative()) {
      throw new IllegalArgumentException("Een budget is niet negatief: " + budget);
    }
    Optional<Periode> deel = maand.alsPeriode().doorsnede(toewijzing);
    if (deel.isEmpty()) {
      return Money.ZERO;
    }
    long totaal = toewijzing.dagen();
    long tot = Periode.inclusief(toewijzing.start(), deel.get().einddatumInclusief()).dagen();
    long voor = tot - deel.get().dagen();
    return Money.ofCents(budgetTot(budget.cent(), tot, totaal) - budgetTot(budget.cent(), voor, totaal));
  }

  /** One {@link MaandBedrag} per month from {@code van} to {@code tot} inclusive, as {@link #budgetVoorMaand}. */
  public static List<MaandBedrag> budgetPerMaand(Money budget, Periode toewijzing, Maand van, Maand tot) {
    return maanden(van, tot, m -> budgetVoorMaand(budget, toewijzing, m));
  }

  /** The budget's share of the first {@code dagen} of {@code totaal} days, in cents, rounded half up. */
  private static long budgetTot(long budgetCent, long dagen, long totaal) {
    return BigDecimal.valueOf(budgetCent)
        .multiply(BigDecimal.valueOf(dagen))
        .divide(BigDecimal.valueOf(totaal), 0, Money.ROUNDING)
        .longValueExact();
  }

  /**
   * IV077: the number of ISO calendar weeks (Monday–Sunday) that contain at least one day of the
   * closed period {@code deel}.
   */
  public static int weken(Periode deel) {
    Objects.requireNonNull(deel, "Periode is verplicht.");
    if (deel.isOpen()) {
      throw new IllegalArgumentException("Weken tellen kan alleen voor een gesloten periode.");
    }
    LocalDate eersteMaandag = deel.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate laatsteMaandag =
        deel.einddatumInclusief().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return Math.toIntExact(ChronoUnit.WEEKS.between(eersteMaandag, laatsteMaandag) + 1);
  }

  /**
   * Σ(tariff_i × days_i) over the days of {@code p}, in euros, exact. Walks the (at most 31) days so
   * that the first day without a tariff can be named.
   */
  private static BigDecimal somTariefMaalDagen(Periode p, List<TariefPeriode> tarieven) {
    // exact in long cents (each tariff is whole cents); the same value and scale as summing BigDecimal euros
    long somCent = 0;
    boolean leeg = true;
    for (LocalDate dag = p.start(); dag.isBefore(p.eindeExclusief()); dag = dag.plusDays(1)) {
      somCent = Math.addExact(somCent, tariefOp(dag, tarieven).cent());
      leeg = false;
    }
    return leeg ? BigDecimal.ZERO : BigDecimal.valueOf(somCent, 2);
  }

  private static Money tariefOp(LocalDate dag, List<TariefPeriode> tarieven) {
    Money gevonden = null;
    for (TariefPeriode t : tarieven) {
      if (t.periode().bevat(dag)) {
        if (gevonden != null) {
          throw new IllegalStateException("Overlappende tarieven op " + dag);
        }
        gevonden = t.bedrag();
      }
    }
    if (gevonden == null) {
      throw new IllegalStateException("Geen tarief op " + dag);
    }
    return gevonden;
  }
}
