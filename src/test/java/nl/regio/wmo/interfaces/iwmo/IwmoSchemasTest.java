package nl.regio.wmo.interfaces.iwmo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Copied from the main project's test (only the Wmo301Writer constants are inlined, as this scratch project has
 * no writer), so the WMO301 behaviour is shown unchanged; the WMO323 and streaming tests are new.
 */
class IwmoSchemasTest {

    private static final String NS_WMO301 = "http://www.istandaarden.nl/iwmo/3_2/wmo301/schema";
    private static final String NS_IWMO = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
    /** The XSD versions in the appinfo of WMO301.xsd, WMO323.xsd and basisschema.xsd. */
    private static final String XSD_VERSIE = "1.0.0";

    static byte[] voorbeeld() throws IOException {
        try (InputStream in = IwmoSchemasTest.class.getResourceAsStream("/berichten/wmo301/WMO301-voorbeeld.xml")) {
            return in.readAllBytes();
        }
    }

    @Test
    @DisplayName("the official WMO301 example validates without errors")
    void officieelVoorbeeldIsGeldig() throws IOException {
        assertEquals(List.of(), IwmoSchemas.valideer(IwmoSchemas.WMO301, voorbeeld()));
    }

    @Test
    void schemaWordtGecachet() {
        assertSame(IwmoSchemas.schema("WMO301"), IwmoSchemas.schema("WMO301"));
        assertTrue(IwmoSchemas.schemaNamen().contains("WMO301"));
        assertSame(IwmoSchemas.schema("WMO323"), IwmoSchemas.schema("WMO323"));
        assertTrue(IwmoSchemas.schemaNamen().containsAll(java.util.Set.of("WMO301", "WMO323", "WMO325")));
        assertFalse(IwmoSchemas.valideer(IwmoSchemas.WMO323, new byte[0]).isEmpty(), "empty: an error, no exception");
    }

    static byte[] voorbeeld323() throws IOException {
        try (InputStream in = IwmoSchemasTest.class.getResourceAsStream("/berichten/wmo323/geldig/voorbeeld.xml")) {
            return in.readAllBytes();
        }
    }

    @Test
    @DisplayName("the official WMO323 example validates, from bytes and from a stream")
    void officieelWmo323VoorbeeldIsGeldig() throws IOException {
        assertEquals(List.of(), IwmoSchemas.valideer(IwmoSchemas.WMO323, voorbeeld323()));
        assertEquals(List.of(), IwmoSchemas.valideer(IwmoSchemas.WMO323,
                new java.io.ByteArrayInputStream(voorbeeld323()), 10));
    }

    @Test
    @DisplayName("a WMO301 is not a WMO323 and vice versa")
    void schemasVerwisseld() throws IOException {
        assertFalse(IwmoSchemas.valideer(IwmoSchemas.WMO323, voorbeeld()).isEmpty());
        assertFalse(IwmoSchemas.valideer(IwmoSchemas.WMO301, voorbeeld323()).isEmpty());
    }

    @Test
    @DisplayName("the streaming variants give the same errors as the byte[] one; the bounded one stops at maxFouten")
    void streamingGelijkAanBytesEnBegrensd() throws IOException {
        String goed = new String(voorbeeld323(), StandardCharsets.UTF_8);
        // four BSNs of 8 digits: each gives two errors (pattern and type)
        byte[] fout = goed.replace("<wmo323:Bsn>9999000", "<wmo323:Bsn>999900")
                .replace("<wmo323:ProductCode>01A0", "<wmo323:ProductCode>01A0XX").getBytes(StandardCharsets.UTF_8);
        List<String> alle = IwmoSchemas.valideer(IwmoSchemas.WMO323, fout);
        assertEquals(alle, IwmoSchemas.valideer(IwmoSchemas.WMO323, new java.io.ByteArrayInputStream(fout), 1000));
        assertEquals(alle, IwmoSchemas.valideer(IwmoSchemas.WMO323, new java.io.ByteArrayInputStream(fout)));
        assertTrue(alle.size() > 5, alle::toString);
        List<String> drie = IwmoSchemas.valideer(IwmoSchemas.WMO323, new java.io.ByteArrayInputStream(fout), 3);
        assertEquals(alle.subList(0, 3), drie.subList(0, 3));
        assertEquals(List.of("validatie afgebroken na 3 fouten"), drie.subList(3, drie.size()));
        assertThrows(IllegalArgumentException.class,
                () -> IwmoSchemas.valideer(IwmoSchemas.WMO323, new java.io.ByteArrayInputStream(fout), 0));
    }

    @Test
    void onbekendSchemaIsEenFout() {
        assertThrows(IllegalArgumentException.class, () -> IwmoSchemas.valideer("WMO999", new byte[0]));
    }

    @Test
    @DisplayName("validation is safe to call from several threads at once")
    void gelijktijdigValideren() throws Exception {
        byte[] goed = voorbeeld();
        byte[] fout = new String(goed, StandardCharsets.UTF_8)
                .replace("<wmo301:Bsn>999900006</wmo301:Bsn>", "<wmo301:Bsn>99990000</wmo301:Bsn>")
                .getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> goede = new ArrayList<>();
            List<Future<List<String>>> foute = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                goede.add(pool.submit(() -> IwmoSchemas.valideer("WMO301", goed)));
                foute.add(pool.submit(() -> IwmoSchemas.valideer("WMO301", fout)));
            }
            for (Future<List<String>> f : goede) {
                assertEquals(List.of(), f.get());
            }
            for (Future<List<String>> f : foute) {
                assertFalse(f.get().isEmpty());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("malformed XML is reported with line and column instead of throwing")
    void kapotteXml() {
        byte[] xml = ("<?xml version=\"1.0\"?>\n<wmo301:Bericht xmlns:wmo301=\"" + NS_WMO301
                + "\">\n<wmo301:Header>\n</wmo301:Bericht>").getBytes(StandardCharsets.UTF_8);
        List<String> fouten = IwmoSchemas.valideer("WMO301", xml);
        assertFalse(fouten.isEmpty());
        String laatste = fouten.get(fouten.size() - 1);
        assertTrue(laatste.matches("regel 4, kolom \\d+: .*must be terminated.*"), fouten::toString);
    }

    @Test
    @DisplayName("without the classpath resolver the basisschema import is refused, not fetched")
    void zonderResolverGeenImport() throws Exception {
        byte[] xsd = IwmoSchemas.KlassepadResolver.lees(IwmoSchemas.XSD_MAP + "WMO301.xsd");
        // a real, readable location: only the access restriction can stop the import
        java.net.URL echt = IwmoSchemas.class.getClassLoader().getResource(IwmoSchemas.XSD_MAP + "WMO301.xsd");
        javax.xml.validation.SchemaFactory factory = IwmoSchemas.veiligeSchemaFactory(null);
        org.xml.sax.SAXException fout = assertThrows(org.xml.sax.SAXException.class, () -> factory.newSchema(
                new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(xsd), echt.toString())));
        assertTrue(fout.getMessage().contains("basisschema.xsd"), fout::getMessage);
    }

    @Test
    @DisplayName("XXE: a DOCTYPE with an external entity is refused and never expanded")
    void xxeWordtGeweigerd() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<wmo301:Bericht xmlns:wmo301=\"" + NS_WMO301 + "\">&e;</wmo301:Bericht>";
        List<String> fouten = zonderConsoleUitvoer(() -> IwmoSchemas.valideer("WMO301", xml.getBytes(StandardCharsets.UTF_8)));
        assertFalse(fouten.isEmpty());
        assertTrue(fouten.get(0).startsWith("regel 2, kolom "), fouten::toString);
        assertTrue(fouten.get(0).contains("DOCTYPE"), fouten::toString);
        assertFalse(String.join("\n", fouten).contains("root:"), "passwd content leaked");
    }

    @Test
    @DisplayName("XXE: neither an internal-subset entity nor an external DTD pointing at a local file leaks its content")
    void xxeMetEigenBestand(@TempDir Path map) throws IOException {
        String geheim = "GEHEIM-" + System.nanoTime();
        Path bestand = Files.writeString(map.resolve("geheim.txt"), geheim);
        Path dtd = Files.writeString(map.resolve("x.dtd"), "<!ENTITY e \"" + geheim + "\">");
        String ns = NS_WMO301;
        List<String> payloads = List.of(
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + bestand.toUri() + "\">]>"
                        + "<wmo301:Bericht xmlns:wmo301=\"" + ns + "\">&e;</wmo301:Bericht>",
                "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"" + dtd.toUri() + "\">"
                        + "<wmo301:Bericht xmlns:wmo301=\"" + ns + "\">&e;</wmo301:Bericht>",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % p SYSTEM \"" + dtd.toUri() + "\"> %p;]>"
                        + "<wmo301:Bericht xmlns:wmo301=\"" + ns + "\">&e;</wmo301:Bericht>");
        for (String payload : payloads) {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            List<String> fouten = zonderConsoleUitvoer(console,
                    () -> IwmoSchemas.valideer("WMO301", payload.getBytes(StandardCharsets.UTF_8)));
            assertFalse(fouten.isEmpty(), payload);
            assertTrue(fouten.get(0).contains("DOCTYPE"), fouten::toString);
            assertFalse(String.join("\n", fouten).contains(geheim), "file content leaked into errors");
            assertFalse(console.toString(StandardCharsets.UTF_8).contains(geheim), "file content leaked to console");
        }
    }

    @Test
    @DisplayName("the basisschema import resolves only inside the classpath XSD folder")
    void resolverBlijftOpHetKlassepad() {
        String basis = IwmoSchemas.BASIS_URI + "WMO301.xsd";
        assertEquals("xsd/iwmo/3.2/basisschema.xsd", IwmoSchemas.KlassepadResolver.klassepad("basisschema.xsd", basis));
        assertEquals("xsd/iwmo/3.2/basisschema.xsd", IwmoSchemas.KlassepadResolver.klassepad("basisschema.xsd", null));
        assertNull(IwmoSchemas.KlassepadResolver.klassepad("../../../etc/passwd", basis));
        assertNull(IwmoSchemas.KlassepadResolver.klassepad("file:///etc/passwd", basis));
        assertNull(IwmoSchemas.KlassepadResolver.klassepad("http://example.org/basisschema.xsd", basis));
        assertNull(IwmoSchemas.KlassepadResolver.klassepad("jar:file:/x.jar!/basisschema.xsd", basis));
        IwmoSchemas.KlassepadResolver resolver = new IwmoSchemas.KlassepadResolver();
        assertNull(resolver.resolveResource(XMLConstants.W3C_XML_SCHEMA_NS_URI, null, null, "bestaat-niet.xsd", basis));
        assertTrue(resolver.resolveResource(XMLConstants.W3C_XML_SCHEMA_NS_URI, NS_IWMO, null,
                "basisschema.xsd", basis).getByteStream() != null);
    }

    @Test
    @DisplayName("the header constants of the writer equal the XSD versions in the schemas' appinfo")
    void xsdVersiesKomenUitDeAppinfo() throws Exception {
        Document wmo301 = leesXsd("WMO301.xsd");
        Document basis = leesXsd("basisschema.xsd");
        assertEquals(XSD_VERSIE, appinfo(wmo301, "BerichtXsdVersie"));
        assertEquals(XSD_VERSIE, appinfo(wmo301, "BasisschemaXsdVersie"));
        assertEquals(XSD_VERSIE, appinfo(basis, "BasisschemaXsdVersie"));
        Document wmo323 = leesXsd("WMO323.xsd");
        assertEquals(XSD_VERSIE, appinfo(wmo323, "BerichtXsdVersie"));
        assertEquals(XSD_VERSIE, appinfo(wmo323, "BasisschemaXsdVersie"));
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
        return xsd.getElementsByTagNameNS(NS_IWMO, naam).item(0).getTextContent();
    }

    private static <T> T zonderConsoleUitvoer(java.util.function.Supplier<T> actie) {
        return zonderConsoleUitvoer(new ByteArrayOutputStream(), actie);
    }

    /** Runs the action with System.out/err captured into {@code console}. */
    private static <T> T zonderConsoleUitvoer(ByteArrayOutputStream console, java.util.function.Supplier<T> actie) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream vang = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(vang);
        System.setErr(vang);
        try {
            return actie.get();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The validator skips identity-constraint and ID/IDREF bookkeeping: that is only right while no schema has them. */
    @Test
    void geenSchemaKentIdentiteitsbeperkingenOfIds() throws IOException {
        for (String xsd : List.of("WMO301.xsd", "WMO323.xsd", "WMO325.xsd", "basisschema.xsd")) {
            try (InputStream in = IwmoSchemas.class.getResourceAsStream("/xsd/iwmo/3.2/" + xsd)) {
                String tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String verboden : List.of(":unique", ":key", ":keyref", "\"xs:ID\"", "\"xs:IDREF\"", "\"xs:IDREFS\"")) {
                    assertFalse(tekst.contains(verboden), xsd + " contains " + verboden
                        + ": switch identity-constraint/id-idref checking back on in IwmoSchemas.validator");
                }
            }
        }
    }
}
