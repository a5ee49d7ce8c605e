package nl.regio.wmo.application.rapport;

import java.util.List;
import java.util.Objects;

/**
 * "Afrekening per aanbieder": the lines of one settlement run for one provider, grouped per client
 * in the print. {@code debetCent} is the sum of the ordinary lines, {@code creditCent} the sum of the
 * correction lines (negative when they take money back) and {@code totaalCent} their sum; the
 * constructor refuses totals that do not match the lines.
 */
public record AanbiederAfrekening(
    long afrekeningId,
    String maand,
    String status,
    String aanbiederAgb,
    String aanbiederNaam,
    String iban,
    long debetCent,
    long creditCent,
    long totaalCent,
    List<AfrekeningRegelRij> regels)
    implements Rapport {

  public AanbiederAfrekening {
    Objects.requireNonNull(maand, "Maand is verplicht.");
    Objects.requireNonNull(aanbiederAgb, "AGB-code van de aanbieder is verplicht.");
    regels = List.copyOf(regels);
    Totalen.moetGelijk("Debet", debetCent, regels, r -> r.correctie() ? 0 : r.bedragCent());
    Totalen.moetGelijk("Credit", creditCent, regels, r -> r.correctie() ? r.bedragCent() : 0);
    Totalen.moetGelijk("Totaal", totaalCent, regels, AfrekeningRegelRij::bedragCent);
  }

  /** The statement with its totals computed from the lines. */
  public static AanbiederAfrekening van(
      long afrekeningId,
      String maand,
      String status,
      String aanbiederAgb,
      String aanbiederNaam,
      String iban,
      List<AfrekeningRegelRij> regels) {
    long debet = Totalen.som(regels, r -> r.correctie() ? 0 : r.bedragCent());
    long credit = Totalen.som(regels, r -> r.correctie() ? r.bedragCent() : 0);
    return new AanbiederAfrekening(
        afrekeningId, maand, status, aanbiederAgb, aanbiederNaam, iban, debet, credit,
        Math.addExact(debet, credit), regels);
  }

  @Override
  public String sjabloon() {
    return "aanbieder-afrekening";
  }

  @Override
  public String bestandsnaam() {
    return "afrekening-" + afrekeningId + "-" + maand + "-" + aanbiederAgb;
  }
}
