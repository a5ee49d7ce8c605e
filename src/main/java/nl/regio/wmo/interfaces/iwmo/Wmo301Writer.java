package nl.regio.wmo.interfaces.iwmo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an iWmo 3.2 WMO301 (toewijzing) message with StAX.
 *
 * <p>Output: UTF-8 without BOM, an XML declaration, CR/LF line endings and tab indentation (OP192; the
 * official example is laid out the same way), prefixes {@code wmo301} and {@code iwmo} declared on the root
 * as in the official example. The element order follows the XSD sequences. Optional elements whose value is
 * null are omitted. The writer does not validate; run {@link IwmoSchemas#valideer(String, byte[])} on the
 * result before sending it.
 *
 * <p>Stateless and thread-safe.
 */
public final class Wmo301Writer {

    /** Target namespace of WMO301.xsd. */
    public static final String NS_WMO301 = "http://www.istandaarden.nl/iwmo/3_2/wmo301/schema";
    /** Target namespace of basisschema.xsd. */
    public static final String NS_IWMO = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";

    /** BerichtCode of the WMO301 (COD002-VEKT; the XSD restricts it to the pattern {@code 414}). */
    public static final String BERICHT_CODE = "414";
    /** BerichtVersie; the XSD restricts it to {@code 3}. */
    public static final String BERICHT_VERSIE = "3";
    /** BerichtSubversie; the XSD restricts it to {@code 2}. */
    public static final String BERICHT_SUBVERSIE = "2";
    /** {@code iwmo:BasisschemaXsdVersie} from the appinfo of basisschema.xsd / WMO301.xsd. */
    public static final String BASISSCHEMA_XSD_VERSIE = "1.0.0";
    /** {@code iwmo:BerichtXsdVersie} from the appinfo of WMO301.xsd. */
    public static final String BERICHT_XSD_VERSIE = "1.0.0";

    private static final String P301 = "wmo301";
    private static final String PIWMO = "iwmo";
    private static final String NL = "\r\n";
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * Writes the message.
     *
     * @param bericht the message content
     * @return the XML document, UTF-8 encoded
     * @throws IllegalStateException if StAX fails (not expected for in-memory output)
     */
    public byte[] schrijf(Wmo301Bericht bericht) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(4096);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory()
                    .createXMLStreamWriter(uit, StandardCharsets.UTF_8.name());
            Opmaak w = new Opmaak(xml);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters(NL);
            xml.writeStartElement(P301, "Bericht", NS_WMO301);
            xml.writeNamespace(PIWMO, NS_IWMO);
            xml.writeNamespace(P301, NS_WMO301);
            w.diepte++;
            header(w, bericht);
            client(w, bericht);
            w.eind();
            xml.writeCharacters(NL);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write WMO301 " + bericht.identificatie(), e);
        }
        return uit.toByteArray();
    }

    private static void header(Opmaak w, Wmo301Bericht b) throws XMLStreamException {
        w.start(P301, "Header");
        w.tekst(P301, "BerichtCode", BERICHT_CODE);
        w.tekst(P301, "BerichtVersie", BERICHT_VERSIE);
        w.tekst(P301, "BerichtSubversie", BERICHT_SUBVERSIE);
        w.tekst(P301, "Afzender", b.afzenderGemeente());
        w.tekst(P301, "Ontvanger", b.ontvangerAgb());
        w.start(P301, "BerichtIdentificatie");
        w.tekst(PIWMO, "Identificatie", b.identificatie());
        w.datum(PIWMO, "Dagtekening", b.dagtekening());
        w.eind();
        w.start(P301, "XsdVersie");
        w.tekst(PIWMO, "BasisschemaXsdVersie", BASISSCHEMA_XSD_VERSIE);
        w.tekst(PIWMO, "BerichtXsdVersie", BERICHT_XSD_VERSIE);
        w.eind();
        w.eind();
    }

    private static void client(Opmaak w, Wmo301Bericht b) throws XMLStreamException {
        Wmo301Client c = b.client();
        w.start(P301, "Client");
        w.tekst(P301, "Bsn", c.bsn());
        w.start(P301, "Geboortedatum");
        w.datum(PIWMO, "Datum", c.geboortedatum());
        w.eind();
        w.tekst(P301, "Geslacht", c.geslacht());
        w.start(P301, "Naam");
        w.start(PIWMO, "Geslachtsnaam");
        w.tekst(PIWMO, "Achternaam", c.achternaam());
        w.tekst(PIWMO, "Voorvoegsel", c.voorvoegsel());
        w.eind();
        w.tekst(PIWMO, "Voorletters", c.voorletters());
        w.tekst(PIWMO, "NaamGebruik", c.naamGebruik());
        w.eind();
        contactgegevens(w, c.adres());
        w.start(P301, "ToegewezenProducten");
        for (Wmo301Product p : b.producten()) {
            product(w, p);
        }
        w.eind();
        w.eind();
    }

    private static void contactgegevens(Opmaak w, Wmo301Adres a) throws XMLStreamException {
        w.start(P301, "Contactgegevens");
        w.start(P301, "Contact");
        w.tekst(P301, "Soort", a.soort());
        if (a.heeftAdres()) {
            w.start(P301, "Adres");
            if (a.huisnummer() != null) {
                w.start(PIWMO, "Huis");
                w.tekst(PIWMO, "Huisnummer", a.huisnummer().toString());
                w.tekst(PIWMO, "Huisletter", a.huisletter());
                w.tekst(PIWMO, "HuisnummerToevoeging", a.huisnummerToevoeging());
                w.eind();
            }
            w.tekst(PIWMO, "Postcode", a.postcode());
            w.tekst(PIWMO, "Straatnaam", a.straatnaam());
            w.tekst(PIWMO, "Plaatsnaam", a.plaatsnaam());
            w.tekst(PIWMO, "LandCode", a.landCode());
            w.eind();
        }
        w.eind();
        w.eind();
    }

    private static void product(Opmaak w, Wmo301Product p) throws XMLStreamException {
        w.start(P301, "ToegewezenProduct");
        w.tekst(P301, "ToewijzingNummer", Long.toString(p.toewijzingNummer()));
        w.start(P301, "Product");
        w.tekst(PIWMO, "Categorie", p.categorie());
        w.tekst(PIWMO, "Code", p.productcode());
        w.eind();
        LocalDateTime op = p.toegewezenOp();
        w.datum(P301, "Toewijzingsdatum", op.toLocalDate());
        w.tekst(P301, "Toewijzingstijd", TIJD.format(op));
        w.datum(P301, "Ingangsdatum", p.ingangsdatum());
        w.datum(P301, "Einddatum", p.einddatum());
        w.tekst(P301, "RedenWijziging", p.redenWijziging());
        if (p.heeftOmvang()) {
            w.start(P301, "Omvang");
            w.tekst(PIWMO, "Volume", p.volume().toString());
            w.tekst(PIWMO, "Eenheid", p.eenheid());
            w.tekst(PIWMO, "Frequentie", p.frequentie());
            w.eind();
        }
        if (p.budget() != null) {
            w.tekst(P301, "Budget", p.budget().toString());
        }
        w.eind();
    }

    /** Hand-made indentation around an {@link XMLStreamWriter}: one tab per level, CR/LF line ends. */
    private static final class Opmaak {
        private final XMLStreamWriter xml;
        private int diepte;

        Opmaak(XMLStreamWriter xml) {
            this.xml = xml;
        }

        private void inspringen() throws XMLStreamException {
            xml.writeCharacters(NL + "\t".repeat(diepte));
        }

        void start(String prefix, String naam) throws XMLStreamException {
            inspringen();
            xml.writeStartElement(prefix, naam, PIWMO.equals(prefix) ? NS_IWMO : NS_WMO301);
            diepte++;
        }

        void eind() throws XMLStreamException {
            diepte--;
            inspringen();
            xml.writeEndElement();
        }

        /** Writes a text-only element; does nothing if the value is null. */
        void tekst(String prefix, String naam, String waarde) throws XMLStreamException {
            if (waarde == null) {
                return;
            }
            inspringen();
            xml.writeStartElement(prefix, naam, PIWMO.equals(prefix) ? NS_IWMO : NS_WMO301);
            xml.writeCharacters(waarde);
            xml.writeEndElement();
        }

        /** Writes an ISO date ({@code yyyy-MM-dd}, no zone); does nothing if the date is null. */
        void datum(String prefix, String naam, LocalDate datum) throws XMLStreamException {
            tekst(prefix, naam, datum == null ? null : datum.toString());
        }
    }
}
