package nl.regio.wmo.interfaces.iwmo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class Wmo301WriterTest {

    private static final LocalDateTime OP = LocalDateTime.of(2025, 1, 15, 9, 5, 7, 123_000_000);
    private static final Wmo301Adres BRP_ADRES =
            new Wmo301Adres("01", "Dorpsstraat", 12, "a", "bis", "3431AB", "Nieuwegein", "NL");

    private final Wmo301Writer writer = new Wmo301Writer();

    // ---------------------------------------------------------------- test data

    static Wmo301Client client(String voorvoegsel, String voorletters) {
        return new Wmo301Client("999900006", LocalDate.of(1948, 3, 2), "2", "Berg", voorvoegsel, voorletters,
                "1", BRP_ADRES);
    }

    static Wmo301Bericht bericht(Wmo301Client client, Wmo301Product... producten) {
        return new Wmo301Bericht("0356", "12345678", "T301-000042", LocalDate.of(2025, 1, 15), client,
                List.of(producten));
    }

    /** Dagbesteding per dagdeel: 3 dagdelen per week; CD076 requires an Einddatum with Frequentie 2. */
    static Wmo301Product dagdeel() {
        return new Wmo301Product(100001, "07", "07A08", OP, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31),
                null, 3L, "16", "2");
    }

    /** Individuele begeleiding in hours: 4 uur per week. */
    static Wmo301Product uur() {
        return new Wmo301Product(100002, "02", "02A01", OP, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 7, 31),
                null, 4L, "04", "2");
    }

    /** Begeleiding klasse 3 as trajectbedrag: EUR 780,00 per month in cents, open-ended. */
    static Wmo301Product trajectbedrag() {
        return new Wmo301Product(100003, "02", "02K03", OP, LocalDate.of(2025, 3, 1), null, null, 78000L, "83", "4");
    }

    /** Change of the dagdeel toewijzing: same number, Einddatum brought forward, RedenWijziging 05. */
    static Wmo301Product verkorting() {
        return new Wmo301Product(100001, "07", "07A08", OP.plusDays(30), LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 6, 30), "05", 3L, "16", "2");
    }

    /** Dagbesteding with a Budget of EUR 1.200,00 for the whole period instead of an Omvang (CD075, CD077, CD078). */
    static Wmo301Product budget() {
        return new Wmo301Product(100005, "07", "07A08", OP, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31),
                null, null, null, null, 120000L);
    }

    /** Aspecific toewijzing (category only) without omvang. */
    static Wmo301Product aspecifiek() {
        return new Wmo301Product(100004, "06", null, OP, LocalDate.of(2025, 1, 1), null, null, null, null, null);
    }

    static Stream<Arguments> geldigeBerichten() {
        return Stream.of(
                Arguments.of("dagdeel (07, eenheid 16, 3 per week, with einddatum)",
                        bericht(client("van den", "JM"), dagdeel())),
                Arguments.of("hour product (eenheid 04)", bericht(client("de", "P"), uur())),
                Arguments.of("klasse trajectbedrag (02, eenheid 83, per maand, 78000 cents, open-ended)",
                        bericht(client(null, "A"), trajectbedrag())),
                Arguments.of("change with RedenWijziging 05 (verkorting)", bericht(client("de", "P"), verkorting())),
                Arguments.of("CD077: a Budget of 120000 cents instead of an Omvang", bericht(client("de", "P"), budget(), dagdeel())),
                Arguments.of("OP087: all current toewijzingen of the client in one message",
                        bericht(client("van", "JM"), dagdeel(), uur(), trajectbedrag(), aspecifiek())),
                Arguments.of("no voorvoegsel and no voorletters", bericht(client(null, null), uur())),
                Arguments.of("aspecifiek, contact with Soort only",
                        bericht(new Wmo301Client("999990019", LocalDate.of(2001, 12, 31), "0", "Jansen & Zn <test>",
                                null, null, "1", new Wmo301Adres("02", null, null, null, null, null, null, null)),
                                aspecifiek())));
    }

    // ---------------------------------------------------------------- valid messages

    @ParameterizedTest(name = "{0}")
    @MethodSource("geldigeBerichten")
    @DisplayName("written messages are schema-valid and carry the record values")
    void geschrevenBerichtIsGeldigEnKlopt(String naam, Wmo301Bericht b) throws Exception {
        byte[] xml = writer.schrijf(b);

        assertEquals(List.of(), IwmoSchemas.valideer("WMO301", xml), () -> new String(xml, StandardCharsets.UTF_8));

        Document doc = parse(xml);
        XPath xp = xpath();
        assertEquals("414", xp.evaluate("/wmo301:Bericht/wmo301:Header/wmo301:BerichtCode", doc));
        assertEquals("3", xp.evaluate("//wmo301:Header/wmo301:BerichtVersie", doc));
        assertEquals("2", xp.evaluate("//wmo301:Header/wmo301:BerichtSubversie", doc));
        assertEquals(b.afzenderGemeente(), xp.evaluate("//wmo301:Header/wmo301:Afzender", doc));
        assertEquals(b.ontvangerAgb(), xp.evaluate("//wmo301:Header/wmo301:Ontvanger", doc));
        assertEquals(b.identificatie(), xp.evaluate("//wmo301:BerichtIdentificatie/iwmo:Identificatie", doc));
        assertEquals(b.dagtekening().toString(), xp.evaluate("//wmo301:BerichtIdentificatie/iwmo:Dagtekening", doc));
        assertEquals("1.0.0", xp.evaluate("//wmo301:XsdVersie/iwmo:BasisschemaXsdVersie", doc));
        assertEquals("1.0.0", xp.evaluate("//wmo301:XsdVersie/iwmo:BerichtXsdVersie", doc));

        Wmo301Client c = b.client();
        assertEquals(c.bsn(), xp.evaluate("/wmo301:Bericht/wmo301:Client/wmo301:Bsn", doc));
        assertEquals(c.geboortedatum().toString(), xp.evaluate("//wmo301:Client/wmo301:Geboortedatum/iwmo:Datum", doc));
        assertEquals(c.geslacht(), xp.evaluate("//wmo301:Client/wmo301:Geslacht", doc));
        assertEquals(c.achternaam(), xp.evaluate("//wmo301:Naam/iwmo:Geslachtsnaam/iwmo:Achternaam", doc));
        assertOptioneel(c.voorvoegsel(), xp, doc, "//wmo301:Naam/iwmo:Geslachtsnaam/iwmo:Voorvoegsel");
        assertOptioneel(c.voorletters(), xp, doc, "//wmo301:Naam/iwmo:Voorletters");
        assertEquals(c.naamGebruik(), xp.evaluate("//wmo301:Naam/iwmo:NaamGebruik", doc));
        assertEquals(c.adres().soort(), xp.evaluate("//wmo301:Contactgegevens/wmo301:Contact/wmo301:Soort", doc));
        assertOptioneel(c.adres().postcode(), xp, doc, "//wmo301:Contact/wmo301:Adres/iwmo:Postcode");

        NodeList producten = (NodeList) xp.evaluate("//wmo301:ToegewezenProducten/wmo301:ToegewezenProduct", doc,
                XPathConstants.NODESET);
        assertEquals(b.producten().size(), producten.getLength());
        for (int i = 0; i < producten.getLength(); i++) {
            Node n = producten.item(i);
            Wmo301Product p = b.producten().get(i);
            assertEquals(Long.toString(p.toewijzingNummer()), xp.evaluate("wmo301:ToewijzingNummer", n));
            assertEquals(p.categorie(), xp.evaluate("wmo301:Product/iwmo:Categorie", n));
            assertOptioneel(p.productcode(), xp, n, "wmo301:Product/iwmo:Code");
            assertEquals(p.toegewezenOp().toLocalDate().toString(), xp.evaluate("wmo301:Toewijzingsdatum", n));
            assertEquals(p.toegewezenOp().toLocalTime().withNano(0).toString(), xp.evaluate("wmo301:Toewijzingstijd", n));
            assertEquals(p.ingangsdatum().toString(), xp.evaluate("wmo301:Ingangsdatum", n));
            assertOptioneel(p.einddatum() == null ? null : p.einddatum().toString(), xp, n, "wmo301:Einddatum");
            assertOptioneel(p.redenWijziging(), xp, n, "wmo301:RedenWijziging");
            assertOptioneel(p.volume() == null ? null : p.volume().toString(), xp, n, "wmo301:Omvang/iwmo:Volume");
            assertOptioneel(p.eenheid(), xp, n, "wmo301:Omvang/iwmo:Eenheid");
            assertOptioneel(p.frequentie(), xp, n, "wmo301:Omvang/iwmo:Frequentie");
            assertEquals(p.heeftOmvang(), (Boolean) xp.evaluate("boolean(wmo301:Omvang)", n, XPathConstants.BOOLEAN));
            assertOptioneel(p.budget() == null ? null : p.budget().toString(), xp, n, "wmo301:Budget");
        }
    }

    @Test
    @DisplayName("layout: UTF-8 without BOM, XML declaration, prefixes as in the official example, CR/LF, HH:mm:ss")
    void opmaak() {
        byte[] xml = writer.schrijf(bericht(client("van den", "JM"), dagdeel(), trajectbedrag()));
        String tekst = new String(xml, StandardCharsets.UTF_8);

        assertFalse(xml[0] == (byte) 0xEF, "no BOM");
        assertTrue(tekst.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<wmo301:Bericht xmlns:iwmo=\""
                + Wmo301Writer.NS_IWMO + "\" xmlns:wmo301=\"" + Wmo301Writer.NS_WMO301 + "\">\r\n"), tekst);
        assertTrue(tekst.contains("\r\n\t<wmo301:Header>\r\n\t\t<wmo301:BerichtCode>414</wmo301:BerichtCode>\r\n"), tekst);
        assertTrue(tekst.contains("\t\t\t\t<wmo301:Toewijzingstijd>09:05:07</wmo301:Toewijzingstijd>\r\n"), tekst);
        assertTrue(tekst.contains("<iwmo:Volume>78000</iwmo:Volume>"), tekst);
        assertTrue(tekst.endsWith("</wmo301:Bericht>\r\n"), tekst);
        assertEquals(-1, tekst.replace("\r\n", "").indexOf('\n'), "only CR/LF line ends");
        assertFalse(tekst.contains("xmlns=\""), "no default namespace");
    }

    @Test
    @DisplayName("text is escaped and survives the round trip")
    void tekstWordtGeescaped() throws Exception {
        Wmo301Client c = new Wmo301Client("999900006", LocalDate.of(1950, 1, 1), "1", "Jansen & Zn <test> \"ö\"",
                null, null, "1", BRP_ADRES);
        byte[] xml = writer.schrijf(bericht(c, uur()));
        assertEquals(List.of(), IwmoSchemas.valideer("WMO301", xml));
        assertEquals(c.achternaam(), xpath().evaluate("//iwmo:Achternaam", parse(xml)));
    }

    @Test
    @DisplayName("the written element order equals the official example's for the element paths both contain")
    void volgordeZoalsVoorbeeld() throws Exception {
        List<String> voorbeeld = elementen(parse(IwmoSchemasTest.voorbeeld()));
        List<String> eigen = elementen(parse(writer.schrijf(bericht(client("de", "T"), dagdeel()))));
        List<String> gedeeld = voorbeeld.stream().filter(eigen::contains).distinct().toList();
        assertEquals(gedeeld, eigen.stream().filter(gedeeld::contains).distinct().toList());
    }

    // ---------------------------------------------------------------- invalid messages

    @Test
    @DisplayName("a product code of 6 characters is reported at its line")
    void productcodeTeLang() {
        Wmo301Product p = new Wmo301Product(100001, "07", "07A081", OP, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 12, 31), null, 3L, "16", "2");
        String xml = new String(writer.schrijf(bericht(client("de", "P"), p)), StandardCharsets.UTF_8);
        List<String> fouten = IwmoSchemas.valideer("WMO301", xml.getBytes(StandardCharsets.UTF_8));
        assertFalse(fouten.isEmpty());
        assertTrue(fouten.stream().anyMatch(f -> f.contains("Code")), fouten::toString);
        assertTrue(fouten.stream().anyMatch(f -> f.contains("07A081")), fouten::toString);
        assertAllesMetPositie(fouten, regelVan(xml, "<iwmo:Code>07A081</iwmo:Code>"));
    }

    @Test
    @DisplayName("a missing Ingangsdatum is reported (hand-edited message)")
    void ingangsdatumOntbreekt() {
        String goed = new String(writer.schrijf(bericht(client("de", "P"), uur())), StandardCharsets.UTF_8);
        String fout = goed.replaceFirst("\r\n\t*<wmo301:Ingangsdatum>[^<]*</wmo301:Ingangsdatum>", "");
        assertFalse(fout.equals(goed), "edit had no effect");
        List<String> fouten = IwmoSchemas.valideer("WMO301", fout.getBytes(StandardCharsets.UTF_8));
        assertFalse(fouten.isEmpty());
        assertTrue(fouten.stream().anyMatch(f -> f.contains("Ingangsdatum")), fouten::toString);
        // the validator notices the gap at the next element, Einddatum
        assertAllesMetPositie(fouten, regelVan(fout, "<wmo301:Einddatum>"));
    }

    @Test
    @DisplayName("a BSN of 8 digits is reported at its line")
    void bsnVanAchtCijfers() {
        Wmo301Client c = new Wmo301Client("99990000", LocalDate.of(1950, 1, 1), "1", "Berg", null, null, "1", BRP_ADRES);
        String xml = new String(writer.schrijf(bericht(c, uur())), StandardCharsets.UTF_8);
        List<String> fouten = IwmoSchemas.valideer("WMO301", xml.getBytes(StandardCharsets.UTF_8));
        assertFalse(fouten.isEmpty());
        assertTrue(fouten.stream().anyMatch(f -> f.contains("Bsn")), fouten::toString);
        assertAllesMetPositie(fouten, regelVan(xml, "<wmo301:Bsn>"));
    }

    @Test
    @DisplayName("all errors are reported, not only the first")
    void alleFoutenWordenGemeld() {
        Wmo301Client c = new Wmo301Client("1234", LocalDate.of(1950, 1, 1), "7", "Berg", null, null, "1", BRP_ADRES);
        Wmo301Product p = new Wmo301Product(100001, "99", "TOOLONG", OP, LocalDate.of(2025, 2, 1), null, null,
                3L, "16", "3");
        String xml = new String(writer.schrijf(bericht(c, p)), StandardCharsets.UTF_8);
        List<String> fouten = IwmoSchemas.valideer("WMO301", xml.getBytes(StandardCharsets.UTF_8));
        for (String element : List.of("Bsn", "Geslacht", "Categorie", "Code", "Frequentie")) {
            assertTrue(fouten.stream().anyMatch(f -> f.contains(element)), element + " not in " + fouten);
        }
    }

    // ---------------------------------------------------------------- records

    @Test
    void omvangIsAllesOfNiets() {
        assertThrows(IllegalArgumentException.class, () -> new Wmo301Product(1, "07", "07A08", OP,
                LocalDate.of(2025, 2, 1), null, null, 3L, null, "2"));
    }

    @Test
    @DisplayName("CD078: Omvang and Budget exclude each other")
    void omvangEnBudgetSluitenElkaarUit() {
        assertThrows(IllegalArgumentException.class, () -> new Wmo301Product(1, "07", "07A08", OP,
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31), null, 3L, "16", "2", 120000L));
    }

    @Test
    void berichtZonderProductenBestaatNiet() {
        assertThrows(IllegalArgumentException.class, () -> bericht(client(null, null)));
    }

    // ---------------------------------------------------------------- helpers

    private static void assertOptioneel(String verwacht, XPath xp, Object context, String pad) throws Exception {
        boolean aanwezig = (Boolean) xp.evaluate("boolean(" + pad + ")", context, XPathConstants.BOOLEAN);
        if (verwacht == null) {
            assertFalse(aanwezig, pad + " must be omitted");
        } else {
            assertEquals(verwacht, xp.evaluate(pad, context), pad);
        }
    }

    private static void assertAllesMetPositie(List<String> fouten, int regel) {
        for (String fout : fouten) {
            assertTrue(fout.matches("regel \\d+, kolom \\d+: .+"), fout);
        }
        assertTrue(fouten.stream().anyMatch(f -> f.startsWith("regel " + regel + ", kolom ")),
                "expected an error on line " + regel + ": " + fouten);
    }

    private static int regelVan(String xml, String fragment) {
        int index = xml.indexOf(fragment);
        assertTrue(index >= 0, fragment);
        return xml.substring(0, index).split("\n", -1).length;
    }

    /** Paths of all elements in document order, e.g. {@code /wmo301:Bericht/wmo301:Header}. */
    private static List<String> elementen(Document doc) {
        NodeList alle = doc.getElementsByTagName("*");
        String[] paden = new String[alle.getLength()];
        for (int i = 0; i < paden.length; i++) {
            StringBuilder pad = new StringBuilder();
            for (Node n = alle.item(i); n instanceof org.w3c.dom.Element; n = n.getParentNode()) {
                pad.insert(0, "/" + n.getNodeName());
            }
            paden[i] = pad.toString();
        }
        return Arrays.asList(paden);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static XPath xpath() {
        XPath xp = XPathFactory.newDefaultInstance().newXPath();
        xp.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "wmo301" -> Wmo301Writer.NS_WMO301;
                    case "iwmo" -> Wmo301Writer.NS_IWMO;
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xp;
    }
}
