package nl.regio.wmo.interfaces.iwmo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A rejected prestatie in a WMO325: the nine elements of the WMO323 prestatie, echoed unchanged (TR367), plus
 * the RetourCodes that explain the rejection. Amounts are integer eurocents, as in the 323.
 *
 * @param referentieNummer      ProductReferentie/ReferentieNummer, max 20 characters
 * @param vorigReferentieNummer ProductReferentie/VorigReferentieNummer, or null (filled on a credit, CD060)
 * @param toewijzingNummer      ToewijzingNummer, 0..999 999 999
 * @param productCategorie      ProductCategorie, WMO020 (2 positions)
 * @param productCode           ProductCode, max 5 characters
 * @param begindatum            ProductPeriode/Begindatum
 * @param einddatum             ProductPeriode/Einddatum
 * @param geleverdVolume        GeleverdVolume, 0..99 999 999 (eurocents when Eenheid is 83)
 * @param eenheid               Eenheid, WJ756
 * @param productTarief         ProductTarief in cents, or null to omit it (Eenheid 83, CD087)
 * @param ingediendBedragCent   IngediendBedrag/Bedrag in cents, not negative
 * @param debetCredit           IngediendBedrag/DebetCredit, {@code D} or {@code C}
 * @param retourCodes           the prestatie's RetourCodes, at least one (e.g. {@code 9346}, or {@code 0233}
 *                              when the client was rejected as a whole)
 */
public record Wmo325Prestatie(String referentieNummer, String vorigReferentieNummer, long toewijzingNummer,
        String productCategorie, String productCode, LocalDate begindatum, LocalDate einddatum, long geleverdVolume,
        String eenheid, Long productTarief, long ingediendBedragCent, String debetCredit, List<String> retourCodes) {

    /** Checks that every required part is present, amounts are not negative and DebetCredit is D or C. */
    public Wmo325Prestatie {
        Objects.requireNonNull(referentieNummer, "referentieNummer is required");
        Objects.requireNonNull(productCategorie, "productCategorie is required");
        Objects.requireNonNull(productCode, "productCode is required");
        Objects.requireNonNull(begindatum, "begindatum is required");
        Objects.requireNonNull(einddatum, "einddatum is required");
        Objects.requireNonNull(eenheid, "eenheid is required");
        Wmo325Schrijver.nietNegatief(toewijzingNummer, "toewijzingNummer");
        Wmo325Schrijver.nietNegatief(geleverdVolume, "geleverdVolume");
        if (productTarief != null) {
            Wmo325Schrijver.nietNegatief(productTarief, "productTarief");
        }
        Wmo325Schrijver.nietNegatief(ingediendBedragCent, "ingediendBedragCent");
        Wmo325Schrijver.debetCredit(debetCredit, "debetCredit");
        retourCodes = Wmo325Schrijver.codes(retourCodes, "Prestatie " + referentieNummer);
    }

    /** @return the IngediendBedrag in cents with its sign: positive for debet, negative for credit */
    public long ingediendBedragMetTeken() {
        return "C".equals(debetCredit) ? -ingediendBedragCent : ingediendBedragCent;
    }
}
