package nl.regio.wmo.domain.afrekening;

import java.util.Objects;

/**
 * The life of a monthly settlement run: CONCEPT (recompute at will) → VOORGESTELD (frozen, proposed by one
 * finance user) → GOEDGEKEURD (approved by a different finance user, AF-VIEROGEN) → BETAALD (closed for good).
 * An approver may send a proposed run back to CONCEPT; only a CONCEPT run can be recomputed or deleted.
 */
public enum AfrekeningStatus {
  CONCEPT, VOORGESTELD, GOEDGEKEURD, BETAALD;

  /** What a finance user asks of a run. */
  public enum Actie { HERBEREKENEN, VOORSTELLEN, GOEDKEUREN, AFKEUREN, BETAALD_MELDEN, VERWIJDEREN }

  /** A refused step, with the id of the rule that refuses it. */
  public static final class Geweigerd extends RuntimeException {
    private final String regel;

    Geweigerd(String regel, String reden) {
      super(regel + ": " + reden);
      this.regel = regel;
    }

    public String regel() {
      return regel;
    }
  }

  /**
   * The status after {@code actie} by {@code gebruiker}; {@code voorgesteldDoor} is who proposed the run (for
   * four-eyes). Refused with AF-BEVROREN (the step does not fit the status) or AF-VIEROGEN (the proposer approves).
   */
  public AfrekeningStatus na(Actie actie, String gebruiker, String voorgesteldDoor) {
    Objects.requireNonNull(gebruiker, "gebruiker");
    return switch (actie) {
      case HERBEREKENEN, VERWIJDEREN -> vereist(CONCEPT, actie, CONCEPT);
      case VOORSTELLEN -> vereist(CONCEPT, actie, VOORGESTELD);
      case AFKEUREN -> vereist(VOORGESTELD, actie, CONCEPT);
      case GOEDKEUREN -> {
        vereist(VOORGESTELD, actie, GOEDGEKEURD);
        if (gebruiker.equalsIgnoreCase(voorgesteldDoor)) {
          throw new Geweigerd("AF-VIEROGEN", "wie de afrekening voorstelde (" + voorgesteldDoor
              + ") mag hem niet ook goedkeuren; een tweede medewerker financiën keurt goed");
        }
        yield GOEDGEKEURD;
      }
      case BETAALD_MELDEN -> vereist(GOEDGEKEURD, actie, BETAALD);
    };
  }

  private AfrekeningStatus vereist(AfrekeningStatus nodig, Actie actie, AfrekeningStatus daarna) {
    if (this != nodig) {
      throw new Geweigerd("AF-BEVROREN", "een afrekening met status " + this + " kan niet " + werkwoord(actie)
          + " (alleen met status " + nodig + ")");
    }
    return daarna;
  }

  private static String werkwoord(Actie actie) {
    return switch (actie) {
      case HERBEREKENEN -> "opnieuw berekend worden";
      case VERWIJDEREN -> "verwijderd worden";
      case VOORSTELLEN -> "voorgesteld worden";
      case AFKEUREN -> "afgekeurd worden";
      case GOEDKEUREN -> "goedgekeurd worden";
      case BETAALD_MELDEN -> "als betaald gemeld worden";
    };
  }

  /** Whether the run's content is fixed (everything after CONCEPT). */
  public boolean bevroren() {
    return this != CONCEPT;
  }
}
