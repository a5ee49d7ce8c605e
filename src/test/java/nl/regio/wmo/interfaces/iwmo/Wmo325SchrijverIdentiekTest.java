package nl.regio.wmo.interfaces.iwmo;

import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.BEGIN;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.EIND;
import static nl.regio.wmo.interfaces.iwmo.Wmo325Berichten.kop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Wmo325Schrijver} writes its bytes itself since it left {@code XMLStreamWriter}; these tests make the same
 * calls on it and on {@link Wmo325SchrijverOud} (the StAX version, kept in test scope) and demand the same bytes,
 * the same write blocks on the stream, and the same outcome of every call (result, or exception type and message).
 * Content the XSD would refuse is written too: the writer does not check it, so its bytes must not change either.
 */
class Wmo325SchrijverIdentiekTest {

    /** The public calls both writers have, so that one scenario can drive either. */
    interface Schrijver extends AutoCloseable {
        void kop(Wmo325Kop kop);

        void zonderDeclaratie();

        void beginDeclaratie(String declaratieNummer, long totaalIngediendCent, String totaalIngediendDC,
                long totaalToegekendCent, String totaalToegekendDC);

        void client(String bsn, List<String> retourCodes);

        void prestatie(Wmo325Prestatie p);

        void eindDeclaratie(List<String> retourCodes);

        @Override
        void close();

        long aantalClienten();

        long aantalPrestaties();
    }

    /** What one writer did with a scenario: every call with its outcome, the bytes, and the stream's write blocks. */
    record Opname(List<String> verloop, byte[] bytes, List<Integer> blokken) {
    }

    /** A stream that keeps what it gets and how: the length of every write call. */
    static class Opvang extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Integer> blokken = new ArrayList<>();

        @Override
        public void write(int b) throws IOException {
            blokken.add(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            blokken.add(len);
            bytes.write(b, off, len);
        }
    }

    /**
     * Takes {@code goed} write calls, then fails {@code fout} times ("disk full"): every write, and every flush once
     * the good writes are used up; after that it works again, so that bytes still buffered after a failure show.
     */
    static class VolleSchijf extends Opvang {
        private int goed;
        private int fout;

        VolleSchijf(int goed, int fout) {
            this.goed = goed;
            this.fout = fout;
        }

        @Override
        public void write(int b) throws IOException {
            schrijfStoring();
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            schrijfStoring();
            super.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (goed == 0) {
                storing("flush");
            }
        }

        private void schrijfStoring() throws IOException {
            if (goed > 0) {
                goed--;
            } else {
                storing("write");
            }
        }

        private void storing(String wat) throws IOException {
            if (fout > 0) {
                fout--;
                throw new IOException("schijf vol (" + wat + ")");
            }
        }
    }

    // ---------------------------------------------------------------- comparing

    /** Runs {@code scenario} on the old and the new writer, each on its own stream, and compares everything. */
    private static void vergelijk(Supplier<Opvang> stream, Consumer<Schrijver> scenario) {
        Opname oud = neemOp(Wmo325SchrijverOud::new, stream.get(), scenario);
        Opname nieuw = neemOp(Wmo325Schrijver::new, stream.get(), scenario);
        assertEquals(oud.verloop(), nieuw.verloop(), "outcome of the calls");
        gelijkeBytes(oud.bytes(), nieuw.bytes());
        assertEquals(oud.blokken(), nieuw.blokken(), "write calls on the stream (lengths)");
    }

    private static void vergelijk(Consumer<Schrijver> scenario) {
        vergelijk(Opvang::new, scenario);
    }

    /**
     * Drives one writer through a {@link Proxy}: every call is passed on by name and recorded with its outcome;
     * an exception is recorded, not thrown, so a scenario goes on after a refused call as a caller could.
     */
    private static Opname neemOp(Function<OutputStream, Object> maak, Opvang uit, Consumer<Schrijver> scenario) {
        List<String> verloop = new ArrayList<>();
        Object doel = maak.apply(uit);
        Schrijver schrijver = (Schrijver) Proxy.newProxyInstance(Schrijver.class.getClassLoader(),
                new Class<?>[] {Schrijver.class}, (proxy, methode, args) -> {
                    Method echt = doel.getClass().getMethod(methode.getName(), methode.getParameterTypes());
                    try {
                        Object resultaat = echt.invoke(doel, args);
                        verloop.add(methode.getName() + " -> " + resultaat);
                        return resultaat;
                    } catch (InvocationTargetException e) {
                        verloop.add(methode.getName() + " -> " + beschrijf(e.getCause()));
                        return methode.getReturnType() == long.class ? -1L : null;
                    }
                });
        scenario.accept(schrijver);
        return new Opname(verloop, uit.bytes.toByteArray(), uit.blokken);
    }

    private static String beschrijf(Throwable e) {
        String tekst = e.getClass().getName() + ": " + e.getMessage();
        return e.getCause() == null ? tekst : tekst + " / " + beschrijf(e.getCause());
    }

    /** Byte equality, reported at the first difference with the bytes around it. */
    private static void gelijkeBytes(byte[] oud, byte[] nieuw) {
        int i = Arrays.mismatch(oud, nieuw);
        if (i < 0) {
            return;
        }
        HexFormat hex = HexFormat.ofDelimiter(" ");
        int van = Math.max(0, i - 40);
        fail("first difference at byte " + i + " (old " + oud.length + " bytes, new " + nieuw.length + ")\nold: "
                + hex.formatHex(oud, van, Math.min(oud.length, i + 40)) + "\nnew: "
                + hex.formatHex(nieuw, van, Math.min(nieuw.length, i + 40)) + "\nold text: "
                + new String(oud, van, Math.min(oud.length, i + 40) - van, StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- test data

    private static Wmo325Prestatie prestatie(String referentie, String vorige, long bedrag, String dc,
            Long tarief, String... codes) {
        return new Wmo325Prestatie(referentie, vorige, 100_001, "02", "02A01", BEGIN, EIND, 3, "04", tarief, bedrag,
                dc, List.of(codes));
    }

    /** A complete message with one client per text: every text in Bsn, ReferentieNummer, codes and the header. */
    private static Consumer<Schrijver> metTeksten(List<String> teksten) {
        return s -> {
            String eerste = teksten.get(0);
            s.kop(new Wmo325Kop(eerste, eerste, eerste, BEGIN, eerste, EIND, eerste, eerste, List.of("0200", eerste),
                    eerste));
            s.beginDeclaratie(eerste, 50_000 + 6_500L * teksten.size(), "D", 50_000, "D");
            for (String t : teksten) {
                s.client(t, List.of(t));
                s.prestatie(new Wmo325Prestatie(t, t, 0, t, t, BEGIN, EIND, 0, t, 0L, 6_500, "D", List.of(t, t)));
            }
            s.eindDeclaratie(List.of(eerste));
            s.close();
        };
    }

    // ---------------------------------------------------------------- complete messages

    @Test
    @DisplayName("level-2 rejection: Header only, with XsltVersie")
    void zonderDeclaratie() {
        vergelijk(s -> {
            s.kop(new Wmo325Kop("0356", "12345678", "A325-000002", LocalDate.of(2025, 2, 10), "D323-000043",
                    LocalDate.of(2025, 2, 4), "1.0.0", "1.0.0", List.of("0001", "0002"), "1.0.0"));
            s.zonderDeclaratie();
            s.close();
        });
    }

    @Test
    @DisplayName("fully accepted (8001) and rejected as a whole (9333): no Clienten")
    void zonderClienten() {
        vergelijk(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN2025010001", 123_456, "D", 123_456, "D");
            s.eindDeclaratie(List.of("8001"));
            s.close();
        });
        vergelijk(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN2025010005", 99_000, "C", 0, "D");
            s.eindDeclaratie(List.of("9333", "9334"));
            s.close();
        });
    }

    @Test
    @DisplayName("several clients with several prestaties: debit and credit, with and without tariff and VorigReferentieNummer")
    void meerdereClienten() {
        vergelijk(s -> {
            s.kop(kop("0200"));
            // rejected: 6 500 + 6 500 − 5 000 + 78 000 + 14 000 = 100 000 of 150 000 D
            s.beginDeclaratie("DN2025010002", 150_000, "D", 50_000, "D");
            s.client("999900006", List.of("8187"));
            s.prestatie(prestatie("RN-0001", null, 6_500, "D", 6_500L, "0233"));
            s.prestatie(prestatie("RN-0002", null, 6_500, "D", 6_500L, "0233"));
            s.client("999900018", List.of("0200"));
            s.prestatie(prestatie("RN-C1", "RN-D1", 5_000, "C", 2_500L, "8017"));
            s.prestatie(new Wmo325Prestatie("RN-E1", null, 100_004, "02", "02K03", BEGIN, EIND, 78_000, "83", null,
                    78_000, "D", List.of("9369")));
            s.prestatie(prestatie("RN-0005", "RN-0004", 14_000, "D", null, "9339", "9340", "9341"));
            s.client("999900030", List.of("0200"));
            s.prestatie(prestatie("RN-0006", null, 0, "C", 0L, "0611"));
            assertEquals(3, s.aantalClienten());
            s.eindDeclaratie(List.of("0200"));
            s.close();
        });
    }

    @Test
    @DisplayName("credit totals: the iJw example's 58 000 C ingediend, 34 000 C toegekend")
    void crediteTotalen() {
        vergelijk(s -> {
            s.kop(new Wmo325Kop("0384", "65656055", "654321987", LocalDate.of(2023, 5, 7), "765432198",
                    LocalDate.of(2023, 5, 7), "1.0.0", "1.0.0", List.of("0200"), "1.0.0"));
            s.beginDeclaratie("DN001", 58_000, "C", 34_000, "C");
            s.client("999900006", List.of("0200"));
            s.prestatie(prestatie("RN001", "RT001", 5_000, "C", 1_250L, "0611"));
            s.prestatie(prestatie("RN002", "RT002", 14_000, "C", 1_500L, "9339", "9340", "9341"));
            s.client("999900018", List.of("0200"));
            s.prestatie(prestatie("RN003", "RT003", 5_000, "C", 1_250L, "9307"));
            s.eindDeclaratie(List.of("0200"));
            s.close();
        });
    }

    // ---------------------------------------------------------------- escaping and encoding

    @Test
    @DisplayName("markup characters, quotes, CR/LF/tab, control characters, empty text")
    void bijzondereTekens() {
        vergelijk(metTeksten(List.of("A&B<1>", "&amp;", "D\"1'", "]]>", "<![CDATA[x]]>", "a\r\nb\rc\nd\te",
                "\u0000\u0001\u001F\u007F", "", " ", "&#x41;", "<!-- -->", "?>")));
    }

    @Test
    @DisplayName("non-ASCII: Latin-1, the 2- and 3-byte boundaries, euro sign, CJK, U+FFFE/U+FFFF")
    void nietAscii() {
        vergelijk(metTeksten(List.of("Zoë Müller-Groß", "café €12,50", "\u0080\u07FF\u0800\uFFFD", "中文 한국어",
                "\u00A0\u2028\u2029\uFEFF", "\uFFFE\uFFFF", "İı ǅ ﬁ")));
    }

    @Test
    @DisplayName("outside the BMP: proper surrogate pairs, alone and next to markup characters")
    void buitenDeBmp() {
        vergelijk(metTeksten(List.of("😀", "a😀b", "𝄞&𝄞<𝄞>", "\uDBFF\uDFFF", "\uD800\uDC00", "👍🏽👨‍👩‍👧")));
    }

    @Test
    @DisplayName("unpaired surrogates: the old writer glued them to the next character, markup included")
    void ongepaardeSurrogaten() {
        for (String t : List.of("x\uD800", "\uDC00x", "\uDC00\uD800", "\uD800\uD800\uDC00", "\uD83D", "\uDE00<",
                "a\uD800&b", "\uD800\uD800")) {
            vergelijk(metTeksten(List.of("RN1", t, "RN2")));
        }
    }

    @Test
    @DisplayName("every UTF-16 code unit 0000..FFFF, in blocks of 256")
    void alleTekens() {
        List<String> blokken = new ArrayList<>();
        for (int blok = 0; blok < 256; blok++) {
            char[] tekens = new char[256];
            for (int i = 0; i < tekens.length; i++) {
                tekens[i] = (char) (blok * 256 + i);
            }
            blokken.add(new String(tekens));
        }
        vergelijk(metTeksten(blokken));
    }

    @Test
    @DisplayName("random texts: ASCII, markup, controls, BMP, pairs and lone surrogates (fixed seed)")
    void willekeurig() {
        Random random = new Random(325);
        for (int bericht = 0; bericht < 100; bericht++) {
            List<String> teksten = new ArrayList<>();
            for (int t = 0; t < 10; t++) {
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(30); i > 0; i--) {
                    switch (random.nextInt(7)) {
                        case 0 -> b.append("&<>\"'\r\n\t".charAt(random.nextInt(8)));
                        case 1 -> b.append((char) random.nextInt(0x20));
                        case 2 -> b.append((char) (0x80 + random.nextInt(0x780)));
                        case 3 -> b.append((char) (0x800 + random.nextInt(0xF800)));
                        case 4 -> b.appendCodePoint(0x10000 + random.nextInt(0x100000));
                        case 5 -> b.append((char) (0xD800 + random.nextInt(0x800)));
                        default -> b.append((char) (0x20 + random.nextInt(0x60)));
                    }
                }
                teksten.add(b.toString());
            }
            vergelijk(metTeksten(teksten));
        }
    }

    // ---------------------------------------------------------------- guards, incomplete messages, failing streams

    @Test
    @DisplayName("refused calls and incomplete closes: same exceptions, same bytes handed to the stream")
    void wachters() {
        vergelijk(s -> {
            s.beginDeclaratie("DN1", 0, "D", 0, "D"); // before the header
            s.close(); // incomplete: only the open root start tag
        });
        vergelijk(s -> {
            s.kop(kop("0200"));
            s.zonderDeclaratie(); // accepted header
            s.close();
        });
        vergelijk(s -> {
            s.kop(kop("0001"));
            s.beginDeclaratie("DN1", 0, "D", 0, "D"); // 0001 has no DeclaratieAntwoord
            s.zonderDeclaratie();
            s.client("999900006", List.of("0200"));
            s.close();
            s.close();
            s.kop(kop("0200"));
        });
        vergelijk(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN1", 6_500, "X", 0, "D");
            s.beginDeclaratie("DN1", 6_500, "D", 0, "D");
            s.prestatie(prestatie("RN1", null, 6_500, "D", 6_500L, "0611")); // no client
            s.client("999900006", List.of());
            s.client("999900006", List.of("8187"));
            s.client("999900018", List.of("0200")); // previous client has no prestatie
            s.eindDeclaratie(List.of("0200"));
            s.close(); // incomplete, right after a client: Prestaties' start tag still open
        });
        vergelijk(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN1", 20_000, "D", 10_000, "D");
            s.client("999900006", List.of("0200"));
            s.prestatie(prestatie("RN1", null, 6_500, "D", 6_500L, "0611"));
            s.eindDeclaratie(List.of("0200")); // TR342
            s.close();
        });
        vergelijk(s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DN1", 20_000, "D", 10_000, "D");
            s.eindDeclaratie(List.of("8001")); // TR342 without prestaties
            s.close();
        });
        vergelijk(s -> {
            // never closed: everything is still buffered
        });
        assertEquals(assertThrows(NullPointerException.class, () -> new Wmo325SchrijverOud(null)).getMessage(),
                assertThrows(NullPointerException.class, () -> new Wmo325Schrijver(null)).getMessage());
    }

    /** About 1.1 KB per prestatie: 400 prestaties fill several 64 KiB blocks. */
    private static Consumer<Schrijver> groot(int prestaties) {
        return s -> {
            s.kop(kop("0200"));
            s.beginDeclaratie("DNGROOT", 50_000 + 6_500L * prestaties, "D", 50_000, "D");
            for (int i = 0; i < prestaties; i++) {
                if (i % 7 == 0) {
                    s.client(String.format("%09d", 100_000_000 + i), List.of("0200"));
                }
                s.prestatie(prestatie("RN-é-" + i, i % 3 == 0 ? "RV" + i : null, 6_500, "D",
                        i % 5 == 0 ? null : 6_500L, "0611"));
            }
            s.eindDeclaratie(List.of("0200"));
            s.close();
            s.close();
        };
    }

    @Test
    @DisplayName("a message of several 64 KiB blocks: the stream gets the same blocks, in the same calls")
    void blokken() {
        vergelijk(groot(400));
        Opname nieuw = neemOp(Wmo325Schrijver::new, new Opvang(), groot(400));
        assertTrue(nieuw.blokken().size() > 5 && nieuw.blokken().get(0) == 1 << 16, nieuw.blokken()::toString);
    }

    @Test
    @DisplayName("a stream that fails after some blocks, or only on flush, for good or once: same outcome, same bytes")
    void volleSchijf() {
        int nodig = neemOp(Wmo325Schrijver::new, new Opvang(), groot(400)).blokken().size();
        for (int blokken = 0; blokken <= nodig + 1; blokken++) {
            for (int fouten : new int[] {1, Integer.MAX_VALUE}) {
                int n = blokken;
                vergelijk(() -> new VolleSchijf(n, fouten), groot(400));
            }
        }
    }

    @Test
    @DisplayName("a header that fills the buffer exactly: the block goes to the stream (and fails) in the next call")
    void bufferPreciesVol() {
        Function<Integer, Consumer<Schrijver>> metIdentificatie = lengte -> s -> {
            s.kop(new Wmo325Kop("0001", "12345678", "x".repeat(lengte), BEGIN, "D323", EIND, "1.0.0", "1.0.0",
                    List.of("0001")));
            s.zonderDeclaratie();
            s.close();
        };
        int staart = "\r\n</wmo325:Bericht>\r\n".length();
        int naKop = neemOp(Wmo325SchrijverOud::new, new Opvang(), metIdentificatie.apply(0)).bytes().length - staart;
        Consumer<Schrijver> precies = metIdentificatie.apply((1 << 16) - naKop);
        for (int blokken = 0; blokken <= 2; blokken++) {
            int n = blokken;
            vergelijk(() -> new VolleSchijf(n, Integer.MAX_VALUE), precies);
        }
    }
}
