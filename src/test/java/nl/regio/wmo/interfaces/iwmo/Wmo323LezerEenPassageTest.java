package nl.regio.wmo.interfaces.iwmo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Wmo323Lezer#controleerEnLees} against {@link Wmo323Lezer#controleer} followed by {@link Wmo323Lezer#lees}:
 * on every WMO323 in the test corpus and on the messages {@link Wmo323LezerTest} builds, plus messages that reach
 * the parts of the one-pass method the corpus does not (structural problems after a good Header, more than
 * {@value Wmo323Lezer#MAX_REDENEN} XSD errors, a message the XSD accepts but {@code lees} cannot read).
 *
 * <p>The rule checked for each message, by {@link #vergelijk}:
 * <ul>
 * <li>{@code controleer} refuses → {@code controleerEnLees} refuses with exactly the same reasons;</li>
 * <li>{@code controleer} accepts, {@code lees} fails → {@code controleerEnLees} refuses with one reason: the
 * position and problem of {@code lees}'s message, without its wrapper text;</li>
 * <li>both accept → {@code controleerEnLees} accepts and makes exactly the handler calls {@code lees} makes;</li>
 * <li>always: the calls {@code controleerEnLees} made before a refusal are the first calls {@code lees} makes.</li>
 * </ul>
 */
class Wmo323LezerEenPassageTest {

    private static final String MAP = "/berichten/wmo323/";
    private static final String NS = "xmlns:iwmo=\"" + Wmo323Lezer.NS_IWMO + "\" xmlns:wmo323=\"" + Wmo323Lezer.NS_WMO323
            + "\"";

    private final Wmo323Lezer lezer = new Wmo323Lezer();

    // ---------------------------------------------------------------------------------------------------
    // the comparison
    // ---------------------------------------------------------------------------------------------------

    /** Records every handler call, in order. */
    private static final class Opname implements Wmo323Handler {
        final List<Object> aanroepen = new ArrayList<>();

        @Override
        public void kop(Wmo323Kop kop) {
            aanroepen.add(kop);
        }

        @Override
        public void prestatie(Wmo323Prestatie prestatie) {
            aanroepen.add(prestatie);
        }
    }

    /** Which way {@code controleer} + {@code lees} went, so a test can check that it reached the case it is about. */
    enum Soort { AFGEKEURD, LEESFOUT, GELDIG }

    /** What {@link #vergelijk} saw: the kind, and the calls and reasons of {@code controleerEnLees}. */
    record Uitkomst(Soort soort, List<Object> aanroepen, List<String> redenen) {
    }

    static Uitkomst vergelijk(Wmo323Lezer lezer, Path bericht) throws IOException {
        List<String> redenen = null;
        try {
            lezer.controleer(bericht);
        } catch (Wmo323Afgekeurd e) {
            redenen = e.redenen();
        }
        Opname gelezen = new Opname();
        String leesfout = null;
        try {
            lezer.lees(bericht, gelezen);
        } catch (IOException e) {
            leesfout = e.getMessage();
        }

        Opname eenPassage = new Opname();
        List<String> nieuw = null;
        try {
            lezer.controleerEnLees(bericht, eenPassage);
        } catch (Wmo323Afgekeurd e) {
            nieuw = e.redenen();
        }

        String naam = bericht.getFileName().toString();
        assertTrue(eenPassage.aanroepen.size() <= gelezen.aanroepen.size()
                && eenPassage.aanroepen.equals(gelezen.aanroepen.subList(0, eenPassage.aanroepen.size())),
                () -> naam + ": the one-pass calls are not the first calls of lees");
        Soort soort;
        if (redenen != null) {
            soort = Soort.AFGEKEURD;
            assertEquals(redenen, nieuw, naam + ": the reasons of controleer");
        } else if (leesfout != null) {
            soort = Soort.LEESFOUT;
            String begin = "WMO323 kan niet gelezen worden: ";
            String einde = " (is het bericht wel gecontroleerd?)";
            assertTrue(leesfout.startsWith(begin) && leesfout.endsWith(einde), leesfout);
            assertEquals(List.of(leesfout.substring(begin.length(), leesfout.length() - einde.length())), nieuw,
                    naam + ": lees's failure as the reason");
        } else {
            soort = Soort.GELDIG;
            assertNull(nieuw, naam + ": accepted by controleer, so by controleerEnLees");
            assertEquals(gelezen.aanroepen, eenPassage.aanroepen, naam + ": the calls lees makes");
        }
        return new Uitkomst(soort, eenPassage.aanroepen, nieuw);
    }

    private Uitkomst vergelijk(Path map, String naam, String xml) throws IOException {
        return vergelijk(lezer, Files.writeString(map.resolve(naam), xml));
    }

    // ---------------------------------------------------------------------------------------------------
    // the corpus
    // ---------------------------------------------------------------------------------------------------

    static Path bron(String naam) {
        try {
            return Path.of(Wmo323LezerEenPassageTest.class.getResource(MAP + naam).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource missing: " + naam, e);
        }
    }

    static String tekst(String naam) {
        try {
            return Files.readString(bron(naam), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> bestanden = Files.walk(bron(""))) {
            List<Path> xml = bestanden.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            assertTrue(xml.size() >= 40, "the corpus is there: " + xml.size());
            return xml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    @DisplayName("every WMO323 of the corpus (valid, invalid, hostile, rule templates): as controleer + lees")
    void corpusBericht(Path bericht) throws IOException {
        vergelijk(lezer, bericht);
    }

    /** The values DeclaratiesIT puts into the rule templates, so they become messages the XSD accepts. */
    private static final Map<String, String> WAARDEN = Map.of("${AFZENDER}", "98000022", "${BSN}", "999900006",
            "${ANDER_BSN}", "999900018", "${TOEWIJZING}", "1001", "${VERWIJDERD}", "1002", "${RUN}", "R1ABCD");

    static Stream<String> regels() throws IOException {
        return corpus().map(Path::toString).filter(p -> p.contains("/regels/"))
                .map(p -> p.substring(p.indexOf("/regels/") + 1));
    }

    @ParameterizedTest
    @MethodSource("regels")
    @DisplayName("the rule templates filled in as DeclaratiesIT does: accepted, with the calls lees makes")
    void ingevuldeRegel(String naam, @TempDir Path map) throws IOException {
        String xml = tekst(naam);
        for (Map.Entry<String, String> waarde : WAARDEN.entrySet()) {
            xml = xml.replace(waarde.getKey(), waarde.getValue());
        }
        Uitkomst uitkomst = vergelijk(map, "ingevuld.xml", xml);
        assertEquals(Soort.GELDIG, uitkomst.soort(), uitkomst::toString);
        assertFalse(uitkomst.aanroepen().isEmpty());
    }

    @Test
    @DisplayName("the corpus reaches every kind: refused, and accepted with kop and prestaties")
    void corpusDektBeide() throws IOException {
        assertEquals(Soort.GELDIG, vergelijk(lezer, bron("geldig/voorbeeld.xml")).soort());
        assertEquals(5, vergelijk(lezer, bron("geldig/voorbeeld.xml")).aanroepen().size(), "kop and 4 prestaties");
        for (String naam : List.of("ongeldig/xxe.xml", "ongeldig/billion-laughs.xml", "ongeldig/bom.xml",
                "ongeldig/latin1.xml", "ongeldig/afgebroken.xml", "ongeldig/xsd-fout.xml",
                "ongeldig/nul-prestaties.xml", "ongeldig/verkeerde-namespace.xml")) {
            assertEquals(Soort.AFGEKEURD, vergelijk(lezer, bron(naam)).soort(), naam);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // the inline messages of Wmo323LezerTest
    // ---------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("XXE variants: refused alike, and nothing fetched")
    void xxeVarianten(@TempDir Path map) throws IOException {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String http = "http://127.0.0.1:" + server.getLocalPort();
            Path bestand = Files.writeString(map.resolve("geheim.txt"), "GEHEIM");
            Path dtd = Files.writeString(map.resolve("x.dtd"), "<!ENTITY e \"GEHEIM\">");
            String begin = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
            String wortel = "\n<Bericht xmlns=\"" + Wmo323Lezer.NS_WMO323 + "\"><Header><BerichtCode>&e;</BerichtCode>"
                    + "</Header></Bericht>";
            List<String> payloads = Wmo323LezerTest.xxeDoctypes(bestand, dtd, http);
            int i = 0;
            for (String doctype : payloads) {
                Uitkomst uitkomst = vergelijk(map, "xxe" + i++ + ".xml", begin + doctype + wortel);
                assertEquals(Soort.AFGEKEURD, uitkomst.soort());
                assertFalse(uitkomst.redenen().toString().contains("GEHEIM"));
            }
            server.setSoTimeout(300);
            assertThrows(java.net.SocketTimeoutException.class, server::accept, "the parser fetched a URL");
        }
    }

    @Test
    @DisplayName("UTF-16 with BOM, XML 1.1, a lower-case utf-8 declaration")
    void declaratie(@TempDir Path map) throws IOException {
        String xml = tekst("geldig/voorbeeld.xml");
        Path utf16 = Files.write(map.resolve("utf16.xml"),
                xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16));
        assertEquals(Soort.AFGEKEURD, vergelijk(lezer, utf16).soort());
        assertEquals(Soort.AFGEKEURD, vergelijk(map, "elf.xml", xml.replace("version=\"1.0\"", "version=\"1.1\"")).soort());
        assertEquals(Soort.GELDIG, vergelijk(map, "klein.xml", xml.replace("encoding=\"UTF-8\"", "encoding=\"utf-8\""))
                .soort());
    }

    @Test
    @DisplayName("overlong UTF-8, an encoded surrogate, a sequence cut off at the end")
    void strengeUtf8(@TempDir Path map) throws IOException {
        byte[] begin = "<?xml version=\"1.0\"?>\n<a>".getBytes(StandardCharsets.US_ASCII);
        byte[][] fout = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        for (byte[] reeks : fout) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(begin);
            bytes.write(reeks);
            Path bericht = Files.write(map.resolve("f" + reeks.length + ".xml"), bytes.toByteArray());
            assertEquals(Soort.AFGEKEURD, vergelijk(lezer, bericht).soort());
        }
    }

    @Test
    @DisplayName("10,000 levels right under the root (no Header): the structure pass refuses it")
    void teDiepZonderHeader(@TempDir Path map) throws IOException {
        String xml = "<Bericht xmlns=\"" + Wmo323Lezer.NS_WMO323 + "\">" + "<a>".repeat(10_000) + "</a>".repeat(10_000)
                + "</Bericht>";
        Uitkomst uitkomst = vergelijk(map, "diep.xml", xml);
        assertTrue(uitkomst.redenen().get(0).matches("regel 1, kolom \\d+: elementen zijn dieper genest dan 32 .*"),
                uitkomst::toString);
    }

    @Test
    @DisplayName("an empty file, and a file above the size limit")
    void leegEnTeGroot(@TempDir Path map) throws IOException {
        assertEquals(Soort.AFGEKEURD, vergelijk(map, "leeg.xml", "").soort());
        Path voorbeeld = bron("geldig/voorbeeld.xml");
        Uitkomst uitkomst = vergelijk(new Wmo323Lezer(Files.size(voorbeeld) - 1), voorbeeld);
        assertTrue(uitkomst.redenen().get(0).startsWith("bericht is groter dan"), uitkomst::toString);
    }

    @Test
    @DisplayName("a handler's runtime exception propagates unchanged")
    void handlerFout() {
        IllegalStateException stop = assertThrows(IllegalStateException.class,
                () -> lezer.controleerEnLees(bron("geldig/voorbeeld.xml"), new Wmo323Handler() {
                    @Override
                    public void kop(Wmo323Kop kop) {
                    }

                    @Override
                    public void prestatie(Wmo323Prestatie prestatie) {
                        throw new IllegalStateException("stop " + prestatie.volgnummer());
                    }
                }));
        assertEquals("stop 1", stop.getMessage());
        assertThrows(NullPointerException.class, () -> lezer.controleerEnLees(bron("geldig/voorbeeld.xml"), null));
    }

    @Test
    @DisplayName("2,000 prestaties over 10 clients, CRLF, no indentation: the same calls as lees")
    void veelPrestaties(@TempDir Path map) throws IOException {
        Uitkomst uitkomst = vergelijk(map, "veel.xml", bericht(2_000, i -> prestatie(i, "02A01")).replace("\n", "\r\n"));
        assertEquals(Soort.GELDIG, uitkomst.soort());
        assertEquals(2_001, uitkomst.aanroepen().size());
    }

    // ---------------------------------------------------------------------------------------------------
    // what only the one pass does
    // ---------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("text in pieces (character reference, CDATA, comment) and whitespace reach the fields as in lees")
    void tekstInStukken(@TempDir Path map) throws IOException {
        String xml = tekst("geldig/voorbeeld.xml")
                .replace("<iwmo:Identificatie>765432198<", "<iwmo:Identificatie>76&#x35;4<![CDATA[32]]><!-- x -->198<")
                .replace("<wmo323:GeleverdVolume>4<", "<wmo323:GeleverdVolume>\n\t 4 \r\n<")
                .replace("<iwmo:ReferentieNummer>RN002<", "<iwmo:ReferentieNummer>RN&amp;2<");
        Uitkomst uitkomst = vergelijk(map, "stukken.xml", xml);
        assertEquals(Soort.GELDIG, uitkomst.soort(), uitkomst::toString);
        assertEquals("765432198", ((Wmo323Kop) uitkomst.aanroepen().get(0)).berichtIdentificatie());
        assertEquals("RN&2", ((Wmo323Prestatie) uitkomst.aanroepen().get(2)).referentieNummer());
    }

    @Test
    @DisplayName("a Header without BerichtCode first, or not the first child: the structure pass runs to the end")
    void headerAfwijkend(@TempDir Path map) throws IOException {
        String xml = tekst("geldig/voorbeeld.xml");
        String zonderCode = xml.replace("<wmo323:BerichtCode>484</wmo323:BerichtCode>", "");
        assertEquals(Soort.AFGEKEURD, vergelijk(map, "zonder-code.xml", zonderCode).soort());
        String code = "<wmo323:BerichtCode>484</wmo323:BerichtCode>";
        String codeLater = xml.replace(code, "").replace("<wmo323:Afzender>", code + "<wmo323:Afzender>");
        assertEquals(Soort.AFGEKEURD, vergelijk(map, "code-later.xml", codeLater).soort());
        int header = xml.indexOf("<wmo323:Header>");
        int declaratie = xml.indexOf("<wmo323:Declaratie>");
        int einde = xml.indexOf("</wmo323:Declaratie>") + "</wmo323:Declaratie>".length();
        String omgedraaid = xml.substring(0, header) + xml.substring(declaratie, einde) + xml.substring(header, declaratie)
                + xml.substring(einde);
        assertEquals(Soort.AFGEKEURD, vergelijk(map, "omgedraaid.xml", omgedraaid).soort());
        String tweeFouten = xml.replace(">484<", ">485<").replace("<wmo323:Bsn>999900006<", "<wmo323:Bsn>&x;<");
        assertEquals(2, vergelijk(map, "twee.xml", tweeFouten).redenen().size(), "BerichtCode and the entity");
    }

    @Test
    @DisplayName("after a good Header, structural problems in the body outweigh XSD errors before them")
    void structuurInDeBody(@TempDir Path map) throws IOException {
        // a 9-character Afzender: an XSD error in the Header, before each structural problem below
        String xml = tekst("geldig/voorbeeld.xml").replace(">65656055<", ">656560551<");
        assertNotEquals(List.of(), vergelijk(map, "alleen-xsd.xml", xml).redenen());
        Map<String, String> problemen = Map.of(
                "entiteit", xml.replace(">RN002<", ">RN&x;2<"),
                "entiteit-in-attribuut", xml.replace("<wmo323:Clienten>", "<wmo323:Clienten a=\"&x;\">"),
                "prefix", xml.replace("<wmo323:Eenheid>04<", "<x:Eenheid>04<"),
                "dubbel-attribuut", xml.replace("<wmo323:Clienten>", "<wmo323:Clienten a=\"1\" a=\"2\">"),
                "eindtag", xml.replace("</wmo323:ProductCode>", "</wmo323:ProductCod>"),
                "afgebroken", xml.substring(0, xml.indexOf("RN003")),
                "na-de-root", xml + "<wmo323:Bericht/>",
                "teken", xml.replace(">RN004<", ">RN\u00014<"),
                "naam", xml.replace("<wmo323:Prestaties>", "<wmo323:Prestaties><" + "x".repeat(1001) + "/>"));
        for (Map.Entry<String, String> probleem : problemen.entrySet()) {
            Uitkomst uitkomst = vergelijk(map, probleem.getKey() + ".xml", probleem.getValue());
            assertEquals(1, uitkomst.redenen().size(), uitkomst::toString);
            assertFalse(uitkomst.redenen().get(0).contains("cvc-"), uitkomst::toString);
        }
    }

    @Test
    @DisplayName("nesting too deep after a good Header is stopped between parser and validator, at the same place")
    void teDiepInDeBody(@TempDir Path map) throws IOException {
        String xml = tekst("geldig/voorbeeld.xml").replace(">65656055<", ">656560551<");
        int lagen = 40;
        String diep = xml.replace("<wmo323:Prestaties>", "<wmo323:Prestaties>\n" + "<a>".repeat(lagen) + "\n"
                + "</a>".repeat(lagen));
        Uitkomst uitkomst = vergelijk(map, "diep.xml", diep);
        assertEquals(List.of("regel 33, kolom 85: elementen zijn dieper genest dan 32 niveaus; een WMO323 is hooguit 8 "
                + "diep"), uitkomst.redenen());
        assertEquals(List.of(), uitkomst.aanroepen(), "an XSD error in the Header: the handler is not called");
        Uitkomst zonderXsdFout = vergelijk(map, "diep2.xml", diep.replace(">656560551<", ">65656055<"));
        assertEquals(uitkomst.redenen(), zonderXsdFout.redenen());
        assertEquals(1, zonderXsdFout.aanroepen().size(), "the kop, then the Prestaties are not valid any more");
    }

    @Test
    @DisplayName("after the first XSD error the handler is not called; earlier calls are the first calls of lees")
    void xsdFoutHalverwege(@TempDir Path map) throws IOException {
        String xml = tekst("geldig/voorbeeld.xml").replace(">01A03<", ">01A03X<"); // too long, in the 3rd prestatie
        xml = xml.replaceFirst(">01A03X<", ">01A03<");
        Uitkomst uitkomst = vergelijk(map, "halverwege.xml", xml);
        assertEquals(Soort.AFGEKEURD, uitkomst.soort());
        assertTrue(uitkomst.redenen().stream().allMatch(r -> r.startsWith("regel 82, ")), uitkomst::toString);
        assertEquals(3, uitkomst.aanroepen().size(), "kop and the two prestaties before the error");
    }

    @Test
    @DisplayName("more than " + Wmo323Lezer.MAX_REDENEN + " XSD errors: the same cap; a broken end still wins")
    void teVeelXsdFouten(@TempDir Path map) throws IOException {
        String xml = bericht(150, i -> prestatie(i, "02A01XX"));
        Uitkomst uitkomst = vergelijk(map, "veel-fouten.xml", xml);
        assertEquals(Wmo323Lezer.MAX_REDENEN + 1, uitkomst.redenen().size());
        assertEquals("validatie afgebroken na " + Wmo323Lezer.MAX_REDENEN + " fouten", uitkomst.redenen().get(100));
        Uitkomst afgebroken = vergelijk(map, "veel-fouten-afgebroken.xml", xml.substring(0, xml.length() - 30));
        assertEquals(1, afgebroken.redenen().size(), afgebroken::toString);
        assertTrue(afgebroken.redenen().get(0).contains("XML is niet welgevormd"), afgebroken::toString);
        Uitkomst diep = vergelijk(map, "veel-fouten-diep.xml", xml.replace("</wmo323:Clienten>",
                "<a>".repeat(40) + "</a>".repeat(40) + "</wmo323:Clienten>"));
        assertTrue(diep.redenen().get(0).contains("dieper genest"), diep::toString);
    }

    @Test
    @DisplayName("a date the XSD accepts but lees cannot read: lees's problem becomes the reason")
    void leesfout(@TempDir Path map) throws IOException {
        String xml = tekst("geldig/voorbeeld.xml").replaceFirst(">2023-04-30<", ">1000000000-04-30<");
        Uitkomst uitkomst = vergelijk(map, "jaar.xml", xml);
        assertEquals(Soort.LEESFOUT, uitkomst.soort(), uitkomst::toString);
        assertEquals(List.of("regel 22, kolom 53: geen datum (JJJJ-MM-DD): \"1000000000-04-30\""), uitkomst.redenen());
    }

    @Test
    @DisplayName("billion laughs and a 10,000-deep body stay fast")
    void vijandigSnel(@TempDir Path map) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            vergelijk(lezer, bron("ongeldig/billion-laughs.xml"));
            String xml = tekst("geldig/voorbeeld.xml");
            vergelijk(map, "heel-diep.xml", xml.replace("<wmo323:Clienten>", "<wmo323:Clienten>" + "<a>".repeat(10_000)));
        });
    }

    // ---------------------------------------------------------------------------------------------------
    // message builder
    // ---------------------------------------------------------------------------------------------------

    /** A WMO323 with {@code aantal} prestaties, 200 per client, each line from {@code prestatie}. */
    private static String bericht(int aantal, IntFunction<String> prestatie) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wmo323:Bericht " + NS + ">"
                + "<wmo323:Header><wmo323:BerichtCode>484</wmo323:BerichtCode><wmo323:BerichtVersie>3</wmo323:BerichtVersie>"
                + "<wmo323:BerichtSubversie>2</wmo323:BerichtSubversie><wmo323:Afzender>87654321</wmo323:Afzender>"
                + "<wmo323:Ontvanger>0356</wmo323:Ontvanger><wmo323:BerichtIdentificatie><iwmo:Identificatie>VEEL1"
                + "</iwmo:Identificatie><iwmo:Dagtekening>2024-04-03</iwmo:Dagtekening></wmo323:BerichtIdentificatie>"
                + "<wmo323:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie><iwmo:BerichtXsdVersie>"
                + "1.0.0</iwmo:BerichtXsdVersie></wmo323:XsdVersie></wmo323:Header>\n<wmo323:Declaratie>"
                + "<wmo323:DeclaratieNummer>VEEL1</wmo323:DeclaratieNummer><wmo323:DeclaratiePeriode><iwmo:Begindatum>"
                + "2024-03-01</iwmo:Begindatum><iwmo:Einddatum>2024-03-31</iwmo:Einddatum></wmo323:DeclaratiePeriode>"
                + "<wmo323:DeclaratieDagtekening>2024-04-02</wmo323:DeclaratieDagtekening><wmo323:TotaalIngediendBedrag>"
                + "<iwmo:TotaalBedrag>" + aantal * 5580L + "</iwmo:TotaalBedrag><iwmo:DebetCredit>D</iwmo:DebetCredit>"
                + "</wmo323:TotaalIngediendBedrag><wmo323:Clienten>\n");
        for (int i = 0; i < aantal; i++) {
            if (i % 200 == 0) {
                xml.append("<wmo323:Client><wmo323:Bsn>").append(100_000_000 + i / 200).append("</wmo323:Bsn>")
                        .append("<wmo323:Prestaties>\n");
            }
            xml.append(prestatie.apply(i)).append('\n');
            if (i % 200 == 199 || i == aantal - 1) {
                xml.append("</wmo323:Prestaties></wmo323:Client>\n");
            }
        }
        return xml.append("</wmo323:Clienten></wmo323:Declaratie></wmo323:Bericht>\n").toString();
    }

    private static String prestatie(int i, String productCode) {
        return "<wmo323:Prestatie><wmo323:ProductReferentie><iwmo:ReferentieNummer>R" + i + "</iwmo:ReferentieNummer>"
                + "</wmo323:ProductReferentie><wmo323:ToewijzingNummer>" + (1000 + i % 7) + "</wmo323:ToewijzingNummer>"
                + "<wmo323:ProductCategorie>02</wmo323:ProductCategorie><wmo323:ProductCode>" + productCode
                + "</wmo323:ProductCode><wmo323:ProductPeriode><iwmo:Begindatum>2024-03-01</iwmo:Begindatum>"
                + "<iwmo:Einddatum>2024-03-31</iwmo:Einddatum></wmo323:ProductPeriode><wmo323:GeleverdVolume>1"
                + "</wmo323:GeleverdVolume><wmo323:Eenheid>04</wmo323:Eenheid><wmo323:ProductTarief>5580"
                + "</wmo323:ProductTarief><wmo323:IngediendBedrag><iwmo:Bedrag>5580</iwmo:Bedrag><iwmo:DebetCredit>D"
                + "</iwmo:DebetCredit></wmo323:IngediendBedrag></wmo323:Prestatie>";
    }
}
