package nl.regio.wmo.interfaces.iwmo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Wmo323LezerTest {

    private static final String MAP = "/berichten/wmo323/";
    private static final String POSITIE = "regel \\d+, kolom \\d+: .*";

    private final Wmo323Lezer lezer = new Wmo323Lezer(Wmo323Lezer.STANDAARD_MAX_BYTES);

    // ---------------------------------------------------------------------------------------------------
    // helpers
    // ---------------------------------------------------------------------------------------------------

    static Path bron(String naam) {
        try {
            return Path.of(Wmo323LezerTest.class.getResource(MAP + naam).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource missing: " + naam, e);
        }
    }

    private List<String> redenen(String naam) {
        Wmo323Afgekeurd afgekeurd = assertThrows(Wmo323Afgekeurd.class, () -> lezer.controleer(bron(naam)));
        assertFalse(afgekeurd.redenen().isEmpty());
        return afgekeurd.redenen();
    }

    /** Records the handler calls in order; only for the small corpus messages. */
    private static final class Opname implements Wmo323Handler {
        final List<Object> aanroepen = new ArrayList<>();
        final List<Wmo323Prestatie> prestaties = new ArrayList<>();
        Wmo323Kop kop;

        @Override
        public void kop(Wmo323Kop kop) {
            this.kop = kop;
            aanroepen.add(kop);
        }

        @Override
        public void prestatie(Wmo323Prestatie prestatie) {
            prestaties.add(prestatie);
            aanroepen.add(prestatie);
        }

        /** Σ debet − Σ credit over the prestaties (IV086). */
        long saldo() {
            return prestaties.stream().mapToLong(p -> "C".equals(p.debetCredit()) ? -p.ingediendBedrag()
                    : p.ingediendBedrag()).sum();
        }
    }

    private Opname controleerEnLees(String naam) throws Exception {
        Path bericht = bron(naam);
        lezer.controleer(bericht);
        Opname opname = new Opname();
        lezer.lees(bericht, opname);
        assertTrue(opname.aanroepen.get(0) instanceof Wmo323Kop, "kop comes first");
        assertEquals(1, opname.aanroepen.stream().filter(Wmo323Kop.class::isInstance).count(), "kop exactly once");
        for (int i = 0; i < opname.prestaties.size(); i++) {
            assertEquals(i + 1, opname.prestaties.get(i).volgnummer());
        }
        long totaal = "C".equals(opname.kop.totaalDebetCredit()) ? -opname.kop.totaalIngediendBedrag()
                : opname.kop.totaalIngediendBedrag();
        assertEquals(totaal, opname.saldo(), "TotaalIngediendBedrag = Σ debet − Σ credit");
        return opname;
    }

    private static String console(Runnable actie) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream vang = new PrintStream(uit, true, StandardCharsets.UTF_8);
        System.setOut(vang);
        System.setErr(vang);
        try {
            actie.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return uit.toString(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------
    // valid messages
    // ---------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"geldig/voorbeeld.xml", "geldig/meerdere-clienten.xml", "geldig/credit-en-euro.xml"})
    @DisplayName("the valid corpus passes controleer() and reads consistently")
    void geldigeBerichten(String naam) throws Exception {
        Opname opname = controleerEnLees(naam);
        assertFalse(opname.prestaties.isEmpty());
    }

    @Test
    @DisplayName("the official example: Kop and all four prestaties")
    void officieelVoorbeeld() throws Exception {
        Opname opname = controleerEnLees("geldig/voorbeeld.xml");
        assertEquals(new Wmo323Kop("65656055", "0384", "765432198", LocalDate.of(2023, 5, 6), "1.0.0", "1.0.0",
                "DN001", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 30), LocalDate.of(2023, 5, 6), 58000L, "D"),
                opname.kop);
        assertEquals(4, opname.prestaties.size());
        assertEquals(new Wmo323Prestatie(1, "999900006", "RN001", null, 20072L, "01", "01A03",
                LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 30), 4L, "04", 1250L, 5000L, "D"),
                opname.prestaties.get(0));
        assertEquals(List.of("999900006", "999900006", "999900018", "999900018"),
                opname.prestaties.stream().map(Wmo323Prestatie::bsn).toList());
        assertEquals(List.of("RN001", "RN002", "RN003", "RN004"),
                opname.prestaties.stream().map(Wmo323Prestatie::referentieNummer).toList());
        assertEquals(List.of(20072L, 200730L, 20074L, 20073L),
                opname.prestaties.stream().map(Wmo323Prestatie::toewijzingNummer).toList());
    }

    @Test
    @DisplayName("several clients and units: every field of the minutes line, BSN per client")
    void meerdereClienten() throws Exception {
        Opname opname = controleerEnLees("geldig/meerdere-clienten.xml");
        assertEquals(new Wmo323Kop("87654321", "0356", "BI-2024-0403", LocalDate.of(2024, 4, 3), "1.0.0", "1.0.0",
                "DN202403A", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 2), 205366L, "D"),
                opname.kop);
        assertEquals(List.of("999900031", "999900031", "999900043", "999900055", "999900055"),
                opname.prestaties.stream().map(Wmo323Prestatie::bsn).toList());
        assertEquals(List.of("04", "16", "14", "82", "01"),
                opname.prestaties.stream().map(Wmo323Prestatie::eenheid).toList());
        Wmo323Prestatie minuten = opname.prestaties.get(4);
        assertEquals(5, minuten.volgnummer());
        assertEquals("999900055", minuten.bsn());
        assertEquals("DEC2403-0005", minuten.referentieNummer());
        assertNull(minuten.vorigReferentieNummer());
        assertEquals(2003L, minuten.toewijzingNummer());
        assertEquals("03", minuten.productCategorie());
        assertEquals("03P", minuten.productCode());
        assertEquals(LocalDate.of(2024, 3, 1), minuten.begindatum());
        assertEquals(LocalDate.of(2024, 3, 31), minuten.einddatum());
        assertEquals(90L, minuten.geleverdVolume());
        assertEquals("01", minuten.eenheid());
        assertEquals(83L, minuten.productTarief());
        assertEquals(7470L, minuten.ingediendBedrag());
        assertEquals("D", minuten.debetCredit());
        assertEquals(new Wmo323Prestatie(1, "999900031", "DEC2403-0001", null, 123456789L, "02", "02A01",
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 12L, "04", 5580L, 66960L, "D"),
                opname.prestaties.get(0));
    }

    @Test
    @DisplayName("credit with VorigReferentieNummer, corrected debit, Eenheid 83 without ProductTarief; prefix-free")
    void creditEnEuro() throws Exception {
        Opname opname = controleerEnLees("geldig/credit-en-euro.xml");
        assertEquals(new Wmo323Kop("87654321", "0356", "BI-2024-0503", LocalDate.of(2024, 5, 3), "1.0.0", "1.0.0",
                "DN202404A", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 2), 129700L, "D"),
                opname.kop);
        assertEquals(4, opname.prestaties.size());

        Wmo323Prestatie credit = opname.prestaties.get(0);
        assertEquals(1, credit.volgnummer());
        assertEquals("999900031", credit.bsn());
        assertEquals("DEC2404-0001", credit.referentieNummer());
        assertEquals("DEC2403-0001", credit.vorigReferentieNummer());
        assertEquals(123456789L, credit.toewijzingNummer());
        assertEquals("02", credit.productCategorie());
        assertEquals("02A01", credit.productCode());
        assertEquals(LocalDate.of(2024, 3, 1), credit.begindatum());
        assertEquals(LocalDate.of(2024, 3, 31), credit.einddatum());
        assertEquals(12L, credit.geleverdVolume());
        assertEquals("04", credit.eenheid());
        assertEquals(5580L, credit.productTarief());
        assertEquals(66960L, credit.ingediendBedrag());
        assertEquals("C", credit.debetCredit());

        Wmo323Prestatie debet = opname.prestaties.get(1);
        assertNull(debet.vorigReferentieNummer());
        assertEquals(14L, debet.geleverdVolume(), "xs:integer whitespace collapses");
        assertEquals(78120L, debet.ingediendBedrag());
        assertEquals("D", debet.debetCredit());

        Wmo323Prestatie euro = opname.prestaties.get(3);
        assertEquals(new Wmo323Prestatie(4, "999900067", "DEC2404-0004", null, 3001L, "02", "02T2",
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), 46000L, "83", null, 46000L, "D"), euro);
        assertNull(euro.productTarief());
    }

    @Test
    @DisplayName("buffer() copies a message that fits, byte for byte")
    void bufferKopieert(@TempDir Path map) throws Exception {
        byte[] inhoud = Files.readAllBytes(bron("geldig/voorbeeld.xml"));
        Path kopie = new Wmo323Lezer(inhoud.length).buffer(new ByteArrayInputStream(inhoud), map);
        assertArrayEquals(inhoud, Files.readAllBytes(kopie));
        assertTrue(kopie.getFileName().toString().startsWith("wmo323-"));
        assertDoesNotThrow(() -> lezer.controleer(kopie));
    }

    // ---------------------------------------------------------------------------------------------------
    // hostile, transport and XSD refusals
    // ---------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("XXE: the DOCTYPE is refused; /etc/passwd never shows up in reasons, errors or console")
    void xxe() throws Exception {
        List<String> gevonden = new ArrayList<>();
        String console = console(() -> gevonden.addAll(redenen("ongeldig/xxe.xml")));
        assertEquals(1, gevonden.size(), gevonden::toString);
        assertTrue(gevonden.get(0).matches(POSITIE + "DOCTYPE.*"), gevonden::toString);
        IOException lezen = assertThrows(IOException.class, () -> lezer.lees(bron("ongeldig/xxe.xml"), new Opname()));
        List<String> uitvoer = new ArrayList<>(gevonden);
        uitvoer.add(console);
        uitvoer.add(String.valueOf(lezen.getMessage()));
        uitvoer.add(String.valueOf(lezen.getCause()));
        Path passwd = Path.of("/etc/passwd");
        List<String> geheimen = new ArrayList<>(List.of("root:x:", "root:*:", ":/bin/"));
        if (Files.isReadable(passwd)) {
            Files.readAllLines(passwd).stream().filter(r -> r.length() > 8).limit(3).forEach(geheimen::add);
        }
        for (String tekst : uitvoer) {
            for (String geheim : geheimen) {
                assertFalse(tekst.contains(geheim), "passwd content leaked: " + tekst);
            }
        }
    }

    @Test
    @DisplayName("XXE variants (external entity, external DTD, parameter entities, out-of-band) leak and fetch nothing")
    void xxeVarianten(@TempDir Path map) throws IOException {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String http = "http://127.0.0.1:" + server.getLocalPort();
            xxeVarianten(map, http);
            server.setSoTimeout(300);
            assertThrows(java.net.SocketTimeoutException.class, server::accept, "the parser fetched a URL");
        }
    }

    /**
     * The XXE variants, each a DOCTYPE before a root whose BerichtCode is {@code &e;}: an external entity on a local
     * file, an external DTD, a parameter entity, an out-of-band exfiltration via http, and the same over http.
     */
    static List<String> xxeDoctypes(Path bestand, Path dtd, String http) {
        return List.of(
                "<!DOCTYPE Bericht [<!ENTITY e SYSTEM \"" + bestand.toUri() + "\">]>",
                "<!DOCTYPE Bericht SYSTEM \"" + dtd.toUri() + "\">",
                "<!DOCTYPE Bericht [<!ENTITY % p SYSTEM \"" + dtd.toUri() + "\"> %p;]>",
                "<!DOCTYPE Bericht [<!ENTITY % p SYSTEM \"" + bestand.toUri() + "\"><!ENTITY % q \"<!ENTITY &#x25; r "
                        + "SYSTEM '" + http + "/?%p;'>\"> %q; %r;]>",
                "<!DOCTYPE Bericht SYSTEM \"" + http + "/x.dtd\">",
                "<!DOCTYPE Bericht [<!ENTITY % p SYSTEM \"" + http + "/p.dtd\"> %p;]>",
                "<!DOCTYPE Bericht [<!ENTITY e SYSTEM \"" + http + "/e\">]>");
    }

    private void xxeVarianten(Path map, String http) throws IOException {
        String geheim = "GEHEIM-" + System.nanoTime();
        Path bestand = Files.writeString(map.resolve("geheim.txt"), geheim);
        Path dtd = Files.writeString(map.resolve("x.dtd"), "<!ENTITY e \"" + geheim + "\">");
        String begin = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        String wortel = "\n<Bericht xmlns=\"" + Wmo323Lezer.NS_WMO323 + "\"><Header><BerichtCode>&e;</BerichtCode>"
                + "</Header></Bericht>";
        List<String> payloads = xxeDoctypes(bestand, dtd, http);
        int i = 0;
        for (String doctype : payloads) {
            Path bericht = Files.writeString(map.resolve("xxe" + i++ + ".xml"), begin + doctype + wortel);
            List<String> uitvoer = new ArrayList<>();
            uitvoer.add(console(() -> {
                Wmo323Afgekeurd afgekeurd = assertThrows(Wmo323Afgekeurd.class, () -> lezer.controleer(bericht));
                assertEquals(1, afgekeurd.redenen().size(), afgekeurd.redenen()::toString);
                assertTrue(afgekeurd.redenen().get(0).matches(POSITIE + "(DOCTYPE|XML is niet welgevormd).*"),
                        afgekeurd.redenen()::toString);
                uitvoer.addAll(afgekeurd.redenen());
                IOException lezen = assertThrows(IOException.class, () -> lezer.lees(bericht, new Opname()));
                uitvoer.add(lezen.getMessage());
            }));
            for (String tekst : uitvoer) {
                assertFalse(tekst.contains(geheim), "file content leaked: " + tekst);
            }
        }
    }

    @Test
    @DisplayName("billion laughs: the DOCTYPE is refused before any entity is expanded")
    void billionLaughs() {
        List<String> gevonden = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> redenen("ongeldig/billion-laughs.xml"));
        assertEquals(1, gevonden.size(), gevonden::toString);
        assertTrue(gevonden.get(0).matches(POSITIE + "DOCTYPE.*"), gevonden::toString);
        assertFalse(gevonden.get(0).contains("lollol"));
        assertThrows(IOException.class, () -> lezer.lees(bron("ongeldig/billion-laughs.xml"), new Opname()));
    }

    @Test
    @DisplayName("BOM: OP192 demands UTF-8 without BOM, so a UTF-8 BOM is refused (and nothing else is wrong)")
    void bom() {
        assertEquals(List.of("regel 1, kolom 1: bericht begint met een UTF-8 BOM (byte order mark EF BB BF); "
                + "iWmo (OP192) schrijft UTF-8 zonder BOM voor"), redenen("ongeldig/bom.xml"));
    }

    @Test
    @DisplayName("a UTF-16 BOM is refused as not UTF-8")
    void utf16(@TempDir Path map) throws IOException {
        String xml = new String(Files.readAllBytes(bron("geldig/voorbeeld.xml")), StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        Path bericht = Files.write(map.resolve("utf16.xml"), xml.getBytes(StandardCharsets.UTF_16)); // BE with BOM
        Wmo323Afgekeurd afgekeurd = assertThrows(Wmo323Afgekeurd.class, () -> lezer.controleer(bericht));
        assertEquals(1, afgekeurd.redenen().size(), afgekeurd.redenen()::toString);
        assertTrue(afgekeurd.redenen().get(0).startsWith("regel 1, kolom 1: bericht begint met een UTF-16/UTF-32 BOM"));
    }

    @Test
    @DisplayName("ISO-8859-1: both the declared encoding and the non-UTF-8 byte are reported")
    void latin1() {
        assertEquals(List.of(
                "regel 1, kolom 1: de XML-declaratie noemt encoding \"ISO-8859-1\"; een WMO323 moet UTF-8 zijn (OP192)",
                "regel 39, kolom 36: ongeldige UTF-8-bytereeks 0xE9; het bericht moet UTF-8 zijn (OP192)"),
                redenen("ongeldig/latin1.xml"));
    }

    @Test
    @DisplayName("XML 1.1 is refused; a lower-case utf-8 declaration is fine")
    void xmlVersie(@TempDir Path map) throws IOException {
        String xml = new String(Files.readAllBytes(bron("geldig/voorbeeld.xml")), StandardCharsets.UTF_8);
        Path elf = Files.writeString(map.resolve("elf.xml"), xml.replace("version=\"1.0\"", "version=\"1.1\""));
        Wmo323Afgekeurd afgekeurd = assertThrows(Wmo323Afgekeurd.class, () -> lezer.controleer(elf));
        assertEquals(List.of("regel 1, kolom 1: de XML-declaratie noemt version \"1.1\"; een WMO323 is XML 1.0"),
                afgekeurd.redenen());
        Path klein = Files.writeString(map.resolve("klein.xml"), xml.replace("encoding=\"UTF-8\"", "encoding=\"utf-8\""));
        assertDoesNotThrow(() -> lezer.controleer(klein));
    }

    @Test
    @DisplayName("an invalid UTF-8 sequence under a UTF-8 declaration is reported at its line and column")
    void ongeldigeUtf8() {
        assertEquals(List.of("regel 35, kolom 40: ongeldige UTF-8-bytereeks 0xC3; het bericht moet UTF-8 zijn (OP192)"),
                redenen("ongeldig/ongeldige-utf8.xml"));
    }

    @Test
    @DisplayName("overlong forms, encoded surrogates and a sequence cut off at the end are invalid UTF-8 too")
    void strengeUtf8(@TempDir Path map) throws IOException {
        byte[] begin = "<?xml version=\"1.0\"?>\n<a>".getBytes(StandardCharsets.US_ASCII);
        byte[][] fout = {
            {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // encoded surrogate U+D800
            {(byte) 0xE2, (byte) 0x82}, // € cut off at the end of the file
        };
        for (byte[] reeks : fout) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(begin);
            bytes.write(reeks);
            Path bericht = Files.write(map.resolve("f" + reeks.length + ".xml"), bytes.toByteArray());
            Wmo323Afgekeurd afgekeurd = assertThrows(Wmo323Afgekeurd.class, () -> lezer.controleer(bericht));
            assertTrue(afgekeurd.redenen().get(0).startsWith("regel 2, kolom 4: ongeldige UTF-8-bytereeks 0x"),
                    afgekeurd.redenen()::toString);
        }
    }

    @Test
    @DisplayName("a message cut off mid-element is not well-formed, with the position")
    void afgebroken() {
        List<String> gevonden = redenen("ongeldig/afgebroken.xml");
        assertEquals(1, gevonden.size(), gevonden::toString);
        assertTrue(gevonden.get(0).matches("regel 39, kolom \\d+: XML is niet welgevormd: .*"), gevonden::toString);
    }

    @Test
    @DisplayName("a Declaratie without any Client is refused by the XSD (Clienten needs 1..* Client)")
    void nulPrestaties() {
        List<String> gevonden = redenen("ongeldig/nul-prestaties.xml");
        assertEquals(1, gevonden.size(), gevonden::toString);
        assertTrue(gevonden.get(0).matches("regel 29, kolom \\d+: cvc-complex-type\\.2\\.4\\.b: .*'wmo323:Clienten'.*"
                + "Client.*"), gevonden::toString);
    }

    @Test
    @DisplayName("the root in another namespace (iWmo 3.1) is refused before XSD validation")
    void verkeerdeNamespace() {
        assertEquals(List.of("regel 2, kolom 150: het root-element is Bericht in namespace "
                + "http://www.istandaarden.nl/iwmo/3_1/wmo323/schema; een WMO323 heeft root-element Bericht in namespace "
                + Wmo323Lezer.NS_WMO323), redenen("ongeldig/verkeerde-namespace.xml"));
    }

    @Test
    @DisplayName("BerichtCode 485 (a WMO325) is refused as not a WMO323")
    void verkeerdeBerichtcode() {
        assertEquals(List.of("regel 4, kolom 25: BerichtCode is \"485\"; een WMO323 heeft BerichtCode 484 (WMO323.xsd)"),
                redenen("ongeldig/verkeerde-berichtcode.xml"));
    }

    @Test
    @DisplayName("XSD errors: a 10-digit BSN and a 6-character ProductCode, all reported with line and column")
    void xsdFout() {
        List<String> gevonden = redenen("ongeldig/xsd-fout.xml");
        assertTrue(gevonden.stream().allMatch(r -> r.matches(POSITIE)), gevonden::toString);
        assertTrue(gevonden.stream().anyMatch(r -> r.matches("regel 31, kolom \\d+: cvc-.*'9999000061'.*")),
                gevonden::toString);
        assertTrue(gevonden.stream().anyMatch(r -> r.matches("regel 39, kolom \\d+: cvc-maxLength-valid.*'01A03X'.*")),
                gevonden::toString);
        assertTrue(gevonden.stream().allMatch(r -> r.startsWith("regel 31,") || r.startsWith("regel 39,")),
                gevonden::toString);
    }

    @Test
    @DisplayName("nesting deeper than the limit is refused in the StAX pass")
    void teDiep(@TempDir Path map) throws IOException {
        StringBuilder xml = new StringBuilder("<Bericht xmlns=\"" + Wmo323Lezer.NS_WMO323 + "\">");
        xml.append("<a>".repeat(10_000)).append("</a>".repeat(10_000)).append("</Bericht>");
        Path bericht = Files.writeString(map.resolve("diep.xml"), xml);
        Wmo323Afgekeurd afgekeurd = assertThrows(Wmo323Afgekeurd.class, () -> lezer.controleer(bericht));
        assertTrue(afgekeurd.redenen().get(0).matches(POSITIE + "dieper genest dan 32 niveaus.*"),
                afgekeurd.redenen()::toString);
    }

    // ---------------------------------------------------------------------------------------------------
    // size limit (OP179)
    // ---------------------------------------------------------------------------------------------------

    /** An endless-looking source that counts how many bytes were taken from it. */
    private static final class Bron extends InputStream {
        private final long lengte;
        long gelezen;

        Bron(long lengte) {
            this.lengte = lengte;
        }

        @Override
        public int read() {
            if (gelezen >= lengte) {
                return -1;
            }
            gelezen++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (gelezen >= lengte) {
                return -1;
            }
            int n = (int) Math.min(len, lengte - gelezen);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            gelezen += n;
            return n;
        }
    }

    @Test
    @DisplayName("te groot: a 10 MB stream against a 1 KB limit stops after at most limit + one buffer")
    void teGroot(@TempDir Path map) throws IOException {
        Bron bron = new Bron(10L * 1024 * 1024);
        Wmo323Lezer klein = new Wmo323Lezer(1024);
        Wmo323Afgekeurd afgekeurd = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(Wmo323Afgekeurd.class, () -> klein.buffer(bron, map)));
        assertEquals(List.of("bericht is groter dan 1024 bytes (OP179: een bestand is ten hoogste 25 MB)"),
                afgekeurd.redenen());
        assertTrue(bron.gelezen <= 1024 + 8192, "read " + bron.gelezen + " bytes");
        assertEquals(1025, bron.gelezen, "exactly one byte past the limit");
        try (Stream<Path> rest = Files.list(map)) {
            assertEquals(0, rest.count(), "the partial file is deleted");
        }
    }

    @Test
    @DisplayName("exactly maxBytes is accepted by buffer(); controleer() refuses a file above the limit")
    void grensEnControleer(@TempDir Path map) throws Exception {
        Path precies = new Wmo323Lezer(1024).buffer(new Bron(1024), map);
        assertEquals(1024, Files.size(precies));
        Path voorbeeld = bron("geldig/voorbeeld.xml");
        Wmo323Lezer klein = new Wmo323Lezer(Files.size(voorbeeld) - 1);
        Wmo323Afgekeurd afgekeurd = assertThrows(Wmo323Afgekeurd.class, () -> klein.controleer(voorbeeld));
        assertTrue(afgekeurd.redenen().get(0).startsWith("bericht is groter dan " + (Files.size(voorbeeld) - 1)),
                afgekeurd.redenen()::toString);
        assertThrows(IllegalArgumentException.class, () -> new Wmo323Lezer(0));
        assertThrows(IllegalArgumentException.class, () -> new Wmo323Afgekeurd(List.of()));
    }

    // ---------------------------------------------------------------------------------------------------
    // streaming
    // ---------------------------------------------------------------------------------------------------

    private static final int AANTAL = 200_000;
    private static final int PER_CLIENT = 200;

    /** Writes a valid WMO323 with {@link #AANTAL} prestaties (1 000 clients × 200) without indentation. */
    private static Path groot(Path map) throws IOException {
        Path bericht = map.resolve("groot.xml");
        long totaal = 0;
        for (int i = 0; i < AANTAL; i++) {
            totaal += bedrag(i);
        }
        try (BufferedWriter uit = Files.newBufferedWriter(bericht, StandardCharsets.UTF_8)) {
            uit.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<Bericht xmlns=\"" + Wmo323Lezer.NS_WMO323
                    + "\" xmlns:i=\"" + Wmo323Lezer.NS_IWMO + "\"><Header><BerichtCode>484</BerichtCode>"
                    + "<BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie><Afzender>87654321</Afzender>"
                    + "<Ontvanger>0356</Ontvanger><BerichtIdentificatie><i:Identificatie>GROOT1</i:Identificatie>"
                    + "<i:Dagtekening>2024-04-03</i:Dagtekening></BerichtIdentificatie><XsdVersie>"
                    + "<i:BasisschemaXsdVersie>1.0.0</i:BasisschemaXsdVersie><i:BerichtXsdVersie>1.0.0</i:BerichtXsdVersie>"
                    + "</XsdVersie></Header><Declaratie><DeclaratieNummer>GROOT1</DeclaratieNummer><DeclaratiePeriode>"
                    + "<i:Begindatum>2024-03-01</i:Begindatum><i:Einddatum>2024-03-31</i:Einddatum></DeclaratiePeriode>"
                    + "<DeclaratieDagtekening>2024-04-02</DeclaratieDagtekening><TotaalIngediendBedrag><i:TotaalBedrag>"
                    + totaal + "</i:TotaalBedrag><i:DebetCredit>D</i:DebetCredit></TotaalIngediendBedrag><Clienten>\r\n");
            for (int i = 0; i < AANTAL; i++) {
                if (i % PER_CLIENT == 0) {
                    uit.write("<Client><Bsn>" + (100_000_000 + i / PER_CLIENT) + "</Bsn><Prestaties>\r\n");
                }
                uit.write("<Prestatie><ProductReferentie><i:ReferentieNummer>R" + i + "</i:ReferentieNummer>"
                        + "</ProductReferentie><ToewijzingNummer>" + (1000 + i % 7) + "</ToewijzingNummer>"
                        + "<ProductCategorie>02</ProductCategorie><ProductCode>02A01</ProductCode><ProductPeriode>"
                        + "<i:Begindatum>2024-03-01</i:Begindatum><i:Einddatum>2024-03-31</i:Einddatum></ProductPeriode>"
                        + "<GeleverdVolume>" + (1 + i % 20) + "</GeleverdVolume><Eenheid>04</Eenheid>"
                        + "<ProductTarief>5580</ProductTarief><IngediendBedrag><i:Bedrag>" + bedrag(i)
                        + "</i:Bedrag><i:DebetCredit>D</i:DebetCredit></IngediendBedrag></Prestatie>\r\n");
                if (i % PER_CLIENT == PER_CLIENT - 1) {
                    uit.write("</Prestaties></Client>\r\n");
                }
            }
            uit.write("</Clienten></Declaratie></Bericht>\r\n");
        }
        return bericht;
    }

    private static long bedrag(int i) {
        return (1 + i % 20) * 5580L;
    }

    private static long gebruikteHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    @DisplayName("200,000 prestaties: controleer() and lees() stream, heap stays flat")
    void tweehonderdDuizendPrestaties(@TempDir Path map) throws Exception {
        Path bericht = groot(map);
        Wmo323Lezer onbegrensd = new Wmo323Lezer(Long.MAX_VALUE); // the file is far above OP179's 25 MB
        onbegrensd.controleer(bericht);

        long voor = gebruikteHeap();
        long[] teller = {0, 0, 0, 0}; // kops, prestaties, Σ bedrag, heap at the last prestatie
        onbegrensd.lees(bericht, new Wmo323Handler() {
            @Override
            public void kop(Wmo323Kop kop) {
                teller[0]++;
                teller[2] -= kop.totaalIngediendBedrag();
            }

            @Override
            public void prestatie(Wmo323Prestatie prestatie) {
                teller[1]++;
                teller[2] += prestatie.ingediendBedrag();
                if (prestatie.volgnummer() != teller[1]) {
                    throw new AssertionError("volgnummer " + prestatie.volgnummer() + " at " + teller[1]);
                }
                if (prestatie.volgnummer() == AANTAL) {
                    teller[3] = gebruikteHeap(); // the reader is still mid-document here
                }
            }
        });
        assertEquals(1, teller[0]);
        assertEquals(AANTAL, teller[1]);
        assertEquals(0, teller[2], "Σ prestaties = TotaalIngediendBedrag");
        long extra = teller[3] - voor;
        assertTrue(extra < 64L * 1024 * 1024, "heap grew by " + extra / 1024 + " KB while reading");
    }

    @Test
    @DisplayName("lees() propagates a handler's exception unchanged and refuses a non-WMO323 root")
    void leesFouten(@TempDir Path map) throws IOException {
        IllegalStateException stop = assertThrows(IllegalStateException.class,
                () -> lezer.lees(bron("geldig/voorbeeld.xml"), new Wmo323Handler() {
                    @Override
                    public void kop(Wmo323Kop kop) {
                        throw new IllegalStateException("stop");
                    }

                    @Override
                    public void prestatie(Wmo323Prestatie prestatie) {
                    }
                }));
        assertEquals("stop", stop.getMessage());
        assertThrows(IOException.class, () -> lezer.lees(bron("ongeldig/verkeerde-namespace.xml"), new Opname()));
        assertThrows(IOException.class, () -> lezer.lees(bron("ongeldig/afgebroken.xml"), new Opname()));
        Path leeg = Files.writeString(map.resolve("leeg.xml"), "");
        assertThrows(Wmo323Afgekeurd.class, () -> lezer.controleer(leeg));
    }
}
