package nl.regio.wmo.domain.beschikking;

/** A policy rule a proposed beschikking breaks: the rule's id (domain/rules.md), the field, and why. */
public record Overtreding(String regel, String veld, String melding) {

  /** The message as a user reads it, naming the rule: "S-MAX9: …". */
  public String tekst() {
    return regel + ": " + melding;
  }
}
