package nl.regio.wmo.application.rapport;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One settled line of a provider's statement. {@code client} is printed as given: the caller masks
 * the BSN (see {@code Bsn.gemaskeerd()}) unless the reader may see it. A correction (credit) line
 * has {@code correctie} set and usually a negative {@code bedragCent}.
 */
public record AfrekeningRegelRij(
    String client,
    String clientNaam,
    long toewijzingNummer,
    String productCode,
    String productNaam,
    LocalDate begindatum,
    LocalDate einddatum,
    long volume,
    String eenheid,
    Long tariefCent,
    long bedragCent,
    boolean correctie,
    String referentie,
    String declaratieNummer) {

  public AfrekeningRegelRij {
    Objects.requireNonNull(client, "Client is verplicht.");
    Objects.requireNonNull(productCode, "Productcode is verplicht.");
    Objects.requireNonNull(begindatum, "Begindatum is verplicht.");
    Objects.requireNonNull(einddatum, "Einddatum is verplicht.");
  }
}
