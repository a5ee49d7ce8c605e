package nl.regio.wmo.interfaces.iwmo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Writes an iWmo 3.2 WMO325 (declaratie-antwoord, gemeente → aanbieder) as a stream, so that the answer to a
 * declaration with a million rejected lines never sits in memory: every call writes its part straight to the
 * {@link OutputStream}; the writer itself only keeps the current client's RetourCodes and a few counters.
 *
 * <p>Call order, guarded with {@link IllegalStateException}:
 * <pre>
 * kop(...)                                         Header, with its RetourCodes
 *   zonderDeclaratie()                             level-2 rejection (0001 in the header): nothing follows
 * | beginDeclaratie(...)                           DeclaratieAntwoord: DeclaratieNummer and the two totals
 *     ( client(...)  prestatie(...)+ )*            only rejected clients/prestaties (IV087, TR342)
 *   eindDeclaratie(codes)                          DeclaratieAntwoord's RetourCodes
 * close()                                          ends the document and flushes
 * </pre>
 *
 * <p>Content guards (also {@link IllegalStateException}), so that a message the receiver would refuse is not
 * finished silently:
 * <ul>
 * <li>a header with {@code 0001} cannot be followed by a DeclaratieAntwoord, and {@link #zonderDeclaratie()}
 *     needs a header that is not accepted (its codes do not include {@code 0200});</li>
 * <li>every client needs at least one prestatie (Prestaties is 1..* in the XSD; a client rejected as a whole
 *     carries its prestaties with {@code 0233});</li>
 * <li>TR342 at {@link #eindDeclaratie(List)}: Σ IngediendBedrag of the written prestaties (debet +, credit −)
 *     must equal TotaalIngediendBedrag − TotaalToegekendBedrag. Without any prestatie the declaration is either
 *     fully accepted (toegekend = ingediend) or rejected as a whole (toegekend = 0).</li>
 * </ul>
 * Argument problems (null, empty code lists, negative amounts, DebetCredit other than D/C) give
 * {@link IllegalArgumentException} or {@link NullPointerException}. Everything else (lengths, patterns, code
 * lists) is left to the XSD: validate the result with {@link IwmoSchemas#valideer(String, java.io.InputStream)}
 * before sending it.
 *
 * <p>Output: UTF-8 without BOM, an XML declaration, CR/LF line endings and tab indentation (OP192), prefixes
 * {@code wmo325} and {@code iwmo} declared on the root, element order as in {@code WMO325.xsd}. A failed write
 * throws {@link UncheckedIOException} and leaves the writer unusable.
 *
 * <p>The bytes are written here, not by a {@code javax.xml.stream.XMLStreamWriter}: element names and prefixes
 * are constants and only text values vary, so the JDK writer's per-element namespace lookups and element stack
 * were most of the cost of an answer with tens of thousands of rejected prestaties. The output is byte for byte
 * what the JDK's {@code XMLStreamWriter} wrote before, its escaping and UTF-8 encoding quirks included (see the
 * private methods {@code tekstInhoud} and {@code teken}); {@code Wmo325SchrijverIdentiekTest} compares the two.
 *
 * <p>{@link #close()} does not close the {@link OutputStream}: whoever opened it closes it. Closing before the
 * message is complete throws {@link IllegalStateException} (inside try-with-resources after another exception it
 * is added as suppressed); the partial output must then be discarded. Not thread-safe: one writer per message.
 */
public final class Wmo325Schrijver implements AutoCloseable {

    /** Target namespace of WMO325.xsd. */
    public static final String NS_WMO325 = "http://www.istandaarden.nl/iwmo/3_2/wmo325/schema";
    /** Target namespace of basisschema.xsd. */
    public static final String NS_IWMO = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";

    /** BerichtCode of the WMO325 in COD002-VEKT (WMO323 = 484, WMO325 = 485; iJw JW325 = 491). */
    public static final String BERICHT_CODE = "485";
    /** BerichtVersie; the XSD restricts it to {@code 3}. */
    public static final String BERICHT_VERSIE = "3";
    /** BerichtSubversie; the XSD restricts it to {@code 2}. */
    public static final String BERICHT_SUBVERSIE = "2";
    /** {@code iwmo:BasisschemaXsdVersie} from the appinfo of basisschema.xsd / WMO325.xsd. */
    public static final String BASISSCHEMA_XSD_VERSIE = "1.0.0";
    /** {@code iwmo:BerichtXsdVersie} from the appinfo of WMO325.xsd. */
    public static final String BERICHT_XSD_VERSIE = "1.0.0";

    /** Header code: the message class has no remarks. */
    static final String GEEN_OPMERKING = "0200";
    /** Header code: rejected for technical (XSLT, level 2) reasons. */
    static final String TECHNISCH_AFGEKEURD = "0001";

    private static final String P325 = "wmo325";
    private static final String PIWMO = "iwmo";
    private static final String NL = "\r\n";
    /** The XML declaration, as {@code XMLStreamWriter.writeStartDocument("UTF-8", "1.0")} wrote it. */
    private static final String XML_DECLARATIE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    /** The namespace declarations of the root; the URIs hold nothing that needs escaping in an attribute. */
    private static final String NAMESPACES = " xmlns:iwmo=\"" + NS_IWMO + "\" xmlns:wmo325=\"" + NS_WMO325 + "\"";
    private static final int BUFFER = 1 << 16;
    /** Nesting of start tags at its deepest: Bericht … Prestaties/Prestatie/ProductReferentie. */
    private static final int MAX_DIEPTE = 7;

    private enum Stand {
        NIEUW, KOP, ZONDER_DECLARATIE, DECLARATIE, CLIENT, DECLARATIE_KLAAR, GESLOTEN, KAPOT
    }

    private final OutputStream uit;
    private final byte[] buffer = new byte[BUFFER];
    private int gevuld;
    /** A UTF-16 surrogate waiting for the char after it, or 0; see {@link #teken(char)}. */
    private char surrogaat;
    /** The {@code >} of the last start tag is not written yet; see {@link #inspringen()}. */
    private boolean starttagOpen;
    /** Prefix and name of the open elements, for their end tags. */
    private final String[] openPrefixen = new String[MAX_DIEPTE];
    private final String[] openNamen = new String[MAX_DIEPTE];
    private int diepte;
    private Stand stand = Stand.NIEUW;
    private List<String> kopCodes;

    private String declaratieNummer;
    private long ingediendMetTeken;
    private long toegekendMetTeken;
    private long afgewezenMetTeken;
    private boolean clientenOpen;

    private String bsn;
    private List<String> clientCodes;
    private long prestatiesVanClient;

    private long aantalClienten;
    private long aantalPrestaties;

    /**
     * Starts a WMO325 on {@code uit}; writes the XML declaration and the root element's start tag.
     *
     * @param uit where the message goes; buffered internally, flushed by {@link #close()}, never closed
     */
    public Wmo325Schrijver(OutputStream uit) {
        this.uit = Objects.requireNonNull(uit, "uit is required");
        try {
            schrijf(XML_DECLARATIE);
            schrijf(NL);
            starttag(P325, "Bericht");
            schrijf(NAMESPACES);
        } catch (IOException e) {
            throw fout(e);
        }
    }

    /**
     * Writes the Header, including its RetourCodes.
     *
     * @param kop the header content
     * @throws IllegalStateException if the header was already written
     */
    public void kop(Wmo325Kop kop) {
        Objects.requireNonNull(kop, "kop is required");
        verwacht("kop", Stand.NIEUW);
        try {
            start(P325, "Header");
            tekst(P325, "BerichtCode", BERICHT_CODE);
            tekst(P325, "BerichtVersie", BERICHT_VERSIE);
            tekst(P325, "BerichtSubversie", BERICHT_SUBVERSIE);
            tekst(P325, "Afzender", kop.afzenderGemeente());
            tekst(P325, "Ontvanger", kop.ontvangerAgb());
            identificatie("BerichtIdentificatie", kop.identificatie(), kop.dagtekening());
            xsdVersie("XsdVersie", BASISSCHEMA_XSD_VERSIE, BERICHT_XSD_VERSIE);
            identificatie("DeclaratieIdentificatie", kop.declaratieIdentificatie(), kop.declaratieDagtekening());
            tekst(P325, "XsltVersie", kop.xsltVersie());
            xsdVersie("XsdVersieDeclaratie", kop.xsdVersieBasisschema323(), kop.xsdVersieBericht323());
            retourCodes(kop.retourCodes());
            eind();
        } catch (IOException e) {
            throw fout(e);
        }
        kopCodes = kop.retourCodes();
        stand = Stand.KOP;
    }

    /**
     * Level-2 rejection ({@code 0001} in the header): the message ends after the Header, no DeclaratieAntwoord.
     * Only {@link #close()} may follow.
     *
     * @throws IllegalStateException if the header is not written yet, or it was accepted ({@code 0200})
     */
    public void zonderDeclaratie() {
        verwacht("zonderDeclaratie", Stand.KOP);
        if (kopCodes.contains(GEEN_OPMERKING)) {
            throw new IllegalStateException("The header was accepted (" + kopCodes
                    + "): a WMO325 without DeclaratieAntwoord needs a rejected header, e.g. 0001");
        }
        stand = Stand.ZONDER_DECLARATIE;
    }

    /**
     * Opens the DeclaratieAntwoord and writes DeclaratieNummer, TotaalIngediendBedrag and TotaalToegekendBedrag.
     *
     * @param declaratieNummer     the 323's DeclaratieNummer
     * @param totaalIngediendCent  the 323's TotaalIngediendBedrag in cents, not negative
     * @param totaalIngediendDC    its DebetCredit, {@code D} or {@code C}
     * @param totaalToegekendCent  the sum of the accepted prestaties in cents (0 if the declaration is rejected
     *                             as a whole), not negative
     * @param totaalToegekendDC    its DebetCredit, {@code D} or {@code C}
     * @throws IllegalStateException if not right after {@link #kop(Wmo325Kop)}, or the header carries 0001
     */
    public void beginDeclaratie(String declaratieNummer, long totaalIngediendCent, String totaalIngediendDC,
            long totaalToegekendCent, String totaalToegekendDC) {
        Objects.requireNonNull(declaratieNummer, "declaratieNummer is required");
        nietNegatief(totaalIngediendCent, "totaalIngediendCent");
        nietNegatief(totaalToegekendCent, "totaalToegekendCent");
        debetCredit(totaalIngediendDC, "totaalIngediendDC");
        debetCredit(totaalToegekendDC, "totaalToegekendDC");
        verwacht("beginDeclaratie", Stand.KOP);
        if (kopCodes.contains(TECHNISCH_AFGEKEURD)) {
            throw new IllegalStateException(
                    "The header carries 0001 (level-2 rejection): call zonderDeclaratie(), not beginDeclaratie()");
        }
        try {
            start(P325, "DeclaratieAntwoord");
            tekst(P325, "DeclaratieNummer", declaratieNummer);
            start(P325, "TotaalIngediendBedrag");
            tekst(PIWMO, "TotaalBedrag", Long.toString(totaalIngediendCent));
            tekst(PIWMO, "DebetCredit", totaalIngediendDC);
            eind();
            start(P325, "TotaalToegekendBedrag");
            tekst(PIWMO, "TotaalBedrag", Long.toString(totaalToegekendCent));
            tekst(PIWMO, "DebetCredit", totaalToegekendDC);
            eind();
        } catch (IOException e) {
            throw fout(e);
        }
        this.declaratieNummer = declaratieNummer;
        ingediendMetTeken = metTeken(totaalIngediendCent, totaalIngediendDC);
        toegekendMetTeken = metTeken(totaalToegekendCent, totaalToegekendDC);
        stand = Stand.DECLARATIE;
    }

    /**
     * Starts a Client (closing the previous one, whose RetourCodes are written then). Write only clients with a
     * rejected prestatie or a client-level code; every client needs at least one {@link #prestatie}.
     *
     * @param bsn         the client's BSN
     * @param retourCodes the client's RetourCodes, at least one: {@code 0200} if only prestaties are rejected,
     *                    or the client-level code (e.g. 8187) whose prestaties then carry {@code 0233}
     * @throws IllegalStateException outside a DeclaratieAntwoord, or if the previous client has no prestatie
     */
    public void client(String bsn, List<String> retourCodes) {
        Objects.requireNonNull(bsn, "bsn is required");
        List<String> codes = codes(retourCodes, "Client " + bsn);
        verwacht("client", Stand.DECLARATIE, Stand.CLIENT);
        try {
            if (stand == Stand.CLIENT) {
                sluitClient();
            }
            if (!clientenOpen) {
                start(P325, "Clienten");
                clientenOpen = true;
            }
            start(P325, "Client");
            tekst(P325, "Bsn", bsn);
            start(P325, "Prestaties");
        } catch (IOException e) {
            throw fout(e);
        }
        this.bsn = bsn;
        clientCodes = codes;
        prestatiesVanClient = 0;
        aantalClienten++;
        stand = Stand.CLIENT;
    }

    /**
     * Writes a rejected prestatie of the current client, with its RetourCodes.
     *
     * @param p the prestatie as received in the 323, plus its codes
     * @throws IllegalStateException if no client is open
     */
    public void prestatie(Wmo325Prestatie p) {
        Objects.requireNonNull(p, "prestatie is required");
        verwacht("prestatie", Stand.CLIENT);
        try {
            start(P325, "Prestatie");
            start(P325, "ProductReferentie");
            tekst(PIWMO, "ReferentieNummer", p.referentieNummer());
            tekst(PIWMO, "VorigReferentieNummer", p.vorigReferentieNummer());
            eind();
            tekst(P325, "ToewijzingNummer", Long.toString(p.toewijzingNummer()));
            tekst(P325, "ProductCategorie", p.productCategorie());
            tekst(P325, "ProductCode", p.productCode());
            start(P325, "ProductPeriode");
            datum(PIWMO, "Begindatum", p.begindatum());
            datum(PIWMO, "Einddatum", p.einddatum());
            eind();
            tekst(P325, "GeleverdVolume", Long.toString(p.geleverdVolume()));
            tekst(P325, "Eenheid", p.eenheid());
            tekst(P325, "ProductTarief", p.productTarief() == null ? null : p.productTarief().toString());
            start(P325, "IngediendBedrag");
            tekst(PIWMO, "Bedrag", Long.toString(p.ingediendBedragCent()));
            tekst(PIWMO, "DebetCredit", p.debetCredit());
            eind();
            retourCodes(p.retourCodes());
            eind();
        } catch (IOException e) {
            throw fout(e);
        }
        afgewezenMetTeken += p.ingediendBedragMetTeken();
        prestatiesVanClient++;
        aantalPrestaties++;
    }

    /**
     * Closes the last client and Clienten (if any were written), writes the DeclaratieAntwoord's RetourCodes and
     * closes the DeclaratieAntwoord. Checks TR342 first (see the class comment).
     *
     * @param retourCodes at least one: {@code 8001} (fully accepted), {@code 0200} (only prestaties rejected), or
     *                    the code of a rejection of the declaration as a whole
     * @throws IllegalStateException outside a DeclaratieAntwoord, if the last client has no prestatie, or if the
     *                               totals do not match the written prestaties (TR342)
     */
    public void eindDeclaratie(List<String> retourCodes) {
        List<String> codes = codes(retourCodes, "DeclaratieAntwoord");
        verwacht("eindDeclaratie", Stand.DECLARATIE, Stand.CLIENT);
        if (stand == Stand.CLIENT && prestatiesVanClient == 0) {
            throw zonderPrestatie();
        }
        controleerTr342();
        try {
            if (stand == Stand.CLIENT) {
                sluitClient();
            }
            if (clientenOpen) {
                eind();
                clientenOpen = false;
            }
            retourCodes(codes);
            eind();
        } catch (IOException e) {
            throw fout(e);
        }
        stand = Stand.DECLARATIE_KLAAR;
    }

    /**
     * Ends the document and flushes it to the stream (which stays open). Does nothing when already closed.
     *
     * @throws IllegalStateException if the message is incomplete (no header, or a DeclaratieAntwoord that was
     *                               not ended); the output written so far is then not a valid WMO325
     */
    @Override
    public void close() {
        Stand was = stand;
        if (was == Stand.GESLOTEN) {
            return;
        }
        stand = Stand.GESLOTEN;
        if (was == Stand.KAPOT) {
            stilSluiten();
            return;
        }
        if (was != Stand.ZONDER_DECLARATIE && was != Stand.DECLARATIE_KLAAR) {
            stilSluiten();
            throw new IllegalStateException("WMO325 closed while incomplete (" + uitleg(was)
                    + "); the output is not a valid message and must be discarded");
        }
        try {
            eind();
            schrijf(NL);
            leeg();
            uit.flush();
        } catch (IOException e) {
            throw fout(e);
        }
    }

    /** @return the number of clients written so far */
    public long aantalClienten() {
        return aantalClienten;
    }

    /** @return the number of (rejected) prestaties written so far */
    public long aantalPrestaties() {
        return aantalPrestaties;
    }

    // ---------------------------------------------------------------- guards

    private void verwacht(String aanroep, Stand... toegestaan) {
        for (Stand s : toegestaan) {
            if (stand == s) {
                return;
            }
        }
        throw new IllegalStateException(aanroep + "() not allowed now: " + uitleg(stand));
    }

    private static String uitleg(Stand s) {
        return switch (s) {
            case NIEUW -> "the Header is not written yet, call kop() first";
            case KOP -> "after the Header comes beginDeclaratie() or zonderDeclaratie()";
            case ZONDER_DECLARATIE -> "the message has no DeclaratieAntwoord, only close() may follow";
            case DECLARATIE -> "inside the DeclaratieAntwoord: client() or eindDeclaratie() comes next";
            case CLIENT -> "a Client is open: prestatie(), client() or eindDeclaratie() comes next";
            case DECLARATIE_KLAAR -> "the DeclaratieAntwoord is ended, only close() may follow";
            case GESLOTEN -> "the writer is closed";
            case KAPOT -> "an earlier write failed, the writer is unusable";
        };
    }

    private IllegalStateException zonderPrestatie() {
        return new IllegalStateException("Client " + bsn + " has no prestatie; Prestaties needs at least one"
                + " (a client rejected as a whole lists its prestaties with 0233)");
    }

    /** TR342: Σ IngediendBedrag (rejected prestaties) = TotaalIngediendBedrag − TotaalToegekendBedrag. */
    private void controleerTr342() {
        long verschil = ingediendMetTeken - toegekendMetTeken;
        if (aantalPrestaties > 0) {
            if (afgewezenMetTeken != verschil) {
                throw new IllegalStateException("TR342: the rejected prestaties of declaratie " + declaratieNummer
                        + " add up to " + afgewezenMetTeken + " cent (debet +, credit -), but TotaalIngediendBedrag"
                        + " - TotaalToegekendBedrag = " + verschil + " cent");
            }
        } else if (toegekendMetTeken != ingediendMetTeken && toegekendMetTeken != 0) {
            throw new IllegalStateException("TR342: declaratie " + declaratieNummer + " has no rejected prestatie,"
                    + " so TotaalToegekendBedrag must equal TotaalIngediendBedrag (fully accepted) or be 0"
                    + " (rejected as a whole), not " + toegekendMetTeken + " of " + ingediendMetTeken + " cent");
        }
    }

    /** Checks and copies a RetourCodes list: not null, at least one code, no null codes. */
    static List<String> codes(List<String> codes, String waar) {
        Objects.requireNonNull(codes, "retourCodes of " + waar + " are required");
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("RetourCodes of " + waar + " need at least one code");
        }
        return List.copyOf(codes);
    }

    static void nietNegatief(long waarde, String naam) {
        if (waarde < 0) {
            throw new IllegalArgumentException(naam + " must not be negative: " + waarde);
        }
    }

    static void debetCredit(String dc, String naam) {
        if (!"D".equals(dc) && !"C".equals(dc)) {
            throw new IllegalArgumentException(naam + " must be D or C: " + dc);
        }
    }

    private static long metTeken(long cent, String dc) {
        return "C".equals(dc) ? -cent : cent;
    }

    // ---------------------------------------------------------------- writing

    private void sluitClient() throws IOException {
        if (prestatiesVanClient == 0) {
            throw zonderPrestatie();
        }
        eind(); // Prestaties
        retourCodes(clientCodes);
        eind(); // Client
        clientCodes = null;
    }

    private void identificatie(String naam, String identificatie, LocalDate dagtekening) throws IOException {
        start(P325, naam);
        tekst(PIWMO, "Identificatie", identificatie);
        datum(PIWMO, "Dagtekening", dagtekening);
        eind();
    }

    private void xsdVersie(String naam, String basisschema, String bericht) throws IOException {
        start(P325, naam);
        tekst(PIWMO, "BasisschemaXsdVersie", basisschema);
        tekst(PIWMO, "BerichtXsdVersie", bericht);
        eind();
    }

    private void retourCodes(List<String> codes) throws IOException {
        start(P325, "RetourCodes");
        for (String code : codes) {
            tekst(P325, "RetourCode", code);
        }
        eind();
    }

    /**
     * Starts a line: CR/LF and one tab per open element. Like {@code XMLStreamWriter}, the {@code >} of a start
     * tag waits for whatever comes next, so that a message closed while incomplete (or cut off by a failing stream)
     * ends with the same bytes as before.
     */
    private void inspringen() throws IOException {
        if (starttagOpen) {
            teken('>');
            starttagOpen = false;
        }
        schrijf(INSPRINGEN[diepte]);
    }

    /** NL followed by 0, 1, 2 … tabs: one copy per line instead of one per tab (the same characters). */
    private static final String[] INSPRINGEN = new String[MAX_DIEPTE + 1];

    static {
        for (int i = 0; i < INSPRINGEN.length; i++) {
            INSPRINGEN[i] = NL + "\t".repeat(i);
        }
    }

    private void start(String prefix, String naam) throws IOException {
        inspringen();
        starttag(prefix, naam);
    }

    /** Writes {@code <prefix:naam} and opens the element; the {@code >} follows with the next line. */
    private void starttag(String prefix, String naam) throws IOException {
        teken('<');
        naam(prefix, naam);
        openPrefixen[diepte] = prefix;
        openNamen[diepte] = naam;
        diepte++;
        starttagOpen = true;
    }

    private void eind() throws IOException {
        diepte--;
        inspringen();
        eindtag(openPrefixen[diepte], openNamen[diepte]);
    }

    /** Writes a text-only element; does nothing if the value is null. */
    private void tekst(String prefix, String naam, String waarde) throws IOException {
        if (waarde == null) {
            return;
        }
        inspringen();
        teken('<');
        naam(prefix, naam);
        teken('>');
        tekstInhoud(waarde);
        eindtag(prefix, naam);
    }

    private void eindtag(String prefix, String naam) throws IOException {
        teken('<');
        teken('/');
        naam(prefix, naam);
        teken('>');
    }

    private void naam(String prefix, String naam) throws IOException {
        schrijf(prefix);
        teken(':');
        schrijf(naam);
    }

    /**
     * Writes element text escaped as {@code XMLStreamWriter.writeCharacters} did: only {@code &}, {@code <} and
     * {@code >} become entities; quotes, CR, LF, tab and every other character (control characters included) pass
     * unchanged.
     */
    private void tekstInhoud(String waarde) throws IOException {
        if (zonderEscapes(waarde)) {
            schrijf(waarde); // the usual case: ASCII without & < >, one byte per char
            return;
        }
        for (int i = 0, n = waarde.length(); i < n; i++) {
            char c = waarde.charAt(i);
            switch (c) {
                case '&' -> schrijf("&amp;");
                case '<' -> schrijf("&lt;");
                case '>' -> schrijf("&gt;");
                default -> teken(c);
            }
        }
    }

    private static boolean zonderEscapes(String waarde) {
        for (int i = 0, n = waarde.length(); i < n; i++) {
            char c = waarde.charAt(i);
            if (c >= 0x80 || c == '&' || c == '<' || c == '>') {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes markup: names, prefixes, entities, line breaks, all ASCII, so every char is one byte. When it fits in
     * the buffer and no surrogate is waiting it is copied straight in; otherwise char by char, so that a full
     * buffer or a waiting surrogate is handled exactly as in {@link #teken(char)}.
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low byte of each char, exactly right for ASCII
    private void schrijf(String markup) throws IOException {
        int n = markup.length();
        if (surrogaat == 0 && n <= buffer.length - gevuld) {
            markup.getBytes(0, n, buffer, gevuld); // a block copy, not a loop over charAt
            gevuld += n;
        } else {
            for (int i = 0; i < n; i++) {
                teken(markup.charAt(i));
            }
        }
    }

    /**
     * Encodes one UTF-16 char as the JDK's {@code UTF8OutputStreamWriter} (behind {@code XMLStreamWriter}) did:
     * a surrogate waits for the next char, and the two always become one 4-byte sequence. For a proper pair that
     * is plain UTF-8; an unpaired surrogate swallows the char after it, even the {@code <} of the end tag, where
     * {@code String.getBytes} would write {@code ?}. Kept so that the bytes stay the same for every input; the
     * XSD check before sending refuses such a message either way.
     */
    private void teken(char c) throws IOException {
        if (surrogaat != 0) {
            int code = (((surrogaat & 0x3FF) << 10) | (c & 0x3FF)) + 0x10000;
            octet(0xF0 | (code >> 18));
            octet(0x80 | ((code >> 12) & 0x3F));
            octet(0x80 | ((code >> 6) & 0x3F));
            octet(0x80 | (code & 0x3F));
            surrogaat = 0;
        } else if (c < 0x80) {
            octet(c);
        } else if (c < 0x800) {
            octet(0xC0 | (c >> 6));
            octet(0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            surrogaat = c;
        } else {
            octet(0xE0 | (c >> 12));
            octet(0x80 | ((c >> 6) & 0x3F));
            octet(0x80 | (c & 0x3F));
        }
    }

    /**
     * Buffers one byte as {@code BufferedOutputStream.write(int)} did, which the StAX writer was fed byte by byte
     * through: the stream gets whole blocks of {@value #BUFFER} bytes, in the same calls as before, so a failing
     * stream fails at the same point.
     */
    private void octet(int b) throws IOException {
        if (gevuld == buffer.length) {
            leeg();
        }
        buffer[gevuld++] = (byte) b;
    }

    /** Hands the buffered bytes to the stream; after a failure they stay buffered, as in BufferedOutputStream. */
    private void leeg() throws IOException {
        if (gevuld > 0) {
            uit.write(buffer, 0, gevuld);
            gevuld = 0;
        }
    }

    /** Writes an ISO date ({@code yyyy-MM-dd}, no zone). */
    private void datum(String prefix, String naam, LocalDate datum) throws IOException {
        tekst(prefix, naam, datum.toString());
    }

    /** Marks the writer unusable and turns a failed write into an unchecked exception. */
    private UncheckedIOException fout(IOException e) {
        stand = Stand.KAPOT;
        return new UncheckedIOException("Cannot write WMO325", e);
    }

    /** Hands what was written so far to the stream, as closing the StAX writer did, ignoring failures. */
    private void stilSluiten() {
        try {
            leeg();
            uit.flush();
        } catch (IOException e) {
            // the output is already unusable; the caller learns that from the exception being thrown
        }
    }
}
