package nl.regio.wmo.interfaces.iwmo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The client of a WMO301, with the elements the XSD requires ({@code Bsn}, {@code Geboortedatum},
 * {@code Geslacht}, {@code Naam} with {@code Geslachtsnaam} and {@code NaamGebruik}, {@code Contactgegevens}
 * with at least one {@code Contact}) plus the name parts a municipality normally fills. The optional
 * Partnernaam, Voornamen, Communicatie, JuridischeStatus, WettelijkeVertegenwoordiging, Commentaar and
 * Relaties are not supported.
 *
 * @param bsn           burgerservicenummer, {@code Client/Bsn} (9 digits, 11-proef CS002), required
 * @param geboortedatum {@code Geboortedatum/Datum}, required (DatumGebruik is not sent: full date known)
 * @param geslacht      {@code Geslacht}, COD046: {@code 0} onbekend, {@code 1} mannelijk, {@code 2} vrouwelijk,
 *                      required by the XSD
 * @param achternaam    {@code Naam/Geslachtsnaam/Achternaam} (max 200), required
 * @param voorvoegsel   {@code Naam/Geslachtsnaam/Voorvoegsel} (max 10), e.g. "de", or null
 * @param voorletters   {@code Naam/Voorletters} (max 6, letters only, no dots), or null
 * @param naamGebruik   {@code Naam/NaamGebruik}, required by the XSD: {@code 1} eigen naam, {@code 2} naam
 *                      partner, {@code 3} partner + eigen, {@code 4} eigen + partner, {@code 5} pseudoniem,
 *                      {@code 6} niet-natuurlijk persoon. Use {@code 1} when no partner name is sent.
 * @param adres         the single {@code Contactgegevens/Contact} sent (normally the BRP address, soort 01);
 *                      required, because the XSD requires Contactgegevens with at least one Contact
 */
public record Wmo301Client(String bsn, LocalDate geboortedatum, String geslacht, String achternaam,
        String voorvoegsel, String voorletters, String naamGebruik, Wmo301Adres adres) {

    public Wmo301Client {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(geboortedatum, "geboortedatum");
        Objects.requireNonNull(geslacht, "geslacht");
        Objects.requireNonNull(achternaam, "achternaam");
        Objects.requireNonNull(naamGebruik, "naamGebruik");
        Objects.requireNonNull(adres, "adres");
    }
}
