package nl.regio.wmo.interfaces.iwmo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One {@code ToegewezenProduct} of a WMO301.
 *
 * <p>Supported are toewijzingen with a product (categorie, optionally code) and either an omvang or a
 * budget ({@code Budget} instead of {@code Omvang}); the generic variant (budget without a product),
 * ReferentieAanbieder and Commentaar are not supported. Business rules that are not in the XSD (CD041
 * omvang required with a product code unless there is a budget, CD075 Einddatum required with a
 * Budget, CD076 Einddatum required when Frequentie = 2, CS338 units 14/16/83/84 need frequentie
 * 2/4/6, CS003 Einddatum &ge; Ingangsdatum) are the caller's responsibility. Volume, eenheid and
 * frequentie are either all filled (an {@code Omvang} is written) or all null (no {@code Omvang});
 * omvang and budget are never both filled (CD078).
 *
 * @param toewijzingNummer {@code ToewijzingNummer} (LDT_Nummer, 0..999 999 999); a new number for an
 *                         initial toewijzing, the original number for a change (IV066)
 * @param categorie        {@code Product/Categorie}, WMO020 (2 digits), required
 * @param productcode      {@code Product/Code} (max 5), or null for an aspecific toewijzing (category only)
 * @param toegewezenOp     moment the municipality fixed the toewijzing, written as {@code Toewijzingsdatum}
 *                         ({@code yyyy-MM-dd}) and {@code Toewijzingstijd} ({@code HH:mm:ss}, xs:time
 *                         without zone; fractions of a second are dropped); required
 * @param ingangsdatum     {@code Ingangsdatum}, required
 * @param einddatum        {@code Einddatum}, or null for open-ended
 * @param redenWijziging   {@code RedenWijziging}, WMO002 (e.g. {@code 05} verkorting), null on an initial
 *                         toewijzing (IV099)
 * @param volume           {@code Omvang/Volume} (0..99 999 999; in euro cents when eenheid is 83)
 * @param eenheid          {@code Omvang/Eenheid}, WJ756 ({@code 01} minuut, {@code 04} uur, {@code 14} etmaal,
 *                         {@code 16} dagdeel, {@code 82} stuks output, {@code 83} euro, {@code 84} stuks inspanning)
 * @param frequentie       {@code Omvang/Frequentie}, WMO757 ({@code 1} per dag, {@code 2} per week,
 *                         {@code 4} per maand, {@code 6} totaal binnen geldigheidsduur)
 * @param budget           {@code Budget} (LDT_Budget, euro cents, 0..99 999 999) for the whole period,
 *                         or null; only without an omvang (CD077/CD078)
 */
public record Wmo301Product(long toewijzingNummer, String categorie, String productcode,
        LocalDateTime toegewezenOp, LocalDate ingangsdatum, LocalDate einddatum, String redenWijziging,
        Long volume, String eenheid, String frequentie, Long budget) {

    /** A toegewezen product with an omvang (or neither omvang nor budget), without a budget. */
    public Wmo301Product(long toewijzingNummer, String categorie, String productcode, LocalDateTime toegewezenOp,
            LocalDate ingangsdatum, LocalDate einddatum, String redenWijziging, Long volume, String eenheid, String frequentie) {
        this(toewijzingNummer, categorie, productcode, toegewezenOp, ingangsdatum, einddatum, redenWijziging, volume, eenheid,
                frequentie, null);
    }

    public Wmo301Product {
        Objects.requireNonNull(categorie, "categorie");
        Objects.requireNonNull(toegewezenOp, "toegewezenOp");
        Objects.requireNonNull(ingangsdatum, "ingangsdatum");
        int gevuld = (volume != null ? 1 : 0) + (eenheid != null ? 1 : 0) + (frequentie != null ? 1 : 0);
        if (gevuld != 0 && gevuld != 3) {
            throw new IllegalArgumentException(
                    "Omvang needs volume, eenheid and frequentie together (toewijzing " + toewijzingNummer + ")");
        }
        if (gevuld == 3 && budget != null) {
            throw new IllegalArgumentException("Omvang and Budget exclude each other, CD078 (toewijzing " + toewijzingNummer + ")");
        }
    }

    /** @return true if volume, eenheid and frequentie are filled, i.e. an {@code Omvang} element is written */
    public boolean heeftOmvang() {
        return volume != null;
    }
}
