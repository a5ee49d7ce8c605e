package nl.regio.wmo.interfaces.iwmo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The Header of a WMO325 (declaratie-antwoord): who answers whom, and which WMO323 is answered.
 *
 * <p>BerichtCode, BerichtVersie, BerichtSubversie and the XsdVersie of the 325 itself are constants of
 * {@link Wmo325Schrijver}; everything that varies per message is here.
 *
 * @param afzenderGemeente        CBS gemeentecode of the answering municipality, 4 digits (the 323's Ontvanger)
 * @param ontvangerAgb            AGB code of the provider, 8 digits (the 323's Afzender)
 * @param identificatie           BerichtIdentificatie/Identificatie of this 325, max 12 characters
 * @param dagtekening             BerichtIdentificatie/Dagtekening of this 325
 * @param declaratieIdentificatie BerichtIdentificatie/Identificatie of the WMO323 being answered (TR337)
 * @param declaratieDagtekening   BerichtIdentificatie/Dagtekening of the WMO323 being answered
 * @param xsdVersieBasisschema323 XsdVersie/BasisschemaXsdVersie of the WMO323, written as XsdVersieDeclaratie
 * @param xsdVersieBericht323     XsdVersie/BerichtXsdVersie of the WMO323, written as XsdVersieDeclaratie
 * @param retourCodes             the Header's RetourCodes, at least one: {@code 0200} if the header is fine,
 *                                {@code 0001} for a level-2 (XSLT) rejection
 * @param xsltVersie              version of the XSLTs the 323 was checked with ({@code n.n.n}), or null to omit
 *                                the optional XsltVersie; the rules require it when the rejection is based on
 *                                the XSLTs. Not in the original brief: use the 9-argument constructor to leave it out.
 */
public record Wmo325Kop(String afzenderGemeente, String ontvangerAgb, String identificatie, LocalDate dagtekening,
        String declaratieIdentificatie, LocalDate declaratieDagtekening, String xsdVersieBasisschema323,
        String xsdVersieBericht323, List<String> retourCodes, String xsltVersie) {

    /** Checks that every required part is present and copies the code list. */
    public Wmo325Kop {
        Objects.requireNonNull(afzenderGemeente, "afzenderGemeente is required");
        Objects.requireNonNull(ontvangerAgb, "ontvangerAgb is required");
        Objects.requireNonNull(identificatie, "identificatie is required");
        Objects.requireNonNull(dagtekening, "dagtekening is required");
        Objects.requireNonNull(declaratieIdentificatie, "declaratieIdentificatie is required");
        Objects.requireNonNull(declaratieDagtekening, "declaratieDagtekening is required");
        Objects.requireNonNull(xsdVersieBasisschema323, "xsdVersieBasisschema323 is required");
        Objects.requireNonNull(xsdVersieBericht323, "xsdVersieBericht323 is required");
        retourCodes = Wmo325Schrijver.codes(retourCodes, "Header");
    }

    /** A header without XsltVersie. */
    public Wmo325Kop(String afzenderGemeente, String ontvangerAgb, String identificatie, LocalDate dagtekening,
            String declaratieIdentificatie, LocalDate declaratieDagtekening, String xsdVersieBasisschema323,
            String xsdVersieBericht323, List<String> retourCodes) {
        this(afzenderGemeente, ontvangerAgb, identificatie, dagtekening, declaratieIdentificatie,
                declaratieDagtekening, xsdVersieBasisschema323, xsdVersieBericht323, retourCodes, null);
    }
}
