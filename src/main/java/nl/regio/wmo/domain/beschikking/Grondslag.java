package nl.regio.wmo.domain.beschikking;

/**
 * How the expected amount of a toewijzing is priced per month.
 *
 * <ul>
 *   <li>{@link #PER_WEEK}: inspanningsgericht (dagdeel or hour products with a volume per week);
 *       the monthly maximum follows iWmo rule IV077: weekly volume times the number of (possibly
 *       partial) ISO calendar weeks touching the month within the toewijzing.
 *   <li>{@link #PER_MAAND}: outputgericht (a trajectbedrag per klasse per month, or the monthly
 *       amount of an offerte); pro rata by calendar days for a partial month.
 *   <li>{@link #BUDGET}: a toewijzing with an iWmo {@code Budget} instead of an omvang: the budget for
 *       the whole period, spread over its days pro rata (see {@link Verwachting#budgetVoorMaand}).
 * </ul>
 */
public enum Grondslag {
  PER_WEEK,
  PER_MAAND,
  BUDGET
}
