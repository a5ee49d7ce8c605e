package nl.regio.wmo.application.rapport;

import java.util.List;
import java.util.Objects;

/** Rejections of one month per provider and retourcode; the totals must equal the sum of the rows. */
public record AfwijzingenOverzicht(String maand, long aantal, long bedragCent, List<AfwijzingRij> rijen)
    implements Rapport {

  public AfwijzingenOverzicht {
    Objects.requireNonNull(maand, "Maand is verplicht.");
    rijen = List.copyOf(rijen);
    Totalen.moetGelijk("Aantal", aantal, rijen, AfwijzingRij::aantal);
    Totalen.moetGelijk("Bedrag", bedragCent, rijen, AfwijzingRij::bedragCent);
  }

  public static AfwijzingenOverzicht van(String maand, List<AfwijzingRij> rijen) {
    return new AfwijzingenOverzicht(
        maand, Totalen.som(rijen, AfwijzingRij::aantal), Totalen.som(rijen, AfwijzingRij::bedragCent), rijen);
  }

  @Override
  public String sjabloon() {
    return "afwijzingen-overzicht";
  }

  @Override
  public String bestandsnaam() {
    return "afwijzingen-" + maand;
  }
}
