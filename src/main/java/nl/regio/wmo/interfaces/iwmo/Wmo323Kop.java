package nl.regio.wmo.interfaces.iwmo;

import java.time.LocalDate;

/**
 * The Header of a WMO323 message plus the Declaratie fields that precede the Clienten, as read by
 * {@link Wmo323Lezer#lees}.
 *
 * <p>Amounts are in eurocents: iWmo {@code LDT_TotaalBedrag} / {@code LDT_Bedrag} are integer cents (IV024), so
 * {@code 58000} is € 580,00. Strings are the element text as in the message (the XSD types concerned keep
 * whitespace); dates are {@code xs:date} without time zone (RS032).
 *
 * @param afzenderAgb            Header/Afzender, the provider's 8-digit AGB code
 * @param ontvangerGemeente      Header/Ontvanger, the 4-digit CBS gemeentecode
 * @param berichtIdentificatie   Header/BerichtIdentificatie/Identificatie (max 12)
 * @param berichtDagtekening     Header/BerichtIdentificatie/Dagtekening
 * @param basisschemaXsdVersie   Header/XsdVersie/BasisschemaXsdVersie, e.g. {@code 1.0.0}
 * @param berichtXsdVersie       Header/XsdVersie/BerichtXsdVersie, e.g. {@code 1.0.0}
 * @param declaratieNummer       Declaratie/DeclaratieNummer (max 12, letters and digits)
 * @param periodeBegin           Declaratie/DeclaratiePeriode/Begindatum
 * @param periodeEind            Declaratie/DeclaratiePeriode/Einddatum
 * @param declaratieDagtekening  Declaratie/DeclaratieDagtekening
 * @param totaalIngediendBedrag  Declaratie/TotaalIngediendBedrag/TotaalBedrag in eurocents (never negative)
 * @param totaalDebetCredit      Declaratie/TotaalIngediendBedrag/DebetCredit, {@code D} or {@code C} (COD043)
 */
public record Wmo323Kop(String afzenderAgb, String ontvangerGemeente, String berichtIdentificatie,
        LocalDate berichtDagtekening, String basisschemaXsdVersie, String berichtXsdVersie, String declaratieNummer,
        LocalDate periodeBegin, LocalDate periodeEind, LocalDate declaratieDagtekening, long totaalIngediendBedrag,
        String totaalDebetCredit) {
}
