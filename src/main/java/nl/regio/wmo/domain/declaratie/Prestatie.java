package nl.regio.wmo.domain.declaratie;

import java.time.LocalDate;
import nl.regio.wmo.domain.shared.Periode;

/**
 * One declared prestatie: the total delivered volume of one product, for one client, on one
 * toewijzing, in one product period (IV089). Amounts in eurocents; {@code tariefCent} is null for
 * Eenheid 83 (euro), where the volume itself is the amount in cents.
 */
public record Prestatie(
    int volgnummer,
    String bsn,
    String referentie,
    String vorigeReferentie,
    long toewijzingNummer,
    String categorie,
    String productcode,
    LocalDate begin,
    LocalDate eind,
    long volume,
    String eenheid,
    Long tariefCent,
    long bedragCent,
    boolean credit) {

  public static final String EENHEID_EURO = "83";

  public Periode periode() {
    return Periode.inclusief(begin, eind.isBefore(begin) ? begin : eind);
  }

  /** The amount with its sign: credits count negative. */
  public long bedragMetTeken() {
    return credit ? -bedragCent : bedragCent;
  }
}
