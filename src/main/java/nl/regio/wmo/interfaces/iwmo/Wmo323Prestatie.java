package nl.regio.wmo.interfaces.iwmo;

import java.time.LocalDate;

/**
 * One Prestatie of a WMO323 message, with the Bsn of the Client it belongs to, as read by
 * {@link Wmo323Lezer#lees}.
 *
 * <p>Amounts are in eurocents (iWmo {@code LDT_Bedrag}, IV024). With Eenheid {@code 83} (euro's) the
 * GeleverdVolume is itself in eurocents and ProductTarief is absent (CD087); it is then {@code null} here.
 *
 * @param volgnummer            1-based position of this Prestatie in the message, counted over all clients
 * @param bsn                   Client/Bsn (9 digits)
 * @param referentieNummer      ProductReferentie/ReferentieNummer (max 20)
 * @param vorigReferentieNummer ProductReferentie/VorigReferentieNummer, or {@code null} when absent (it is
 *                              required for a credit line, CD060)
 * @param toewijzingNummer      ToewijzingNummer (0..999 999 999)
 * @param productCategorie      ProductCategorie, 2 positions (WMO020)
 * @param productCode           ProductCode (max 5)
 * @param begindatum            ProductPeriode/Begindatum
 * @param einddatum             ProductPeriode/Einddatum
 * @param geleverdVolume        GeleverdVolume (0..99 999 999)
 * @param eenheid               Eenheid, 2 positions (WJ756)
 * @param productTarief         ProductTarief in eurocents, or {@code null} when absent
 * @param ingediendBedrag       IngediendBedrag/Bedrag in eurocents (never negative)
 * @param debetCredit           IngediendBedrag/DebetCredit, {@code D} or {@code C} (COD043)
 */
public record Wmo323Prestatie(int volgnummer, String bsn, String referentieNummer, String vorigReferentieNummer,
        long toewijzingNummer, String productCategorie, String productCode, LocalDate begindatum, LocalDate einddatum,
        long geleverdVolume, String eenheid, Long productTarief, long ingediendBedrag, String debetCredit) {
}
