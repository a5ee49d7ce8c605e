package nl.regio.wmo.interfaces.iwmo;

import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Our hand-written WMO325.xsd: it compiles, accepts the iJw twin's example and refuses bad content. */
class Wmo325XsdTest {

    private static final String VOORBEELD = "berichten/wmo325/WMO325-uit-JW325-voorbeeld.xml";

    private static String voorbeeld() {
        return new String(resource(VOORBEELD), StandardCharsets.UTF_8);
    }

    private static List<String> valideer(String xml) {
        return IwmoSchemas.valideer(IwmoSchemas.WMO325, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** 1-based line of the first occurrence of {@code fragment}. */
    private static int regel(String xml, String fragment) {
        int i = xml.indexOf(fragment);
        assertTrue(i >= 0, fragment);
        return (int) xml.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String vervangEenmaal(String xml, String oud, String nieuw) {
        assertTrue(xml.contains(oud), oud);
        return xml.replaceFirst(java.util.regex.Pattern.quote(oud), java.util.regex.Matcher.quoteReplacement(nieuw));
    }

    @Test
    @DisplayName("WMO325.xsd compiles with the iWmo basisschema import and is known by name")
    void schemaCompileert() {
        assertNotNull(IwmoSchemas.schema(IwmoSchemas.WMO325));
        assertSame(IwmoSchemas.schema("WMO325"), IwmoSchemas.schema("WMO325"));
        assertTrue(IwmoSchemas.schemaNamen().containsAll(List.of("WMO301", "WMO325")));
    }

    @Test
    @DisplayName("the iJw JW325 example, moved by hand into the iWmo namespaces, validates without errors")
    void ijwVoorbeeldInIwmoNamespacesIsGeldig() {
        assertEquals(List.of(), valideer(voorbeeld()));
    }

    @Test
    @DisplayName("the iJw example as is (ijw namespaces, BerichtCode 491) is not a WMO325")
    void ijwNamespaceWordtGeweigerd() {
        String ijw = voorbeeld().replace("/iwmo/3_2/wmo325/", "/ijw/3_2/jw325/");
        List<String> fouten = valideer(ijw);
        assertFalse(fouten.isEmpty());
        assertTrue(fouten.get(0).contains("cvc-elt.1"), fouten::toString);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @DisplayName("refused content is reported with the line and column of the offending element")
    @CsvSource(delimiter = '|', value = {
        "<wmo325:RetourCode>9307</wmo325:RetourCode>|<wmo325:RetourCode>93070</wmo325:RetourCode>|cvc-maxLength-valid",
        "<wmo325:RetourCode>0200</wmo325:RetourCode>|<wmo325:RetourCode>200</wmo325:RetourCode>|cvc-enumeration-valid",
        "<wmo325:BerichtCode>485</wmo325:BerichtCode>|<wmo325:BerichtCode>491</wmo325:BerichtCode>|cvc-pattern-valid",
        "<wmo325:BerichtCode>485</wmo325:BerichtCode>|<wmo325:BerichtCode>484</wmo325:BerichtCode>|cvc-pattern-valid",
        "<wmo325:BerichtVersie>3</wmo325:BerichtVersie>|<wmo325:BerichtVersie>2</wmo325:BerichtVersie>|cvc-pattern-valid",
        "<wmo325:BerichtSubversie>2</wmo325:BerichtSubversie>|<wmo325:BerichtSubversie>1</wmo325:BerichtSubversie>|cvc-pattern-valid",
        "<wmo325:ProductCategorie>02</wmo325:ProductCategorie>|<wmo325:ProductCategorie>45</wmo325:ProductCategorie>|cvc-enumeration-valid",
        "<wmo325:Afzender>0384</wmo325:Afzender>|<wmo325:Afzender>65656055</wmo325:Afzender>|cvc-pattern-valid",
        "<wmo325:Bsn>999900006</wmo325:Bsn>|<wmo325:Bsn>99990000</wmo325:Bsn>|cvc-pattern-valid",
        "<iwmo:DebetCredit>C</iwmo:DebetCredit>|<iwmo:DebetCredit>K</iwmo:DebetCredit>|cvc-enumeration-valid",
        "<wmo325:DeclaratieNummer>DN001</wmo325:DeclaratieNummer>|<wmo325:DeclaratieNummer>DN0000000000001</wmo325:DeclaratieNummer>|cvc-maxLength-valid",
        "<wmo325:XsltVersie>1.0.0</wmo325:XsltVersie>|<wmo325:XsltVersie>1.0</wmo325:XsltVersie>|cvc-pattern-valid",
    })
    void ongeldigeWaarde(String oud, String nieuw, String xercesCode) {
        String xml = vervangEenmaal(voorbeeld(), oud, nieuw);
        List<String> fouten = valideer(xml);
        assertFalse(fouten.isEmpty(), nieuw);
        String verwacht = "regel " + regel(xml, nieuw) + ", kolom ";
        assertTrue(fouten.stream().anyMatch(f -> f.startsWith(verwacht) && f.contains(xercesCode)),
                () -> "expected " + verwacht + "... " + xercesCode + " in " + fouten);
    }

    @Test
    @DisplayName("a missing DeclaratieIdentificatie is refused where XsltVersie follows instead")
    void declaratieIdentificatieOntbreekt() {
        String xml = voorbeeld();
        int van = xml.indexOf("\t\t<wmo325:DeclaratieIdentificatie>");
        String eind = "</wmo325:DeclaratieIdentificatie>\r\n";
        int tot = xml.indexOf(eind) + eind.length();
        String zonder = xml.substring(0, van) + xml.substring(tot);
        List<String> fouten = valideer(zonder);
        assertEquals(1, fouten.size(), fouten::toString);
        String fout = fouten.get(0);
        assertTrue(fout.startsWith("regel " + regel(zonder, "<wmo325:XsltVersie>") + ", kolom "), fout);
        assertTrue(fout.contains("cvc-complex-type.2.4.a") && fout.contains("DeclaratieIdentificatie"), fout);
    }

    static Stream<Arguments> verplichteOnderdelen() {
        String nl = "\r\n";
        return Stream.of(
                // Header/RetourCodes (1..1): the Header ends too early
                Arguments.of("Header/RetourCodes",
                        "\t\t<wmo325:RetourCodes>" + nl + "\t\t\t<wmo325:RetourCode>0200</wmo325:RetourCode>" + nl
                                + "\t\t</wmo325:RetourCodes>" + nl + "\t</wmo325:Header>",
                        "\t</wmo325:Header>", "</wmo325:Header>"),
                // Client/RetourCodes (1..1): the first Client ends too early
                Arguments.of("Client/RetourCodes",
                        "\t\t\t\t<wmo325:RetourCodes>" + nl + "\t\t\t\t\t<wmo325:RetourCode>0200</wmo325:RetourCode>" + nl
                                + "\t\t\t\t</wmo325:RetourCodes>" + nl + "\t\t\t</wmo325:Client>",
                        "\t\t\t</wmo325:Client>", "</wmo325:Client>"),
                // XsdVersieDeclaratie (1..1): the Header's RetourCodes come too early
                Arguments.of("XsdVersieDeclaratie",
                        "\t\t<wmo325:XsdVersieDeclaratie>" + nl
                                + "\t\t\t<iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>" + nl
                                + "\t\t\t<iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie>" + nl
                                + "\t\t</wmo325:XsdVersieDeclaratie>" + nl,
                        "", "<wmo325:RetourCodes>"));
    }

    @ParameterizedTest(name = "[{index}] without {0}")
    @DisplayName("required parts of the 325 structure cannot be left out")
    @MethodSource("verplichteOnderdelen")
    void verplichtOnderdeelOntbreekt(String naam, String weg, String ervoor, String plekVanDeFout) {
        String xml = vervangEenmaal(voorbeeld(), weg, ervoor);
        List<String> fouten = valideer(xml);
        assertFalse(fouten.isEmpty());
        assertTrue(fouten.get(0).startsWith("regel " + regel(xml, plekVanDeFout) + ", kolom "), fouten::toString);
        assertTrue(fouten.get(0).contains("cvc-complex-type.2."), fouten::toString);
    }

    @Test
    @DisplayName("a Client needs at least one Prestatie, and a DeclaratieAntwoord without Clienten is fine")
    void cardinaliteiten() {
        String xml = voorbeeld();
        int van = xml.indexOf("<wmo325:Clienten>");
        int tot = xml.indexOf("</wmo325:Clienten>") + "</wmo325:Clienten>".length();
        assertEquals(List.of(), valideer(xml.substring(0, van) + xml.substring(tot)));

        int p = xml.lastIndexOf("<wmo325:Prestatie>");
        int pEind = xml.lastIndexOf("</wmo325:Prestatie>") + "</wmo325:Prestatie>".length();
        List<String> fouten = valideer(xml.substring(0, p) + xml.substring(pEind));
        assertFalse(fouten.isEmpty());
        assertTrue(fouten.get(0).contains("cvc-complex-type.2.4.b"), fouten::toString);
    }

    @Test
    @DisplayName("the writer's constants equal the XSD: BerichtCode pattern and appinfo versions")
    void constantenKomenUitDeXsd() throws Exception {
        Document xsd = leesXsd("WMO325.xsd");
        assertEquals(Wmo325Schrijver.BERICHT_XSD_VERSIE, appinfo(xsd, "BerichtXsdVersie"));
        assertEquals(Wmo325Schrijver.BASISSCHEMA_XSD_VERSIE, appinfo(xsd, "BasisschemaXsdVersie"));
        assertEquals(Wmo325Schrijver.BASISSCHEMA_XSD_VERSIE, appinfo(leesXsd("basisschema.xsd"), "BasisschemaXsdVersie"));
        assertEquals(Wmo325Schrijver.NS_WMO325, xsd.getDocumentElement().getAttribute("targetNamespace"));
        assertEquals("qualified", xsd.getDocumentElement().getAttribute("elementFormDefault"));
        assertEquals(Wmo325Schrijver.BERICHT_CODE, patroon(xsd, "BerichtCode"));
        assertEquals(Wmo325Schrijver.BERICHT_VERSIE, patroon(xsd, "BerichtVersie"));
        assertEquals(Wmo325Schrijver.BERICHT_SUBVERSIE, patroon(xsd, "BerichtSubversie"));
    }

    private static Document leesXsd(String naam) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = IwmoSchemas.class.getClassLoader().getResourceAsStream(IwmoSchemas.XSD_MAP + naam)) {
            return dbf.newDocumentBuilder().parse(in);
        }
    }

    private static String appinfo(Document xsd, String naam) {
        return xsd.getElementsByTagNameNS(Wmo325Schrijver.NS_IWMO, naam).item(0).getTextContent();
    }

    /** The xs:pattern value of the local element {@code naam}. */
    private static String patroon(Document xsd, String naam) {
        NodeList elementen = xsd.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
        for (int i = 0; i < elementen.getLength(); i++) {
            Element e = (Element) elementen.item(i);
            if (naam.equals(e.getAttribute("name"))) {
                return ((Element) e.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "pattern").item(0))
                        .getAttribute("value");
            }
        }
        throw new AssertionError("no element " + naam);
    }
}
