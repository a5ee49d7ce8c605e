package nl.regio.wmo.application.rapport;

import java.util.List;
import java.util.Objects;

/** Expected, declared and paid per toewijzing for one settlement run; totals equal the row sums. */
public record VerwachtOverzicht(
    long afrekeningId,
    String maand,
    long verwachtCent,
    long gedeclareerdCent,
    long betaaldCent,
    List<VerwachtRij> rijen)
    implements Rapport {

  public VerwachtOverzicht {
    Objects.requireNonNull(maand, "Maand is verplicht.");
    rijen = List.copyOf(rijen);
    Totalen.moetGelijk("Verwacht", verwachtCent, rijen, VerwachtRij::verwachtCent);
    Totalen.moetGelijk("Gedeclareerd", gedeclareerdCent, rijen, VerwachtRij::gedeclareerdCent);
    Totalen.moetGelijk("Betaald", betaaldCent, rijen, VerwachtRij::betaaldCent);
  }

  public static VerwachtOverzicht van(long afrekeningId, String maand, List<VerwachtRij> rijen) {
    return new VerwachtOverzicht(
        afrekeningId,
        maand,
        Totalen.som(rijen, VerwachtRij::verwachtCent),
        Totalen.som(rijen, VerwachtRij::gedeclareerdCent),
        Totalen.som(rijen, VerwachtRij::betaaldCent),
        rijen);
  }

  @Override
  public String sjabloon() {
    return "verwacht-overzicht";
  }

  @Override
  public String bestandsnaam() {
    return "verwacht-" + afrekeningId + "-" + maand;
  }
}
