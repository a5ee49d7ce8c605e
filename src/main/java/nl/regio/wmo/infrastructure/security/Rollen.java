package nl.regio.wmo.infrastructure.security;

/** The roles of the application. A user's groups in the identity store are these role names. */
public final class Rollen {
  /** Contract managers: maintain providers, contracts, products and tariffs. */
  public static final String CONTRACTBEHEER = "contractbeheer";
  /** Municipal staff: beschikkingen and toewijzingen. */
  public static final String CONSULENT = "consulent";
  /** Finance: settlement, payments, PGB reconciliation. */
  public static final String FINANCIEN = "financien";
  /** A care provider: sees only the data of its own AGB code. */
  public static final String AANBIEDER = "aanbieder";
  /** Reads everything, including the audit trail. */
  public static final String AUDITOR = "auditor";

  private Rollen() {}
}
