package nl.regio.wmo.interfaces.iwmo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads iWmo 3.2 WMO323 declaration messages (provider → municipality) safely and in a streaming way.
 *
 * <p>Processing goes in three steps, each reading the message from a file:
 * <ol>
 * <li>{@link #buffer}: copy the incoming stream to a temporary file, refusing it as soon as it exceeds the
 * size limit (OP179, 25 MB by default) without reading the rest.</li>
 * <li>{@link #controleer}: transport checks, then XSD validation against {@code WMO323.xsd}. Throws
 * {@link Wmo323Afgekeurd} with every reason found.</li>
 * <li>{@link #lees}: StAX read of a message that passed {@code controleer}, handing the Kop and each Prestatie
 * to a {@link Wmo323Handler}.</li>
 * </ol>
 * {@link #controleerEnLees} does steps 2 and 3 together, with the same outcome but one parse of the body instead of
 * three (the handler then reads what comes out of the validator, which sits inside the parser); its caller must
 * discard what the handler got if the message is refused after all.
 *
 * <p><b>Transport checks</b> (step 1 of {@code controleer}). The file rules of iWmo (OP192, see
 * {@code domain/reference.md} §1.1) say: XML, UTF-8, <em>no BOM</em>. Therefore:
 * <ul>
 * <li>the file may not be larger than the size limit;</li>
 * <li>a byte order mark is refused: a UTF-8 BOM ({@code EF BB BF}) with a reason naming OP192, a UTF-16/32
 * BOM as "not UTF-8";</li>
 * <li>every byte sequence must be valid UTF-8 (strict: no overlong forms, no encoded surrogates, no truncated
 * sequence at the end); each bad sequence is reported with its line and column;</li>
 * <li>the XML declaration's {@code encoding}, when present, must be {@code UTF-8} (case-insensitive), and its
 * {@code version} {@code 1.0};</li>
 * <li>the document must be well-formed, with no DOCTYPE at all: a DTD is refused as soon as it is met, so
 * external entities (XXE) and entity expansion (billion laughs) never happen; nesting deeper than
 * {@value #MAX_DIEPTE} is refused too;</li>
 * <li>the root element must be {@code Bericht} in namespace {@value #NS_WMO323}, and its
 * {@code Header/BerichtCode} must be {@value #BERICHTCODE}, as WMO323.xsd demands.</li>
 * </ul>
 * All transport reasons are collected (up to {@value #MAX_REDENEN}); if there is any, the message is refused
 * without XSD validation, because validating something that is not a UTF-8 WMO323 only repeats the problem.
 * Otherwise step 2 validates against WMO323.xsd via {@link IwmoSchemas#valideer(String, InputStream, int)}.
 *
 * <p><b>Memory.</b> Nothing here builds a DOM or a list of prestaties: the UTF-8 check decodes in fixed-size
 * chunks, well-formedness and the header checks use a StAX cursor, XSD validation is SAX-driven, and
 * {@link #lees} keeps only the prestatie being read. Memory does not grow with the number of prestaties.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Wmo323Lezer {

    /** OP179: files should be at most 25 MB. */
    public static final long STANDAARD_MAX_BYTES = 25L * 1024 * 1024;

    /** Target namespace of WMO323.xsd. */
    public static final String NS_WMO323 = "http://www.istandaarden.nl/iwmo/3_2/wmo323/schema";

    /** Namespace of the iWmo 3.2 basisschema (BerichtIdentificatie, XsdVersie, periods and amounts). */
    public static final String NS_IWMO = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";

    /** The only BerichtCode WMO323.xsd allows (COD002-VEKTIS 484 = Wmo-declaratie). */
    public static final String BERICHTCODE = "484";

    /** At most this many reasons are reported; one more line says how many were left out. */
    static final int MAX_REDENEN = 100;

    /** Deepest element nesting accepted; a WMO323 is at most 8 deep (Bericht … ReferentieNummer). */
    static final int MAX_DIEPTE = 32;

    /** The reason for nesting deeper than {@link #MAX_DIEPTE}. */
    private static final String TE_DIEP = "elementen zijn dieper genest dan " + MAX_DIEPTE
            + " niveaus; een WMO323 is hooguit 8 diep";

    private static final int BUFFER = 8192;

    /** xs:date without time zone: an optional minus, 4 or more year digits, month and day; strict calendar. */
    private static final DateTimeFormatter XS_DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4, 9, SignStyle.NORMAL)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private final long maxBytes;

    /** A reader with the OP179 limit of {@value #STANDAARD_MAX_BYTES} bytes. */
    public Wmo323Lezer() {
        this(STANDAARD_MAX_BYTES);
    }

    /**
     * @param maxBytes the largest message accepted, in bytes; at least 1
     * @throws IllegalArgumentException if {@code maxBytes < 1}
     */
    public Wmo323Lezer(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** @return the largest message accepted, in bytes */
    public long maxBytes() {
        return maxBytes;
    }

    // ------------------------------------------------------------------------------------------------------
    // step 0: buffer
    // ------------------------------------------------------------------------------------------------------

    /**
     * Copies the input to a new temporary file in {@code dir} ({@code wmo323-*.xml}, readable by the owner
     * only on POSIX file systems).
     *
     * <p>Reads at most {@code maxBytes + 1} bytes: as soon as the input turns out to be larger than
     * {@code maxBytes} it stops reading, deletes the partial file and throws. The input stream is not closed.
     *
     * @param in  the incoming message
     * @param dir the folder for the temporary file; the caller deletes the returned file when done
     * @return the file holding the complete message
     * @throws Wmo323Afgekeurd if the input is larger than {@code maxBytes} ("groter dan … bytes", OP179)
     * @throws IOException     if reading or writing fails (the partial file is deleted)
     */
    public Path buffer(InputStream in, Path dir) throws IOException, Wmo323Afgekeurd {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(dir, "dir");
        Path doel = Files.createTempFile(dir, "wmo323-", ".xml");
        boolean gelukt = false;
        try (OutputStream uit = Files.newOutputStream(doel)) {
            byte[] buf = new byte[BUFFER];
            long totaal = 0;
            while (true) {
                long rest = maxBytes - totaal; // >= 0: one byte more than this proves the input is too large
                int max = rest >= buf.length ? buf.length : (int) rest + 1;
                int n = in.read(buf, 0, max);
                if (n < 0) {
                    break;
                }
                totaal += n;
                if (totaal > maxBytes) {
                    throw new Wmo323Afgekeurd(List.of(teGroot()));
                }
                uit.write(buf, 0, n);
            }
            gelukt = true;
        } finally {
            if (!gelukt) {
                Files.deleteIfExists(doel);
            }
        }
        return doel;
    }

    private String teGroot() {
        return "bericht is groter dan " + maxBytes + " bytes (OP179: een bestand is ten hoogste 25 MB)";
    }

    // ------------------------------------------------------------------------------------------------------
    // steps 1-2: controleer
    // ------------------------------------------------------------------------------------------------------

    /**
     * Transport checks, then XSD validation; see the class documentation for the checks.
     *
     * <p>Reads the file a few times in streaming passes and never loads it into memory.
     *
     * @param bericht the message file, e.g. from {@link #buffer}
     * @throws Wmo323Afgekeurd with all reasons found (each {@code "regel L, kolom C: …"} where known)
     * @throws IOException     if the file cannot be read
     */
    public void controleer(Path bericht) throws IOException, Wmo323Afgekeurd {
        controleerTransport(bericht, false);
        List<String> xsd = valideerXsd(bericht);
        if (!xsd.isEmpty()) {
            throw new Wmo323Afgekeurd(xsd);
        }
    }

    /**
     * The transport checks: size, BOM, UTF-8 and the StAX structure pass.
     *
     * @param totEindeHeader stop the structure pass after the Header when nothing was wrong up to there, because the
     *                       caller parses the rest itself and finds its structural problems (see
     *                       {@link #controleerEnLees}); false runs the pass over the whole message
     * @throws Wmo323Afgekeurd with every transport reason found
     */
    private void controleerTransport(Path bericht, boolean totEindeHeader) throws IOException, Wmo323Afgekeurd {
        long grootte = Files.size(bericht);
        if (grootte > maxBytes) {
            throw new Wmo323Afgekeurd(List.of(teGroot() + ": " + grootte + " bytes"));
        }
        Redenen redenen = new Redenen(MAX_REDENEN);
        int bom = controleerBom(bericht, redenen);
        if (bom < 0) {
            throw new Wmo323Afgekeurd(redenen.lijst()); // UTF-16/32: nothing further makes sense
        }
        controleerUtf8(bericht, bom, redenen);
        if (!redenen.vol()) {
            controleerStructuur(bericht, bom, redenen, totEindeHeader);
        }
        if (!redenen.isLeeg()) {
            throw new Wmo323Afgekeurd(redenen.lijst());
        }
    }

    private static List<String> valideerXsd(Path bericht) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(bericht), BUFFER)) {
            return IwmoSchemas.valideer(IwmoSchemas.WMO323, in, MAX_REDENEN);
        }
    }

    /**
     * Looks for a byte order mark.
     *
     * @return the number of BOM bytes to skip (0 or 3) for the following checks, or -1 for a UTF-16/32 BOM
     */
    private static int controleerBom(Path bericht, Redenen redenen) throws IOException {
        byte[] begin;
        try (InputStream in = Files.newInputStream(bericht)) {
            begin = in.readNBytes(4);
        }
        int b0 = begin.length > 0 ? begin[0] & 0xFF : -1;
        int b1 = begin.length > 1 ? begin[1] & 0xFF : -1;
        int b2 = begin.length > 2 ? begin[2] & 0xFF : -1;
        int b3 = begin.length > 3 ? begin[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            redenen.voegToe(1, 1, "bericht begint met een UTF-8 BOM (byte order mark EF BB BF); "
                    + "iWmo (OP192) schrijft UTF-8 zonder BOM voor");
            return 3;
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)
                || (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF)) {
            redenen.voegToe(1, 1, "bericht begint met een UTF-16/UTF-32 BOM; iWmo (OP192) schrijft UTF-8 "
                    + "zonder BOM voor");
            return -1;
        }
        return 0;
    }

    /** Strict UTF-8 check over the bytes after {@code overslaan}, reporting each bad sequence with its position. */
    private static void controleerUtf8(Path bericht, int overslaan, Redenen redenen) throws IOException {
        if (alleenAscii(bericht, overslaan)) {
            return; // every byte below 0x80: valid UTF-8, nothing to report (the usual message; no decoding needed)
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer tekens = CharBuffer.allocate(BUFFER);
        Positie positie = new Positie(); // counted from after a BOM, like the StAX pass
        try (SeekableByteChannel kanaal = Files.newByteChannel(bericht)) {
            kanaal.position(overslaan);
            boolean einde = false;
            while (!einde) {
                einde = kanaal.read(bytes) < 0;
                bytes.flip();
                while (true) {
                    CoderResult resultaat = decoder.decode(bytes, tekens, einde);
                    positie.tel(tekens);
                    if (resultaat.isOverflow()) {
                        continue;
                    }
                    if (resultaat.isError()) {
                        int lengte = resultaat.length();
                        StringBuilder hex = new StringBuilder();
                        for (int i = 0; i < lengte; i++) {
                            hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i)));
                        }
                        redenen.voegToe(positie.regel, positie.kolom, "ongeldige UTF-8-bytereeks " + hex
                                + (einde && bytes.remaining() == lengte ? " (afgebroken aan het einde)" : "")
                                + "; het bericht moet UTF-8 zijn (OP192)");
                        if (redenen.vol()) {
                            return;
                        }
                        bytes.position(bytes.position() + lengte);
                        positie.kolom++;
                        continue;
                    }
                    break; // underflow: needs more input
                }
                bytes.compact();
            }
            decoder.flush(tekens);
            positie.tel(tekens);
        }
    }

    /** Whether every byte after {@code overslaan} is below 0x80. */
    private static boolean alleenAscii(Path bericht, int overslaan) throws IOException {
        try (InputStream in = Files.newInputStream(bericht)) {
            in.skipNBytes(overslaan);
            byte[] buf = new byte[BUFFER * 8];
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] < 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * StAX pass: encoding declaration, well-formedness, no DTD, root element and BerichtCode. The bytes are
     * decoded as UTF-8 here whatever the declaration says (bad sequences become U+FFFD; they were reported
     * by {@link #controleerUtf8}), so a wrong declaration cannot change how the document is read.
     *
     * <p>With {@code totEindeHeader} the pass stops at the end of the Header if {@code redenen} is still empty and
     * the BerichtCode was checked: everything the pass looks at before the body (declaration, DOCTYPE, root,
     * BerichtCode) is then known to be right. Otherwise it goes on to the end, so every reason is found as without.
     */
    private static void controleerStructuur(Path bericht, int overslaan, Redenen redenen, boolean totEindeHeader)
            throws IOException {
        try (InputStream in = Files.newInputStream(bericht)) {
            in.skipNBytes(overslaan);
            Reader tekst = new InputStreamReader(new BufferedInputStream(in, BUFFER), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            XMLStreamReader reader = null;
            try {
                reader = veiligeStaxFactory().createXMLStreamReader(tekst);
                new StructuurControle(reader, redenen, totEindeHeader).voerUit();
            } catch (XMLStreamException e) {
                if (e.getNestedException() instanceof IOException io) {
                    throw io; // the file could not be read: not the sender's fault
                }
                redenen.voegToe(e.getLocation(), "XML is niet welgevormd: " + melding(e));
            } finally {
                sluit(reader);
            }
        }
    }

    /** The header checks of the StAX pass, as a small state machine over the cursor. */
    private static final class StructuurControle {
        private final XMLStreamReader reader;
        private final Redenen redenen;
        private final boolean totEindeHeader;
        private int diepte;
        private boolean wortelGoed;
        private boolean headerGezien;
        private boolean eersteInHeader;
        private boolean berichtCodeGecontroleerd;
        private StringBuilder berichtCode;
        private Location berichtCodePlek;

        StructuurControle(XMLStreamReader reader, Redenen redenen, boolean totEindeHeader) {
            this.reader = reader;
            this.redenen = redenen;
            this.totEindeHeader = totEindeHeader;
        }

        void voerUit() throws XMLStreamException {
            String encoding = reader.getCharacterEncodingScheme();
            if (encoding != null && !"UTF-8".equalsIgnoreCase(encoding)) {
                redenen.voegToe(1, 1, "de XML-declaratie noemt encoding \"" + kort(encoding, 40)
                        + "\"; een WMO323 moet UTF-8 zijn (OP192)");
            }
            String versie = reader.getVersion();
            if (versie != null && !"1.0".equals(versie)) {
                redenen.voegToe(1, 1, "de XML-declaratie noemt version \"" + kort(versie, 10)
                        + "\"; een WMO323 is XML 1.0");
            }
            while (reader.hasNext()) {
                int gebeurtenis = reader.next();
                switch (gebeurtenis) {
                    case XMLStreamConstants.DTD:
                        redenen.voegToe(reader.getLocation(), "bericht bevat een DOCTYPE-declaratie (DTD); DTD's en "
                                + "entiteiten zijn niet toegestaan en worden niet verwerkt");
                        return;
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        redenen.voegToe(reader.getLocation(), "entiteitsverwijzing &" + kort(reader.getLocalName(), 40)
                                + "; is niet toegestaan");
                        return;
                    case XMLStreamConstants.START_ELEMENT:
                        if (!begin()) {
                            return;
                        }
                        break;
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        if (berichtCode != null && berichtCode.length() <= BERICHTCODE.length()) {
                            berichtCode.append(reader.getTextCharacters(), reader.getTextStart(),
                                    Math.min(reader.getTextLength(), 8));
                        }
                        break;
                    case XMLStreamConstants.END_ELEMENT:
                        if (berichtCode != null && diepte == 3) {
                            controleerBerichtCode(berichtCode.toString());
                        }
                        diepte--;
                        if (totEindeHeader && diepte == 1 && berichtCodeGecontroleerd && redenen.isLeeg()) {
                            return; // the Header ended: only the first child of the root can hold the BerichtCode
                        }
                        break;
                    default:
                        break;
                }
            }
            if (wortelGoed && !berichtCodeGecontroleerd) {
                redenen.voegToe("Bericht/Header/BerichtCode ontbreekt; een WMO323 heeft BerichtCode " + BERICHTCODE);
            }
        }

        /** @return false to stop reading */
        private boolean begin() {
            diepte++;
            if (diepte > MAX_DIEPTE) {
                redenen.voegToe(reader.getLocation(), TE_DIEP);
                return false;
            }
            String ns = reader.getNamespaceURI();
            String naam = reader.getLocalName();
            if (diepte == 1) {
                wortelGoed = NS_WMO323.equals(ns) && "Bericht".equals(naam);
                if (!wortelGoed) {
                    redenen.voegToe(reader.getLocation(), "het root-element is " + kort(naam, 60) + " in namespace "
                            + (ns == null || ns.isEmpty() ? "(geen)" : kort(ns, 120)) + "; een WMO323 heeft root-element "
                            + "Bericht in namespace " + NS_WMO323);
                }
            } else if (wortelGoed && diepte == 2) {
                eersteInHeader = !headerGezien && NS_WMO323.equals(ns) && "Header".equals(naam);
                headerGezien = true;
            } else if (wortelGoed && diepte == 3 && eersteInHeader) {
                eersteInHeader = false;
                if (NS_WMO323.equals(ns) && "BerichtCode".equals(naam)) {
                    berichtCode = new StringBuilder();
                    berichtCodePlek = reader.getLocation();
                }
            } else if (berichtCode != null) {
                berichtCode.append('<'); // an element inside BerichtCode: never the expected code
            }
            return true;
        }

        private void controleerBerichtCode(String code) {
            berichtCodeGecontroleerd = true;
            berichtCode = null;
            if (!BERICHTCODE.equals(code)) {
                redenen.voegToe(berichtCodePlek, "BerichtCode is \"" + kort(code, 12) + "\"; een WMO323 heeft "
                        + "BerichtCode " + BERICHTCODE + " (WMO323.xsd)");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // step 3: lees
    // ------------------------------------------------------------------------------------------------------

    /**
     * Reads a message that passed {@link #controleer} and hands it to {@code handler}: {@link Wmo323Handler#kop}
     * once, when the Clienten begin, then {@link Wmo323Handler#prestatie} per Prestatie in document order.
     *
     * <p>Streaming: only the current prestatie's fields are held, never a list. The reader is namespace-aware
     * and independent of prefixes. It uses the same secure StAX settings as {@code controleer} (no DTD, no
     * external entities). It does not repeat the checks of {@code controleer}: on a message that did not pass
     * them it may throw halfway, after some calls to the handler.
     *
     * @param bericht the message file
     * @param handler receives the Kop and the Prestaties
     * @throws IOException if the file cannot be read, is not well-formed, or lacks or misformats a field that
     *                     WMO323.xsd requires; a runtime exception from the handler propagates unchanged
     */
    public void lees(Path bericht, Wmo323Handler handler) throws IOException {
        Objects.requireNonNull(handler, "handler");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(bericht), BUFFER)) {
            XMLStreamReader reader = null;
            try {
                reader = veiligeStaxFactory().createXMLStreamReader(in);
                leesCursor(reader, handler);
            } catch (XMLStreamException e) {
                throw new IOException("WMO323 kan niet gelezen worden: " + positie(e.getLocation()) + melding(e), e);
            } finally {
                sluit(reader);
            }
        }
    }

    /** Drives a {@link Leesstaat} with the events of a StAX cursor: the reading half of {@link #lees}. */
    private static void leesCursor(XMLStreamReader reader, Wmo323Handler handler) throws XMLStreamException, Leesfout {
        Leesstaat staat = new Leesstaat(handler, () -> positie(reader.getLocation()));
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD:
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw staat.fout("DTD's en entiteiten zijn niet toegestaan");
                case XMLStreamConstants.START_ELEMENT:
                    staat.begin(reader.getNamespaceURI(), reader.getLocalName());
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    staat.tekst(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    staat.einde();
                    break;
                default:
                    break;
            }
        }
        staat.klaar();
    }

    /**
     * A message {@link Leesstaat} cannot read: a field WMO323.xsd requires is missing or misformed. The message is
     * what {@link #lees} has always thrown; {@link #reden} is its position and problem on their own, which is how
     * {@link #controleerEnLees} reports it as a reason for refusal.
     */
    private static final class Leesfout extends IOException {
        private static final long serialVersionUID = 1L;

        private final String reden;

        Leesfout(String reden) {
            super("WMO323 kan niet gelezen worden: " + reden + " (is het bericht wel gecontroleerd?)");
            this.reden = reden;
        }
    }

    /**
     * The state of reading one message: the element path, the text of the current leaf and the fields. It is told
     * the elements and their text one event at a time, so the same field logic serves a StAX cursor
     * ({@link #leesCursor}) and the SAX events behind the validator ({@link Leespassage}); {@code plek} says where
     * the driver is, as {@code "regel L, kolom C: "}, for the error messages.
     */
    private static final class Leesstaat {

        /** Leaf elements whose text is needed, as "parent/name". */
        private static final Set<String> BLADEREN = Set.of(
                "Header/Afzender", "Header/Ontvanger",
                "BerichtIdentificatie/Identificatie", "BerichtIdentificatie/Dagtekening",
                "XsdVersie/BasisschemaXsdVersie", "XsdVersie/BerichtXsdVersie",
                "Declaratie/DeclaratieNummer", "DeclaratiePeriode/Begindatum", "DeclaratiePeriode/Einddatum",
                "Declaratie/DeclaratieDagtekening", "TotaalIngediendBedrag/TotaalBedrag",
                "TotaalIngediendBedrag/DebetCredit", "Client/Bsn",
                "ProductReferentie/ReferentieNummer", "ProductReferentie/VorigReferentieNummer",
                "Prestatie/ToewijzingNummer", "Prestatie/ProductCategorie", "Prestatie/ProductCode",
                "ProductPeriode/Begindatum", "ProductPeriode/Einddatum", "Prestatie/GeleverdVolume",
                "Prestatie/Eenheid", "Prestatie/ProductTarief", "IngediendBedrag/Bedrag",
                "IngediendBedrag/DebetCredit");

        /** {@link #BLADEREN} by parent, then name, to the "parent/name" key: no string is built per element. */
        private static final java.util.Map<String, java.util.Map<String, String>> BLADEREN_PER_OUDER;

        static {
            java.util.Map<String, java.util.Map<String, String>> perOuder = new java.util.HashMap<>();
            for (String blad : BLADEREN) {
                int streep = blad.indexOf('/');
                perOuder.computeIfAbsent(blad.substring(0, streep), o -> new java.util.HashMap<>())
                        .put(blad.substring(streep + 1), blad);
            }
            perOuder.replaceAll((ouder, namen) -> java.util.Map.copyOf(namen));
            BLADEREN_PER_OUDER = java.util.Map.copyOf(perOuder);
        }

        private final Wmo323Handler handler;
        private final Supplier<String> plek;
        private final String[] pad = new String[MAX_DIEPTE + 1];
        private int diepte;
        private final StringBuilder tekst = new StringBuilder();
        private boolean verzamel;
        private String blad; // the "parent/name" key of the leaf being collected, when verzamel

        // Kop
        private String afzender;
        private String ontvanger;
        private String identificatie;
        private LocalDate dagtekening;
        private String basisschemaXsdVersie;
        private String berichtXsdVersie;
        private String declaratieNummer;
        private LocalDate periodeBegin;
        private LocalDate periodeEind;
        private LocalDate declaratieDagtekening;
        private Long totaalBedrag;
        private String totaalDebetCredit;
        private boolean kopGemeld;

        // Client and the current Prestatie
        private String bsn;
        private int volgnummer;
        private String referentieNummer;
        private String vorigReferentieNummer;
        private Long toewijzingNummer;
        private String productCategorie;
        private String productCode;
        private LocalDate begindatum;
        private LocalDate einddatum;
        private Long geleverdVolume;
        private String eenheid;
        private Long productTarief;
        private Long ingediendBedrag;
        private String debetCredit;

        Leesstaat(Wmo323Handler handler, Supplier<String> plek) {
            this.handler = handler;
            this.plek = plek;
        }

        /** An element begins; {@code ns} is its namespace ({@code null} or empty for none). */
        void begin(String ns, String naam) throws Leesfout {
            if (diepte == 0 && !(NS_WMO323.equals(ns) && "Bericht".equals(naam))) {
                throw fout("het root-element is geen WMO323 Bericht");
            }
            String ouder = diepte == 0 ? "" : pad[diepte];
            diepte++;
            if (diepte > MAX_DIEPTE) {
                throw fout("elementen zijn dieper genest dan " + MAX_DIEPTE + " niveaus");
            }
            pad[diepte] = naam;
            java.util.Map<String, String> bladeren = BLADEREN_PER_OUDER.get(ouder);
            blad = bladeren == null ? null : bladeren.get(naam);
            verzamel = blad != null;
            tekst.setLength(0);
            if ("Declaratie".equals(ouder) && "Clienten".equals(naam)) {
                meldKop();
            } else if ("Prestaties".equals(ouder) && "Prestatie".equals(naam)) {
                nieuwePrestatie();
            }
        }

        /** Text of the current element, in one or more pieces. */
        void tekst(char[] tekens, int start, int lengte) {
            if (verzamel) {
                tekst.append(tekens, start, lengte);
            }
        }

        /** The current element ends. */
        void einde() throws Leesfout {
            String naam = pad[diepte];
            String ouder = diepte > 1 ? pad[diepte - 1] : "";
            if (verzamel) {
                verzamel = false;
                bewaar(blad, tekst.toString()); // the key begin() found for this element
                tekst.setLength(0);
            } else if ("Prestaties".equals(ouder) && "Prestatie".equals(naam)) {
                meldPrestatie();
            }
            diepte--;
        }

        /** The document ends. */
        void klaar() throws Leesfout {
            if (!kopGemeld) {
                throw fout("Declaratie/Clienten ontbreekt");
            }
        }

        private void bewaar(String sleutel, String waarde) throws Leesfout {
            switch (sleutel) {
                case "Header/Afzender" -> afzender = waarde;
                case "Header/Ontvanger" -> ontvanger = waarde;
                case "BerichtIdentificatie/Identificatie" -> identificatie = waarde;
                case "BerichtIdentificatie/Dagtekening" -> dagtekening = datum(waarde);
                case "XsdVersie/BasisschemaXsdVersie" -> basisschemaXsdVersie = waarde;
                case "XsdVersie/BerichtXsdVersie" -> berichtXsdVersie = waarde;
                case "Declaratie/DeclaratieNummer" -> declaratieNummer = waarde;
                case "DeclaratiePeriode/Begindatum" -> periodeBegin = datum(waarde);
                case "DeclaratiePeriode/Einddatum" -> periodeEind = datum(waarde);
                case "Declaratie/DeclaratieDagtekening" -> declaratieDagtekening = datum(waarde);
                case "TotaalIngediendBedrag/TotaalBedrag" -> totaalBedrag = geheel(waarde);
                case "TotaalIngediendBedrag/DebetCredit" -> totaalDebetCredit = waarde;
                case "Client/Bsn" -> bsn = waarde;
                case "ProductReferentie/ReferentieNummer" -> referentieNummer = waarde;
                case "ProductReferentie/VorigReferentieNummer" -> vorigReferentieNummer = waarde;
                case "Prestatie/ToewijzingNummer" -> toewijzingNummer = geheel(waarde);
                case "Prestatie/ProductCategorie" -> productCategorie = waarde;
                case "Prestatie/ProductCode" -> productCode = waarde;
                case "ProductPeriode/Begindatum" -> begindatum = datum(waarde);
                case "ProductPeriode/Einddatum" -> einddatum = datum(waarde);
                case "Prestatie/GeleverdVolume" -> geleverdVolume = geheel(waarde);
                case "Prestatie/Eenheid" -> eenheid = waarde;
                case "Prestatie/ProductTarief" -> productTarief = geheel(waarde);
                case "IngediendBedrag/Bedrag" -> ingediendBedrag = geheel(waarde);
                case "IngediendBedrag/DebetCredit" -> debetCredit = waarde;
                default -> throw new IllegalStateException("unhandled leaf " + sleutel); // BLADEREN and this switch differ
            }
        }

        private void meldKop() throws Leesfout {
            if (kopGemeld) {
                throw fout("Declaratie/Clienten komt meer dan eens voor");
            }
            Wmo323Kop kop = new Wmo323Kop(vereist(afzender, "Afzender"), vereist(ontvanger, "Ontvanger"),
                    vereist(identificatie, "BerichtIdentificatie/Identificatie"),
                    vereist(dagtekening, "BerichtIdentificatie/Dagtekening"),
                    vereist(basisschemaXsdVersie, "XsdVersie/BasisschemaXsdVersie"),
                    vereist(berichtXsdVersie, "XsdVersie/BerichtXsdVersie"),
                    vereist(declaratieNummer, "DeclaratieNummer"), vereist(periodeBegin, "DeclaratiePeriode/Begindatum"),
                    vereist(periodeEind, "DeclaratiePeriode/Einddatum"),
                    vereist(declaratieDagtekening, "DeclaratieDagtekening"),
                    vereist(totaalBedrag, "TotaalIngediendBedrag/TotaalBedrag"),
                    vereist(totaalDebetCredit, "TotaalIngediendBedrag/DebetCredit"));
            kopGemeld = true;
            handler.kop(kop);
        }

        private void nieuwePrestatie() throws Leesfout {
            if (!kopGemeld || bsn == null) {
                throw fout("Prestatie buiten Client");
            }
            referentieNummer = null;
            vorigReferentieNummer = null;
            toewijzingNummer = null;
            productCategorie = null;
            productCode = null;
            begindatum = null;
            einddatum = null;
            geleverdVolume = null;
            eenheid = null;
            productTarief = null;
            ingediendBedrag = null;
            debetCredit = null;
        }

        private void meldPrestatie() throws Leesfout {
            if (volgnummer == Integer.MAX_VALUE) {
                throw fout("te veel prestaties");
            }
            Wmo323Prestatie prestatie = new Wmo323Prestatie(volgnummer + 1, bsn,
                    vereist(referentieNummer, "ProductReferentie/ReferentieNummer"), vorigReferentieNummer,
                    vereist(toewijzingNummer, "ToewijzingNummer"), vereist(productCategorie, "ProductCategorie"),
                    vereist(productCode, "ProductCode"), vereist(begindatum, "ProductPeriode/Begindatum"),
                    vereist(einddatum, "ProductPeriode/Einddatum"), vereist(geleverdVolume, "GeleverdVolume"),
                    vereist(eenheid, "Eenheid"), productTarief, vereist(ingediendBedrag, "IngediendBedrag/Bedrag"),
                    vereist(debetCredit, "IngediendBedrag/DebetCredit"));
            volgnummer++;
            handler.prestatie(prestatie);
        }

        private <T> T vereist(T waarde, String naam) throws Leesfout {
            if (waarde == null) {
                throw fout(naam + " ontbreekt");
            }
            return waarde;
        }

        /** xs:integer: whitespace collapses, an optional sign and leading zeros are allowed. */
        private long geheel(String waarde) throws Leesfout {
            try {
                return Long.parseLong(waarde.trim());
            } catch (NumberFormatException e) {
                throw fout("geen geheel getal: \"" + kort(waarde.trim(), 30) + "\"");
            }
        }

        /** xs:date without time zone (LDT_Datum); whitespace collapses. */
        private LocalDate datum(String waarde) throws Leesfout {
            LocalDate snel = datumSnel(waarde);
            if (snel != null) {
                return snel;
            }
            try {
                return LocalDate.parse(waarde.trim(), XS_DATE);
            } catch (DateTimeParseException e) {
                throw fout("geen datum (JJJJ-MM-DD): \"" + kort(waarde.trim(), 30) + "\"");
            }
        }

        /**
         * The common form JJJJ-MM-DD without whitespace, without the formatter; null for anything else (also an
         * impossible date), which then goes the formatter's way with its error message.
         */
        private static LocalDate datumSnel(String w) {
            if (w.length() != 10 || w.charAt(4) != '-' || w.charAt(7) != '-') {
                return null;
            }
            int jaar = cijfers(w, 0, 4);
            int maand = cijfers(w, 5, 7);
            int dag = cijfers(w, 8, 10);
            if (jaar < 0 || maand < 1 || maand > 12 || dag < 1 || dag > java.time.YearMonth.of(jaar, maand).lengthOfMonth()) {
                return null;
            }
            return LocalDate.of(jaar, maand, dag);
        }

        private static int cijfers(String w, int van, int tot) {
            int waarde = 0;
            for (int i = van; i < tot; i++) {
                char c = w.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                waarde = waarde * 10 + (c - '0');
            }
            return waarde;
        }

        Leesfout fout(String wat) {
            return new Leesfout(plek.get() + wat);
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // steps 1-3 in one pass: controleerEnLees
    // ------------------------------------------------------------------------------------------------------

    /**
     * Does what {@link #controleer} and then {@link #lees} do, with the same outcome, but parses the body of the
     * message once instead of three times (structure pass, XSD validation, reading): the handler is fed from the SAX
     * events that come out of the WMO323.xsd validator.
     *
     * <p>In order:
     * <ol>
     * <li>size, BOM and UTF-8 as in {@code controleer};</li>
     * <li>the StAX structure pass, but only up to the end of the Header: XML declaration, DOCTYPE, root element and
     * namespace, BerichtCode. If anything is wrong up to there, the pass runs to the end as in {@code controleer},
     * and the message is refused with the same reasons;</li>
     * <li>one SAX parse with the validating parser of {@link IwmoSchemas#valideerendeParser} (secure processing,
     * no DOCTYPE, no external entities or DTDs, the WMO323.xsd validator inside it). An element deeper than
     * {@value #MAX_DIEPTE} is a fatal error of the parser before the validator sees it, worded by the structure
     * pass (below). Behind the validator the field logic of {@code lees} hands the Kop and the Prestaties to
     * {@code handler}, until the first XSD error: from then on the handler is not called, while validation goes
     * on to collect the reasons. At {@value #MAX_REDENEN} reasons the parse stops, and the structure pass runs
     * over the whole message, because a structural problem further on outweighs them, as in {@code controleer}.</li>
     * </ol>
     *
     * <p>The reasons are those of {@code controleer}. A structural problem in the body outweighs XSD errors, as in
     * {@code controleer} where the structure pass comes first. When the SAX parse meets a fatal error (not
     * well-formed, an entity reference, a parser limit), the reasons come from the StAX structure pass, run once
     * more over the whole message: the SAX parse only tells <em>that</em> the body is broken, because the two
     * parsers word some problems differently (an undeclared entity is a fatal error to SAX but a reason of its own
     * in the structure pass; the JDK's StAX reader words namespace errors as a bare message key). Only a refused
     * message gets this second pass. A message the XSD accepts but {@code lees} cannot read (a year of ten digits,
     * say) is refused with {@code lees}'s position and problem as the reason.
     *
     * <p><b>The handler may have been called before {@code Wmo323Afgekeurd} is thrown</b>: the Kop is handed over
     * when the Clienten begin and each Prestatie when it ends, valid so far, while an error further on still
     * refuses the whole message. The caller must then discard everything the handler received. Only when this
     * method returns normally has the handler seen exactly what {@code lees} would hand it.
     *
     * @param bericht the message file, e.g. from {@link #buffer}
     * @param handler receives the Kop and the Prestaties
     * @throws Wmo323Afgekeurd with every reason found, as {@link #controleer} would; void the handler's calls
     * @throws IOException     if the file cannot be read; a runtime exception from the handler propagates unchanged
     */
    public void controleerEnLees(Path bericht, Wmo323Handler handler) throws IOException, Wmo323Afgekeurd {
        Objects.requireNonNull(handler, "handler");
        controleerTransport(bericht, true);
        Leespassage passage = new Leespassage(handler);
        passage.voerUit(bericht);
        if (passage.fataal || passage.afgebroken) {
            Redenen redenen = new Redenen(MAX_REDENEN);
            controleerStructuur(bericht, 0, redenen, false); // no BOM: controleerTransport refuses one
            if (!redenen.isLeeg()) {
                throw new Wmo323Afgekeurd(redenen.lijst());
            }
        }
        if (!passage.xsdFouten.isEmpty()) {
            throw new Wmo323Afgekeurd(passage.xsdFouten); // also a fatal error the StAX pass did not see, as valideer
        }
        if (passage.leesfout != null) {
            throw new Wmo323Afgekeurd(List.of(passage.leesfout.reden));
        }
    }

    /** Stops the SAX pass once {@value #MAX_REDENEN} XSD errors are in. */
    private static final class Genoeg extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The SAX pass of {@link #controleerEnLees}: content handler behind the validator, driving a {@link Leesstaat},
     * and error handler of both parser and validator, collecting the errors as {@link IwmoSchemas#valideer} does.
     * What it found is left in its fields for the caller.
     */
    private static final class Leespassage extends DefaultHandler {
        private final Leesstaat staat;
        private Locator plek;
        /** Whether events still go to {@link #staat}: not after the first error, of the XSD or of the reading. */
        private boolean lezen = true;

        /** The XSD errors, and a fatal error, in the words and with the cap of {@link IwmoSchemas#valideer}. */
        private final List<String> xsdFouten = new ArrayList<>();
        /** The parser met a fatal error: the body is not well-formed or breaks a parser limit. */
        private boolean fataal;
        /** Stopped after {@value #MAX_REDENEN} XSD errors: whether the rest is well-formed is not known. */
        private boolean afgebroken;
        /** The first thing the reading could not handle, or null. */
        private Leesfout leesfout;

        Leespassage(Wmo323Handler handler) {
            this.staat = new Leesstaat(handler, () -> positie(plek.getLineNumber(), plek.getColumnNumber()));
        }

        void voerUit(Path bericht) throws IOException {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(bericht), BUFFER)) {
                // the validator sits inside the parser; nesting deeper than MAX_DIEPTE is a fatal error of the
                // parser, before the validator sees it, worded afterwards by the structure pass
                XMLReader parser = IwmoSchemas.valideerendeParser(IwmoSchemas.WMO323, MAX_DIEPTE);
                parser.setContentHandler(this);
                parser.setErrorHandler(this);
                parser.parse(new InputSource(in));
            } catch (Genoeg e) {
                afgebroken = true;
            } catch (SAXException e) {
                if (!fataal && xsdFouten.size() < MAX_REDENEN) {
                    xsdFouten.add(IwmoSchemas.onbekendePlek(e)); // as valideer: never accept what stopped the parse
                }
            }
        }

        // --- content handler, behind the validator ---

        @Override
        public void setDocumentLocator(Locator plek) {
            this.plek = plek;
        }

        @Override
        public void startElement(String ns, String naam, String qNaam, Attributes attributen) {
            if (lezen) {
                try {
                    staat.begin(ns, naam);
                } catch (Leesfout e) {
                    stop(e);
                }
            }
        }

        @Override
        public void characters(char[] tekens, int start, int lengte) {
            if (lezen) {
                staat.tekst(tekens, start, lengte);
            }
        }

        @Override
        public void endElement(String ns, String naam, String qNaam) {
            if (lezen) {
                try {
                    staat.einde();
                } catch (Leesfout e) {
                    stop(e);
                }
            }
        }

        @Override
        public void endDocument() {
            if (lezen) {
                try {
                    staat.klaar();
                } catch (Leesfout e) {
                    stop(e);
                }
            }
        }

        private void stop(Leesfout e) {
            leesfout = e;
            lezen = false;
        }

        // --- error handler, of parser and validator ---

        @Override
        public void warning(SAXParseException e) {
            // not an error: the message is still schema-valid
        }

        @Override
        public void error(SAXParseException e) throws Genoeg {
            lezen = false;
            xsdFouten.add(IwmoSchemas.fout(e));
            if (xsdFouten.size() == MAX_REDENEN) {
                // as valideer: no more validation. A structural problem further on still outweighs these errors,
                // as in controleer: the caller runs the structure pass over the rest
                xsdFouten.add(IwmoSchemas.afgebroken(MAX_REDENEN));
                throw new Genoeg();
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            fataal = true;
            if (xsdFouten.size() < MAX_REDENEN) {
                xsdFouten.add(IwmoSchemas.fout(e));
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // shared helpers
    // ------------------------------------------------------------------------------------------------------

    /**
     * The Afzender in the header of a message (its first {@value #KOP_BYTES} bytes, read with the same secure settings as
     * everything else here: no DTD, no entities), or empty when it has none there. Used before any check, to keep one
     * provider's files in order; a file without it is refused later with its reasons.
     */
    public static String afzenderUitKop(Path bericht) {
        try (InputStream in = Files.newInputStream(bericht)) {
            XMLStreamReader r = veiligeStaxFactory().createXMLStreamReader(new java.io.ByteArrayInputStream(in.readNBytes(KOP_BYTES)));
            try {
                int diepte = 0;
                while (r.hasNext()) {
                    int e = r.next();
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        diepte++;
                        if (diepte == 3 && "Afzender".equals(r.getLocalName())) {
                            return tekstZonderMeer(r);
                        }
                    } else if (e == XMLStreamConstants.END_ELEMENT && --diepte < 2) {
                        return ""; // the Header ended without an Afzender
                    }
                }
            } finally {
                sluit(r);
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // not readable as a WMO323 header: the checks say why
        }
        return "";
    }

    /** The element's text when it is only text (at most 20 characters, trimmed); else empty (an entity, say). */
    private static String tekstZonderMeer(XMLStreamReader r) throws XMLStreamException {
        StringBuilder tekst = new StringBuilder();
        while (true) {
            int e = r.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.SPACE) {
                tekst.append(r.getText());
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                String agb = tekst.toString().trim();
                return agb.length() <= 20 ? agb : "";
            } else {
                return "";
            }
        }
    }

    /** The Header of a WMO323 is well within this many bytes. */
    private static final int KOP_BYTES = 8192;

    /**
     * A StAX factory that never processes a DTD or fetches anything: DTD support off, external entities off,
     * entity references not replaced, external DTD/schema access empty, and a resolver that refuses everything.
     * The JDK's own implementation is used, whatever else is on the classpath.
     */
    static XMLInputFactory veiligeStaxFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("externe bronnen zijn niet toegestaan");
        });
        return factory;
    }

    private static void sluit(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // closing a cursor over a file we close ourselves; nothing to do
            }
        }
    }

    /** The parser's message without the JDK's "ParseError at [row,col]:[l,c] Message:" prefix. */
    private static String melding(XMLStreamException e) {
        String tekst = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return tekst.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[-?\\d+,-?\\d+\\]\\s*Message:\\s*", "").strip();
    }

    private static String positie(Location plek) {
        return plek == null ? "" : positie(plek.getLineNumber(), plek.getColumnNumber());
    }

    /** {@code "regel L, kolom C: "}, without the column if unknown, or empty if the line is unknown. */
    private static String positie(int regel, int kolom) {
        if (regel < 1) {
            return "";
        }
        return "regel " + regel + (kolom < 1 ? "" : ", kolom " + kolom) + ": ";
    }

    private static String kort(String tekst, int max) {
        if (tekst == null) {
            return "";
        }
        return tekst.length() <= max ? tekst : tekst.substring(0, max) + "…";
    }

    /** Line and column of the next character, counted as XML does (CR LF, CR and LF each end a line). */
    private static final class Positie {
        long regel = 1;
        long kolom = 1;
        private boolean naCr;

        void tel(CharBuffer tekens) {
            tekens.flip();
            while (tekens.hasRemaining()) {
                char c = tekens.get();
                if (c == '\n') {
                    if (!naCr) {
                        regel++;
                        kolom = 1;
                    }
                    naCr = false;
                } else if (c == '\r') {
                    regel++;
                    kolom = 1;
                    naCr = true;
                } else {
                    naCr = false;
                    if (!Character.isLowSurrogate(c)) {
                        kolom++;
                    }
                }
            }
            tekens.clear();
        }
    }

    /**
     * Reasons, capped at a maximum so a hostile file cannot make the list grow without bound, and listed by
     * position (reasons without one last), whichever pass found them.
     */
    private static final class Redenen {
        private record Reden(long regel, long kolom, String tekst) {
        }

        private static final java.util.Comparator<Reden> OP_POSITIE = java.util.Comparator
                .comparingLong(Reden::regel).thenComparingLong(Reden::kolom);

        private final List<Reden> lijst = new ArrayList<>();
        private final int max;
        private boolean afgekapt;

        Redenen(int max) {
            this.max = max;
        }

        void voegToe(long regel, long kolom, String reden) {
            voegToe(new Reden(regel, kolom, "regel " + regel + ", kolom " + kolom + ": " + reden));
        }

        void voegToe(Location plek, String reden) {
            if (plek == null || plek.getLineNumber() < 1) {
                voegToe(reden);
            } else {
                voegToe(new Reden(plek.getLineNumber(), Math.max(plek.getColumnNumber(), 0), positie(plek) + reden));
            }
        }

        void voegToe(String reden) {
            voegToe(new Reden(Long.MAX_VALUE, Long.MAX_VALUE, reden));
        }

        private void voegToe(Reden reden) {
            if (lijst.size() < max) {
                lijst.add(reden);
            } else {
                afgekapt = true;
            }
        }

        boolean vol() {
            return lijst.size() >= max;
        }

        boolean isLeeg() {
            return lijst.isEmpty();
        }

        List<String> lijst() {
            List<String> uit = new ArrayList<>();
            lijst.stream().sorted(OP_POSITIE).forEach(r -> uit.add(r.tekst()));
            if (afgekapt || vol()) {
                uit.add("controle afgebroken na " + max + " redenen");
            }
            return uit;
        }
    }
}
