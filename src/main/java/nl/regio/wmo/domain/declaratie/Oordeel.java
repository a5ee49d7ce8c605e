package nl.regio.wmo.domain.declaratie;

import java.util.List;

/**
 * The outcome of one prestatie: accepted (no codes) or rejected with its retourcodes; the evidence
 * (toewijzing, tariff version, the rules that decided) in words a provider understands.
 */
public record Oordeel(List<Retourcode> codes, String toelichting, String gemeente, Long tariefId) {

  public boolean goedgekeurd() {
    return codes.isEmpty();
  }
}
