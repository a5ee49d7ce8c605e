package nl.regio.wmo.interfaces.iwmo;

import java.util.Objects;

/**
 * One {@code Contactgegevens/Contact} of the client in a WMO301: the address type and the address
 * ({@code Contact/Adres}, CDT_Adres). In the XSD only {@code Soort} is required and every part of the
 * address is optional; a municipality normally sends the full BRP address. Null parts are omitted, and when
 * all address parts are null no {@code Adres} element is written. Organisatie, Telefoon, Emailadres and
 * Periode are not supported.
 *
 * @param soort                LDT_AdresSoort: {@code 01} BRP-adres, {@code 02} correspondentie-adres,
 *                             {@code 03} verblijfadres, {@code 04} tijdelijk verblijfadres; required
 * @param straatnaam           {@code Straatnaam} (max 24), or null
 * @param huisnummer           {@code Huis/Huisnummer} (0..99999), or null (then no {@code Huis} is written)
 * @param huisletter           {@code Huis/Huisletter} (1 character), or null
 * @param huisnummerToevoeging {@code Huis/HuisnummerToevoeging} (max 4), or null
 * @param postcode             {@code Postcode} (max 8), e.g. "3431AB", or null
 * @param plaatsnaam           {@code Plaatsnaam} (max 80), or null
 * @param landCode             {@code LandCode}, ISO 3166 alpha-2 such as "NL", or null
 */
public record Wmo301Adres(String soort, String straatnaam, Integer huisnummer, String huisletter,
        String huisnummerToevoeging, String postcode, String plaatsnaam, String landCode) {

    /** Address type code for the BRP address. */
    public static final String SOORT_BRP = "01";

    public Wmo301Adres {
        Objects.requireNonNull(soort, "soort");
        if (huisnummer == null && (huisletter != null || huisnummerToevoeging != null)) {
            throw new IllegalArgumentException("huisletter/huisnummerToevoeging need a huisnummer");
        }
    }

    /** @return true if at least one address part is filled, i.e. an {@code Adres} element is written */
    public boolean heeftAdres() {
        return straatnaam != null || huisnummer != null || postcode != null || plaatsnaam != null
                || landCode != null;
    }
}
