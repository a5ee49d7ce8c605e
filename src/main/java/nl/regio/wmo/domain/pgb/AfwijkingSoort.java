package nl.regio.wmo.domain.pgb;

/**
 * The kinds of exception the PGB reconciliation reports, each with the rule it enforces (see
 * the rule checklist; {@code S-PGB-TOEKENNING} is a local rule of this project, documented in
 * config/import/svb.md).
 */
public enum AfwijkingSoort {
  /** Paid in a month more than that month's budget. */
  OVERSCHRIJDING_MAAND("S-PGB-SVB"),
  /** Paid in the year more than the year budget of the beschikking. */
  OVERSCHRIJDING_JAAR("S-PGB-SVB"),
  /** A payment for a month with no day in the beschikking period. */
  BUITEN_PERIODE("S-PGB-SVB"),
  /** A payment under a care agreement the municipality did not approve. */
  ZORGOVEREENKOMST_NIET_GOEDGEKEURD("S-PGB-SVB"),
  /** Informal care paid at an hourly rate above the informal cap. */
  INFORMEEL_TARIEF_TE_HOOG("S-PGB-TARIEF"),
  /** Professional care paid at an hourly rate above the ZIN hourly rate. */
  FORMEEL_TARIEF_TE_HOOG("S-PGB-TARIEF"),
  /** The same product as PGB and in kind (ZIN) in the same period. */
  PGB_EN_ZIN("OP043"),
  /** Budget left unspent at year end: to reclaim from the SVB. */
  TERUGVORDERING_JAAREINDE("S-PGB-SVB"),
  /** A payment charged to a toekenning that is not a PGB beschikking of this budget holder. */
  TOEKENNING_ONBEKEND("S-PGB-TOEKENNING");

  private final String regel;

  AfwijkingSoort(String regel) {
    this.regel = regel;
  }

  /** The id of the rule, e.g. {@code S-PGB-SVB}. */
  public String regel() {
    return regel;
  }
}
