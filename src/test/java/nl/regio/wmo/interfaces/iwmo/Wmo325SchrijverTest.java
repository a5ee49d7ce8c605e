package nl.regio.wmo.interfaces.iwmo;

import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.BEGIN;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.EIND;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.aantal;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.dom;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.kop;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.tekst;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.teksten;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.uren;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

class Wmo325SchrijverTest {

    private static final String H = "/wmo325:Bericht/wmo325:Header/";
    private static final String DA = "/wmo325:Bericht/wmo325:DeclaratieAntwoord/";

    /** Writes a message with {@code inhoud} between constructor and close, validates it and returns it. */
    private static byte[] schrijf(Consumer<Wmo325Schrijver> inhoud) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (Wmo325Schrijver s = new Wmo325Schrijver(uit)) {
            inhoud.accept(s);
        }
        return uit.toByteArray();
    }

    private static Document geldig(byte[] xml) {
        assertEquals(List.of(), IwmoSchemas.valideer(IwmoSchemas.WMO325, xml),
                () -> new String(xml, StandardCharsets.UTF_8));
        return dom(xml);
    }

    private static Node prestatie(Document d, String referentie) {
        try {
            return (Node) javax.xml.xpath.XPathFactory.newDefaultInstance().newXPath().evaluate(
                    "//*[local-name()='Prestatie'][*[local-name()='ProductReferentie']/*[local-name()='ReferentieNummer']='"
                            + referentie + "']",
                    d, javax.xml.xpath.XPathConstants.NODE);
        } catch (javax.xml.xpath.XPathExpressionException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---------------------------------------------------------------- the five messages of the brief

    @Test
    @DisplayName("fully accepted: Header 0200, DeclaratieAntwoord without Clienten, 8001, toegekend = ingediend")
    void volledigGoedgekeurd() {
        Document d = geldig(schrijf(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN2025010001", 1_234_56, "D", 1_234_56, "D");
            s.eindDeclaratie(List.of("8001"));
        }));
        assertEquals("485", tekst(d, H + "wmo325:BerichtCode"));
        assertEquals("3", tekst(d, H + "wmo325:BerichtVersie"));
        assertEquals("2", tekst(d, H + "wmo325:BerichtSubversie"));
        assertEquals("0356", tekst(d, H + "wmo325:Afzender"));
        assertEquals("12345678", tekst(d, H + "wmo325:Ontvanger"));
        assertEquals("A325-000001", tekst(d, H + "wmo325:BerichtIdentificatie/iwmo:Identificatie"));
        assertEquals("2025-02-10", tekst(d, H + "wmo325:BerichtIdentificatie/iwmo:Dagtekening"));
        assertEquals("1.0.0", tekst(d, H + "wmo325:XsdVersie/iwmo:BerichtXsdVersie"));
        assertEquals("D323-000042", tekst(d, H + "wmo325:DeclaratieIdentificatie/iwmo:Identificatie"));
        assertEquals("2025-02-03", tekst(d, H + "wmo325:DeclaratieIdentificatie/iwmo:Dagtekening"));
        assertEquals(0, aantal(d, H + "wmo325:XsltVersie"));
        assertEquals("1.0.0", tekst(d, H + "wmo325:XsdVersieDeclaratie/iwmo:BasisschemaXsdVersie"));
        assertEquals(List.of("0200"), teksten(d, H + "wmo325:RetourCodes/wmo325:RetourCode"));

        assertEquals("DN2025010001", tekst(d, DA + "wmo325:DeclaratieNummer"));
        assertEquals("123456", tekst(d, DA + "wmo325:TotaalIngediendBedrag/iwmo:TotaalBedrag"));
        assertEquals("D", tekst(d, DA + "wmo325:TotaalIngediendBedrag/iwmo:DebetCredit"));
        assertEquals("123456", tekst(d, DA + "wmo325:TotaalToegekendBedrag/iwmo:TotaalBedrag"));
        assertEquals("D", tekst(d, DA + "wmo325:TotaalToegekendBedrag/iwmo:DebetCredit"));
        assertEquals(0, aantal(d, DA + "wmo325:Clienten"));
        assertEquals(List.of("8001"), teksten(d, DA + "wmo325:RetourCodes/wmo325:RetourCode"));
    }

    @Test
    @DisplayName("level-2 rejection: only the Header with 0001 (and the XsltVersie), no DeclaratieAntwoord")
    void niveau2Afkeur() {
        Wmo325Kop kop = new Wmo325Kop("0356", "12345678", "A325-000002", LocalDate.of(2025, 2, 10), "D323-000043",
                LocalDate.of(2025, 2, 4), "1.0.0", "1.0.0", List.of("0001"), "1.0.0");
        Document d = geldig(schrijf(s -> {
            s.kop(kop);
            s.zonderDeclaratie();
        }));
        assertEquals(List.of("0001"), teksten(d, H + "wmo325:RetourCodes/wmo325:RetourCode"));
        assertEquals("1.0.0", tekst(d, H + "wmo325:XsltVersie"));
        assertEquals("D323-000043", tekst(d, H + "wmo325:DeclaratieIdentificatie/iwmo:Identificatie"));
        assertEquals(0, aantal(d, "/wmo325:Bericht/wmo325:DeclaratieAntwoord"));
        assertEquals(1, aantal(d, "/wmo325:Bericht/*"));
    }

    @Test
    @DisplayName("partial rejection: a client rejected as a whole (8187, prestaties 0233) and one with two rejected lines")
    void gedeeltelijkeAfkeur() {
        // accepted lines elsewhere in the 323: 50 000 cent; the rejected ones below add up to 17 400 cent
        long geaccepteerd = 50_000;
        Wmo325Prestatie p1 = uren("RN-0001", 100001, 1, "0233"); // 6 500
        Wmo325Prestatie p2 = uren("RN-0002", 100001, 1, "0233"); // 6 500
        Wmo325Prestatie p3 = new Wmo325Prestatie("RN-0003", null, 100002, "07", "07A08", BEGIN, EIND, 3, "16", 3100L,
                9_400, "D", List.of("9346")); // 3 × 3100 = 9300, not 9400
        Wmo325Prestatie p4 = new Wmo325Prestatie("RN-0004", null, 100003, "02", "02A01", BEGIN, EIND, 2, "04", 7000L,
                14_000, "D", List.of("0611")); // contract tariff is not 7000
        long ingediend = geaccepteerd + 6_500 + 6_500 + 9_400 + 14_000;
        Document d = geldig(schrijf(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN2025010002", ingediend, "D", geaccepteerd, "D");
            s.client("999900006", List.of("8187"));
            s.prestatie(p1);
            s.prestatie(p2);
            s.client("999900018", List.of("0200"));
            s.prestatie(p3);
            s.prestatie(p4);
            s.eindDeclaratie(List.of("0200"));
            assertEquals(2, s.aantalClienten());
            assertEquals(4, s.aantalPrestaties());
        }));
        assertEquals(List.of("0200"), teksten(d, H + "wmo325:RetourCodes/wmo325:RetourCode"));
        assertEquals(Long.toString(ingediend), tekst(d, DA + "wmo325:TotaalIngediendBedrag/iwmo:TotaalBedrag"));
        assertEquals("50000", tekst(d, DA + "wmo325:TotaalToegekendBedrag/iwmo:TotaalBedrag"));
        assertEquals("D", tekst(d, DA + "wmo325:TotaalToegekendBedrag/iwmo:DebetCredit"));
        assertEquals(List.of("0200"), teksten(d, DA + "wmo325:RetourCodes/wmo325:RetourCode"));

        String c = DA + "wmo325:Clienten/wmo325:Client";
        assertEquals(List.of("999900006", "999900018"), teksten(d, c + "/wmo325:Bsn"));
        assertEquals(List.of("8187"), teksten(d, c + "[1]/wmo325:RetourCodes/wmo325:RetourCode"));
        assertEquals(List.of("0233", "0233"),
                teksten(d, c + "[1]/wmo325:Prestaties/wmo325:Prestatie/wmo325:RetourCodes/wmo325:RetourCode"));
        assertEquals(List.of("0200"), teksten(d, c + "[2]/wmo325:RetourCodes/wmo325:RetourCode"));
        assertEquals(List.of("RN-0003", "RN-0004"),
                teksten(d, c + "[2]/wmo325:Prestaties/wmo325:Prestatie/wmo325:ProductReferentie/iwmo:ReferentieNummer"));

        Node r3 = prestatie(d, "RN-0003");
        assertEquals("100002", tekst(r3, "wmo325:ToewijzingNummer"));
        assertEquals("07", tekst(r3, "wmo325:ProductCategorie"));
        assertEquals("07A08", tekst(r3, "wmo325:ProductCode"));
        assertEquals("2025-01-01", tekst(r3, "wmo325:ProductPeriode/iwmo:Begindatum"));
        assertEquals("2025-01-31", tekst(r3, "wmo325:ProductPeriode/iwmo:Einddatum"));
        assertEquals("3", tekst(r3, "wmo325:GeleverdVolume"));
        assertEquals("16", tekst(r3, "wmo325:Eenheid"));
        assertEquals("3100", tekst(r3, "wmo325:ProductTarief"));
        assertEquals("9400", tekst(r3, "wmo325:IngediendBedrag/iwmo:Bedrag"));
        assertEquals("D", tekst(r3, "wmo325:IngediendBedrag/iwmo:DebetCredit"));
        assertEquals(List.of("9346"), teksten(r3, "wmo325:RetourCodes/wmo325:RetourCode"));
        assertEquals(0, aantal(r3, "wmo325:ProductReferentie/iwmo:VorigReferentieNummer"));
        Node r4 = prestatie(d, "RN-0004");
        assertEquals("100003", tekst(r4, "wmo325:ToewijzingNummer"));
        assertEquals(List.of("0611"), teksten(r4, "wmo325:RetourCodes/wmo325:RetourCode"));
    }

    @Test
    @DisplayName("a rejected credit prestatie keeps its VorigReferentieNummer and DebetCredit C")
    void creditPrestatie() {
        // the 323: credit RN-C1 (−5 000) of RN-D1, corrected debit RN-D2 (+5 200) and other lines (+10 000)
        Wmo325Prestatie credit = new Wmo325Prestatie("RN-C1", "RN-D1", 100001, "02", "02A01", BEGIN, EIND, 2, "04",
                2500L, 5_000, "C", List.of("8017"));
        long ingediend = 10_000 + 5_200 - 5_000; // 10 200 D
        long toegekend = 10_000 + 5_200; // the credit is rejected, so 15 200 D is granted
        Document d = geldig(schrijf(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN2025010003", ingediend, "D", toegekend, "D");
            s.client("999900006", List.of("0200"));
            s.prestatie(credit);
            s.eindDeclaratie(List.of("0200"));
        }));
        Node p = prestatie(d, "RN-C1");
        assertEquals("RN-D1", tekst(p, "wmo325:ProductReferentie/iwmo:VorigReferentieNummer"));
        assertEquals("C", tekst(p, "wmo325:IngediendBedrag/iwmo:DebetCredit"));
        assertEquals("5000", tekst(p, "wmo325:IngediendBedrag/iwmo:Bedrag"));
        assertEquals(List.of("8017"), teksten(p, "wmo325:RetourCodes/wmo325:RetourCode"));
        assertEquals("15200", tekst(d, DA + "wmo325:TotaalToegekendBedrag/iwmo:TotaalBedrag"));
    }

    @Test
    @DisplayName("the writer reproduces the (transformed) iJw example line for line, credit totals included (TR342)")
    void reproduceertHetIjwVoorbeeld() {
        // as in the iJw example: ingediend 58 000 C, toegekend 34 000 C, rejected 5 000 + 14 000 + 5 000 C
        LocalDate dag = LocalDate.of(2023, 5, 7);
        LocalDate begin = LocalDate.of(2023, 4, 1);
        LocalDate eind = LocalDate.of(2023, 4, 30);
        byte[] xml = schrijf(s -> {
            s.kop(new Wmo325Kop("0384", "65656055", "654321987", dag, "765432198", dag, "1.0.0", "1.0.0",
                    List.of("0200"), "1.0.0"));
            s.beginDeclaratie("DN001", 58_000, "C", 34_000, "C");
            s.client("999900006", List.of("0200"));
            s.prestatie(new Wmo325Prestatie("RN001", "RT001", 10072, "02", "02A03", begin, eind, 4, "04", 1250L,
                    5_000, "C", List.of("0611")));
            s.prestatie(new Wmo325Prestatie("RN002", "RT002", 10073, "02", "02A04", begin, eind, 16, "04", 1500L,
                    14_000, "C", List.of("9339", "9340", "9341")));
            s.client("999900018", List.of("0200"));
            s.prestatie(new Wmo325Prestatie("RN003", "RT003", 10074, "02", "02A03", begin, eind, 4, "04", 1250L,
                    5_000, "C", List.of("9307")));
            s.eindDeclaratie(List.of("0200"));
        });
        geldig(xml);
        String voorbeeld = new String(Wmo325Berichten.resource("berichten/wmo325/WMO325-uit-JW325-voorbeeld.xml"),
                StandardCharsets.UTF_8)
                .replaceFirst("(?s)<!--.*?-->\r\n", "") // our note on the transformation
                .replace("schema\" >", "schema\">"); // a stray space in the example's root tag
        assertEquals(voorbeeld, new String(xml, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("an Eenheid 83 (euro) prestatie is written without ProductTarief")
    void eenheid83ZonderTarief() {
        Wmo325Prestatie euro = new Wmo325Prestatie("RN-E1", null, 100004, "02", "02K03", BEGIN, EIND, 78_000, "83",
                null, 78_000, "D", List.of("9369"));
        Document d = geldig(schrijf(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN2025010004", 78_000, "D", 0, "D");
            s.client("999900018", List.of("0200"));
            s.prestatie(euro);
            s.eindDeclaratie(List.of("0200"));
        }));
        Node p = prestatie(d, "RN-E1");
        assertEquals(0, aantal(p, "wmo325:ProductTarief"));
        assertEquals("83", tekst(p, "wmo325:Eenheid"));
        assertEquals("78000", tekst(p, "wmo325:GeleverdVolume"));
        assertEquals("78000", tekst(p, "wmo325:IngediendBedrag/iwmo:Bedrag"));
        assertEquals(List.of("9369"), teksten(p, "wmo325:RetourCodes/wmo325:RetourCode"));
        assertEquals("0", tekst(d, DA + "wmo325:TotaalToegekendBedrag/iwmo:TotaalBedrag"));
    }

    @Test
    @DisplayName("rejected as a whole on the Declaratie class: toegekend 0, no Clienten (TR342)")
    void declaratieKlasseAfgekeurd() {
        Document d = geldig(schrijf(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN2025010005", 99_000, "D", 0, "D");
            s.eindDeclaratie(List.of("9333"));
        }));
        assertEquals(List.of("9333"), teksten(d, DA + "wmo325:RetourCodes/wmo325:RetourCode"));
        assertEquals(0, aantal(d, DA + "wmo325:Clienten"));
    }

    // ---------------------------------------------------------------- output format

    @Test
    @DisplayName("UTF-8 without BOM, XML declaration, CR/LF only, wmo325/iwmo prefixes on the root")
    void opmaak() {
        byte[] xml = schrijf(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN1", 0, "D", 0, "D");
            s.eindDeclaratie(List.of("8001"));
        });
        byte[] begin = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<wmo325:Bericht".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(begin, Arrays.copyOf(xml, begin.length));
        String tekst = new String(xml, StandardCharsets.UTF_8);
        assertFalse(tekst.replace("\r\n", "").contains("\n"), "bare LF");
        assertFalse(tekst.replace("\r\n", "").contains("\r"), "bare CR");
        assertTrue(tekst.contains("xmlns:iwmo=\"" + Wmo325Schrijver.NS_IWMO + "\""));
        assertTrue(tekst.contains("xmlns:wmo325=\"" + Wmo325Schrijver.NS_WMO325 + "\""));
        assertTrue(tekst.contains("\r\n\t<wmo325:Header>\r\n\t\t<wmo325:BerichtCode>485</wmo325:BerichtCode>"));
        assertTrue(tekst.endsWith("</wmo325:DeclaratieAntwoord>\r\n</wmo325:Bericht>\r\n"), tekst);
    }

    @Test
    @DisplayName("XML special characters in values are escaped")
    void escapen() {
        Document d = dom(schrijf(s -> {
            s.kop(new Wmo325Kop("0356", "12345678", "A&B<1>", LocalDate.of(2025, 2, 10), "D\"1'", LocalDate.of(2025, 2, 3),
                    "1.0.0", "1.0.0", List.of("0200")));
            s.beginDeclaratie("DN1", 0, "D", 0, "D");
            s.eindDeclaratie(List.of("8001"));
        }));
        assertEquals("A&B<1>", tekst(d, H + "wmo325:BerichtIdentificatie/iwmo:Identificatie"));
        assertEquals("D\"1'", tekst(d, H + "wmo325:DeclaratieIdentificatie/iwmo:Identificatie"));
    }

    @Test
    @DisplayName("content the writer accepts but the XSD refuses is reported with line and column (5-character code)")
    void xsdVangtWatDeSchrijverDoorlaat() {
        byte[] xml = schrijf(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN1", 6_500, "D", 0, "D");
            s.client("999900006", List.of("0200"));
            s.prestatie(uren("RN1", 1, 1, "02000"));
            s.eindDeclaratie(List.of("0200"));
        });
        List<String> fouten = IwmoSchemas.valideer(IwmoSchemas.WMO325, xml);
        assertFalse(fouten.isEmpty());
        String tekst = new String(xml, StandardCharsets.UTF_8);
        int regel = (int) tekst.substring(0, tekst.indexOf(">02000<")).chars().filter(c -> c == '\n').count() + 1;
        assertTrue(fouten.get(0).matches("regel " + regel + ", kolom \\d+: cvc-maxLength-valid.*02000.*4.*"),
                fouten::toString);
    }

    // ---------------------------------------------------------------- guards

    @Nested
    @DisplayName("call order")
    class Volgorde {

        private final ByteArrayOutputStream uit = new ByteArrayOutputStream();
        private final Wmo325Schrijver s = new Wmo325Schrijver(uit);

        private void totDeclaratie() {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN1", 6_500, "D", 0, "D");
        }

        @Test
        void prestatieVoorClient() {
            totDeclaratie();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.prestatie(uren("RN1", 1, 1, "0611")));
            assertTrue(e.getMessage().startsWith("prestatie() not allowed now"), e::getMessage);
        }

        @Test
        void nietsVoorDeKop() {
            assertThrows(IllegalStateException.class, () -> s.beginDeclaratie("DN1", 0, "D", 0, "D"));
            assertThrows(IllegalStateException.class, s::zonderDeclaratie);
            assertThrows(IllegalStateException.class, () -> s.client("999900006", List.of("0200")));
            assertThrows(IllegalStateException.class, () -> s.eindDeclaratie(List.of("8001")));
        }

        @Test
        void kopEenmaal() {
            s.kop(kop("0200"));
            assertThrows(IllegalStateException.class, () -> s.kop(kop("0200")));
        }

        @Test
        void clientVoorBeginDeclaratie() {
            s.kop(kop("0200"));
            assertThrows(IllegalStateException.class, () -> s.client("999900006", List.of("0200")));
        }

        @Test
        void kopMet0001HeeftGeenDeclaratieAntwoord() {
            s.kop(kop("0001"));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> s.beginDeclaratie("DN1", 0, "D", 0, "D"));
            assertTrue(e.getMessage().contains("0001"), e::getMessage);
            s.zonderDeclaratie();
            assertThrows(IllegalStateException.class, () -> s.client("999900006", List.of("0200")));
            s.close();
            assertEquals(List.of(), IwmoSchemas.valideer(IwmoSchemas.WMO325, uit.toByteArray()));
        }

        @Test
        void goedgekeurdeKopVraagtEenDeclaratieAntwoord() {
            s.kop(kop("0200"));
            assertThrows(IllegalStateException.class, s::zonderDeclaratie);
        }

        @Test
        void clientZonderPrestatie() {
            totDeclaratie();
            s.client("999900006", List.of("8187"));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> s.client("999900018", List.of("0200")));
            assertTrue(e.getMessage().contains("999900006"), e::getMessage);
            assertThrows(IllegalStateException.class, () -> s.eindDeclaratie(List.of("0200")));
            // still usable: add the missing prestatie and finish
            s.prestatie(uren("RN1", 1, 1, "0233"));
            s.eindDeclaratie(List.of("0200"));
            s.close();
            assertEquals(List.of(), IwmoSchemas.valideer(IwmoSchemas.WMO325, uit.toByteArray()));
        }

        @Test
        void naEindDeclaratieAlleenClose() {
            totDeclaratie();
            s.client("999900006", List.of("0200"));
            s.prestatie(uren("RN1", 1, 1, "0611"));
            s.eindDeclaratie(List.of("0200"));
            assertThrows(IllegalStateException.class, () -> s.client("999900018", List.of("0200")));
            assertThrows(IllegalStateException.class, () -> s.prestatie(uren("RN2", 1, 1, "0611")));
            assertThrows(IllegalStateException.class, () -> s.eindDeclaratie(List.of("0200")));
            s.close();
            s.close(); // idempotent
            assertThrows(IllegalStateException.class, () -> s.kop(kop("0200")));
        }

        @Test
        void tr342TotalenKloppenNiet() {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN1", 20_000, "D", 10_000, "D");
            s.client("999900006", List.of("0200"));
            s.prestatie(uren("RN1", 1, 1, "0611")); // 6 500 rejected, but 10 000 missing from toegekend
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.eindDeclaratie(List.of("0200")));
            assertTrue(e.getMessage().startsWith("TR342"), e::getMessage);
        }

        @Test
        void tr342ZonderPrestatiesVolledigOfNiets() {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN1", 20_000, "D", 10_000, "D");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.eindDeclaratie(List.of("8001")));
            assertTrue(e.getMessage().startsWith("TR342"), e::getMessage);
        }

        @Test
        void onvolledigSluiten() {
            totDeclaratie();
            s.client("999900006", List.of("0200"));
            s.prestatie(uren("RN1", 1, 1, "0611"));
            IllegalStateException e = assertThrows(IllegalStateException.class, s::close);
            assertTrue(e.getMessage().contains("incomplete"), e::getMessage);
            s.close(); // second close: nothing more to say
        }

        @Test
        void ongeldigeArgumenten() {
            assertThrows(IllegalArgumentException.class, () -> kop());
            s.kop(kop("0200"));
            assertThrows(IllegalArgumentException.class, () -> s.beginDeclaratie("DN1", 0, "X", 0, "D"));
            assertThrows(IllegalArgumentException.class, () -> s.beginDeclaratie("DN1", -1, "D", 0, "D"));
            assertThrows(NullPointerException.class, () -> s.beginDeclaratie(null, 0, "D", 0, "D"));
            s.beginDeclaratie("DN1", 6_500, "D", 0, "D");
            assertThrows(IllegalArgumentException.class, () -> s.client("999900006", List.of()));
            assertThrows(NullPointerException.class, () -> s.client("999900006", null));
            assertThrows(IllegalArgumentException.class, () -> new Wmo325Prestatie("RN1", null, 1, "02", "02A01",
                    BEGIN, EIND, 1, "04", 6500L, 6500, "d", List.of("0611")));
            assertThrows(IllegalArgumentException.class, () -> new Wmo325Prestatie("RN1", null, 1, "02", "02A01",
                    BEGIN, EIND, 1, "04", -1L, 6500, "D", List.of("0611")));
            assertThrows(IllegalArgumentException.class, () -> s.eindDeclaratie(List.of()));
        }
    }

    @Test
    @DisplayName("try-with-resources: an exception in the body stays primary, the incomplete close is suppressed")
    void uitzonderingInTryWithResources() {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            try (Wmo325Schrijver s = new Wmo325Schrijver(uit)) {
                s.kop(kop("0200"));
                s.beginDeclaratie("DN1", 0, "D", 0, "D");
                s.prestatie(uren("RN1", 1, 1, "0611"));
            }
        });
        assertTrue(e.getMessage().startsWith("prestatie()"), e::getMessage);
        assertEquals(1, e.getSuppressed().length);
        assertTrue(e.getSuppressed()[0].getMessage().contains("incomplete"));
    }

    @Test
    @DisplayName("close() flushes but leaves the caller's stream open")
    void streamBlijftOpen() {
        boolean[] gesloten = {false};
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        OutputStream uit = new OutputStream() {
            @Override public void write(int b) { buffer.write(b); }
            @Override public void write(byte[] b, int off, int len) { buffer.write(b, off, len); }
            @Override public void close() { gesloten[0] = true; }
        };
        try (Wmo325Schrijver s = new Wmo325Schrijver(uit)) {
            s.kop(kop("0001"));
            s.zonderDeclaratie();
        }
        assertFalse(gesloten[0]);
        assertEquals(List.of(), IwmoSchemas.valideer(IwmoSchemas.WMO325, buffer.toByteArray()));
    }

    @Test
    @DisplayName("a failing stream gives UncheckedIOException and leaves the writer unusable")
    void kapotteStream() {
        OutputStream kapot = new OutputStream() {
            @Override public void write(int b) throws IOException { throw new IOException("schijf vol"); }
        };
        Wmo325Schrijver s = new Wmo325Schrijver(kapot);
        s.kop(kop("0001"));
        s.zonderDeclaratie();
        UncheckedIOException e = assertThrows(UncheckedIOException.class, s::close);
        assertInstanceOf(IOException.class, e.getCause());
        s.close(); // no second failure
        assertThrows(IllegalStateException.class, () -> s.kop(kop("0200")));
    }
}
