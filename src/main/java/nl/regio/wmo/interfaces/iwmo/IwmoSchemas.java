package nl.regio.wmo.interfaces.iwmo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The official iWmo 3.2 XML schemas, loaded from the classpath, and validation of messages against them.
 *
 * <p>The XSDs are carried unchanged under {@code xsd/iwmo/3.2/} on the classpath. A message schema such as
 * {@code WMO301.xsd} imports the basisschema with {@code schemaLocation="basisschema.xsd"}; that import is
 * resolved by an {@link LSResourceResolver} that serves only resources below {@code xsd/iwmo/3.2/} on the
 * classpath. Every other access is refused: secure processing is on and
 * {@link XMLConstants#ACCESS_EXTERNAL_DTD} / {@link XMLConstants#ACCESS_EXTERNAL_SCHEMA} are {@code ""}, so
 * no file, http or jar URL is ever opened by the XML machinery itself.
 *
 * <p>Compiled {@link Schema} objects are cached per schema name and are thread-safe; a new {@link Validator}
 * and parser are created for every validation, so {@link #valideer(String, byte[])} may be called
 * concurrently.
 *
 * <p>To add a message, put its XSD next to the others and add one entry to {@link #SCHEMA_BESTANDEN}.
 *
 * <p>Large messages (a WMO325 with many rejected prestaties, a WMO323 of up to 25 MB) are validated with
 * {@link #valideer(String, InputStream)}, which streams the document through the validator instead of holding
 * it in memory. For input from outside, {@link #valideer(String, InputStream, int)} also bounds the number of
 * errors kept, so a hostile file cannot make the error list grow without limit.
 */
public final class IwmoSchemas {

    /** Schema name of the toewijzing message. */
    public static final String WMO301 = "WMO301";

    /**
     * Schema name of the declaratie-antwoord message. Its XSD is not an official file but written by us from the
     * XSD overview and the iJw twin JW325.xsd (see the comment at the top of {@code WMO325.xsd}).
     */
    public static final String WMO325 = "WMO325";

    /** Schema name of the declaratie message (provider → municipality); the official WMO323.xsd. */
    public static final String WMO323 = "WMO323";

    /** Classpath folder (without leading slash) that holds the iWmo 3.2 XSDs. */
    static final String XSD_MAP = "xsd/iwmo/3.2/";

    /**
     * Synthetic, hierarchical base URI under which the schemas are compiled. It only serves to resolve
     * relative {@code schemaLocation}s in {@link KlassepadResolver}; nothing is ever fetched from it.
     */
    static final String BASIS_URI = "classpath:/" + XSD_MAP;

    /** Schema name → XSD file in {@code xsd/iwmo/3.2/}. */
    private static final Map<String, String> SCHEMA_BESTANDEN = Map.of(
            WMO301, "WMO301.xsd",
            WMO323, "WMO323.xsd",
            WMO325, "WMO325.xsd");

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    /** Xerces feature that makes any DOCTYPE a fatal error. */
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    /** Xerces property for the language of error messages; English keeps them stable across machines. */
    private static final String LOCALE = "http://apache.org/xml/properties/locale";

    private IwmoSchemas() {
    }

    /** @return the schema names this class knows, e.g. {@code WMO301} */
    public static Set<String> schemaNamen() {
        return SCHEMA_BESTANDEN.keySet();
    }

    /**
     * Returns the compiled schema for a message, loading and caching it on first use.
     *
     * @param schemaNaam schema name, e.g. {@value #WMO301}
     * @return the thread-safe compiled schema
     * @throws IllegalArgumentException if the name is unknown
     * @throws IllegalStateException if the XSD cannot be compiled (missing resource, refused import, ...)
     */
    public static Schema schema(String schemaNaam) {
        String bestand = SCHEMA_BESTANDEN.get(schemaNaam);
        if (bestand == null) {
            throw new IllegalArgumentException("Unknown iWmo schema '" + schemaNaam + "', known: " + schemaNamen());
        }
        return CACHE.computeIfAbsent(schemaNaam, naam -> laad(bestand));
    }

    /**
     * Validates a message against the named schema and reports every problem, not only the first.
     *
     * <p>The message is parsed with DOCTYPE declarations forbidden: a message that contains one is reported
     * as an error and its DTD (and any entity in it) is never processed. Malformed XML is reported as an
     * error as well; this method does not throw for bad input.
     *
     * @param schemaNaam schema name, e.g. {@value #WMO301}
     * @param xml        the message bytes (encoding taken from the XML declaration, UTF-8 by default)
     * @return the errors, each as {@code "regel L, kolom K: message"}; empty if the message is valid
     * @throws IllegalArgumentException if the schema name is unknown
     */
    public static List<String> valideer(String schemaNaam, byte[] xml) {
        try {
            return valideer(schemaNaam, new ByteArrayInputStream(xml));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an in-memory message", e);
        }
    }

    /**
     * Validates a message read from a stream, with the same rules and error format as
     * {@link #valideer(String, byte[])}. The document is streamed through the validator (SAX), so its size is not
     * limited by the heap. The caller owns and closes the stream (the JDK parser may already close it at the end).
     *
     * @param schemaNaam schema name, e.g. {@value #WMO325}
     * @param xml        the message (encoding taken from the XML declaration, UTF-8 by default)
     * @return the errors, each as {@code "regel L, kolom K: message"}; empty if the message is valid
     * @throws IllegalArgumentException if the schema name is unknown
     * @throws IOException if reading the stream fails
     */
    public static List<String> valideer(String schemaNaam, InputStream xml) throws IOException {
        return valideer(schemaNaam, xml, Integer.MAX_VALUE);
    }

    /**
     * As {@link #valideer(String, InputStream)}, but stops once {@code maxFouten} errors have been collected: the
     * list then holds those errors plus one line {@code "validatie afgebroken na N fouten"}. This bounds memory and
     * time on hostile input.
     *
     * @param schemaNaam schema name, e.g. {@value #WMO323}
     * @param xml        the message (encoding taken from the XML declaration, UTF-8 by default)
     * @param maxFouten  the most errors to collect before stopping, at least 1
     * @return the errors, each as {@code "regel L, kolom K: message"}; empty if the message is valid
     * @throws IllegalArgumentException if the schema name is unknown or {@code maxFouten < 1}
     * @throws IOException if reading the stream fails
     */
    public static List<String> valideer(String schemaNaam, InputStream xml, int maxFouten) throws IOException {
        if (maxFouten < 1) {
            throw new IllegalArgumentException("maxFouten must be at least 1, was " + maxFouten);
        }
        FoutVerzamelaar fouten = new FoutVerzamelaar(maxFouten);
        try {
            XMLReader reader = veiligeParser();
            reader.setErrorHandler(fouten);
            Validator validator = validator(schemaNaam);
            validator.setErrorHandler(fouten);
            validator.validate(new SAXSource(reader, new InputSource(xml)));
        } catch (SAXParseException e) {
            fouten.voegToe(e); // fatal error, usually already reported through the handler
        } catch (TeVeelFouten e) {
            fouten.voegToe(afgebroken(maxFouten));
        } catch (SAXException e) {
            fouten.voegToe(onbekendePlek(e));
        }
        return fouten.lijst();
    }

    /**
     * A new validator for the named schema, as {@link #valideer(String, InputStream, int)} uses it: no external
     * access, English messages where supported. Also for a caller that wants the validated SAX events themselves
     * (with a {@code SAXResult}, to read the message in the same pass) from a {@link #veiligeParser()}; it can word
     * its errors as {@code valideer} does with {@link #fout}, {@link #afgebroken} and {@link #onbekendePlek}.
     *
     * @throws IllegalArgumentException if the schema name is unknown
     */
    static Validator validator(String schemaNaam) throws SAXException {
        Validator validator = schema(schemaNaam).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        probeer(() -> validator.setProperty(LOCALE, Locale.ENGLISH));
        // The iWmo schemas declare no identity constraints (xs:unique, xs:key, xs:keyref) and no xs:ID/xs:IDREF
        // (IwmoSchemasTest checks this): the validator's bookkeeping for them, per element, checks nothing here and
        // was a tenth of the time of validating a declaration.
        probeer(() -> validator.setFeature(IDENTITEITSBEPERKINGEN, false));
        probeer(() -> validator.setFeature(ID_IDREF, false));
        return validator;
    }

    private static final String IDENTITEITSBEPERKINGEN = "http://apache.org/xml/features/validation/identity-constraint-checking";
    private static final String ID_IDREF = "http://apache.org/xml/features/validation/id-idref-checking";

    /** An error or fatal error as {@link #valideer} reports it: {@code "regel L, kolom K: message"}. */
    static String fout(SAXParseException e) {
        return "regel " + e.getLineNumber() + ", kolom " + e.getColumnNumber() + ": " + e.getMessage();
    }

    /** The last line {@link #valideer(String, InputStream, int)} adds when it stopped at {@code maxFouten}. */
    static String afgebroken(int maxFouten) {
        return "validatie afgebroken na " + maxFouten + " fouten";
    }

    /** A failure without a position that stopped validation, as {@link #valideer} reports it. */
    static String onbekendePlek(SAXException e) {
        return "regel ?, kolom ?: " + e.getMessage();
    }

    private static Schema laad(String bestand) {
        String systemId = BASIS_URI + bestand;
        byte[] xsd = KlassepadResolver.lees(XSD_MAP + bestand);
        if (xsd == null) {
            throw new IllegalStateException("XSD not on the classpath: " + XSD_MAP + bestand);
        }
        try {
            return veiligeSchemaFactory(new KlassepadResolver())
                    .newSchema(new StreamSource(new ByteArrayInputStream(xsd), systemId));
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot compile " + systemId + ": " + e.getMessage(), e);
        }
    }

    /**
     * A schema factory with secure processing and no external access at all: imports and includes are only
     * found through {@code resolver}.
     */
    static SchemaFactory veiligeSchemaFactory(LSResourceResolver resolver) throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setResourceResolver(resolver);
        return factory;
    }

    /**
     * The parser every validation here reads with: namespace-aware, secure processing, any DOCTYPE a fatal error,
     * no external entities or DTDs, English messages.
     */
    static XMLReader veiligeParser() throws SAXException {
        try {
            return reader(veiligeFabriek());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK SAX parser lacks a required security feature", e);
        }
    }

    /**
     * A {@link #veiligeParser()} with the named schema's validator inside it: its events are the validated ones and
     * its errors include the XSD errors, worded as {@link #validator} words them (the same JDK validator). Unlike
     * a {@code Validator} over a parser, nothing goes through SAX between the two (no second symbol table, no
     * re-built names), and the validator keeps no post-schema-validation infoset (nothing here reads it) and, as
     * {@link #validator}, no identity-constraint or ID bookkeeping. Together about a third of the time of validating.
     * An element nested deeper than {@code maxDiepte} is a fatal error of the parser, so the validator never sees it.
     *
     * @throws IllegalArgumentException if the schema name is unknown
     */
    static XMLReader valideerendeParser(String schemaNaam, int maxDiepte) throws SAXException {
        try {
            SAXParserFactory spf = veiligeFabriek();
            spf.setSchema(schema(schemaNaam));
            spf.setFeature(IDENTITEITSBEPERKINGEN, false);
            spf.setFeature(ID_IDREF, false);
            spf.setFeature(PSVI, false);
            XMLReader reader = reader(spf);
            reader.setProperty(MAX_DIEPTE, String.valueOf(maxDiepte));
            return reader;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK SAX parser lacks a required security or validation feature", e);
        }
    }

    private static final String PSVI = "http://apache.org/xml/features/validation/schema/augment-psvi";
    /** The JDK parser's limit on element nesting (JAXP), a fatal error beyond it. */
    private static final String MAX_DIEPTE = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private static SAXParserFactory veiligeFabriek() throws ParserConfigurationException, SAXException {
        SAXParserFactory spf = SAXParserFactory.newDefaultInstance();
        spf.setNamespaceAware(true);
        spf.setValidating(false);
        spf.setXIncludeAware(false);
        spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        spf.setFeature(DISALLOW_DOCTYPE, true);
        spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        spf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return spf;
    }

    private static XMLReader reader(SAXParserFactory spf) throws ParserConfigurationException, SAXException {
        XMLReader reader = spf.newSAXParser().getXMLReader();
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        probeer(() -> reader.setProperty(LOCALE, Locale.ENGLISH));
        return reader;
    }

    private interface SaxActie {
        void voerUit() throws SAXNotRecognizedException, SAXNotSupportedException;
    }

    /** Sets an optional, purely cosmetic property; ignores parsers that do not know it. */
    private static void probeer(SaxActie actie) {
        try {
            actie.voerUit();
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // message language stays the JVM default
        }
    }

    /** Thrown by {@link FoutVerzamelaar} to stop validation once enough errors have been collected. */
    private static final class TeVeelFouten extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Collects errors and fatal errors with their position; warnings are not errors and are ignored. Stops
     * validation (by throwing {@link TeVeelFouten}) once {@code max} errors have been collected.
     */
    private static final class FoutVerzamelaar implements ErrorHandler {
        private final List<String> fouten = new ArrayList<>();
        private final int max;
        private SAXParseException laatste;

        FoutVerzamelaar(int max) {
            this.max = max;
        }

        @Override
        public void warning(SAXParseException e) {
            // not an error: the message is still schema-valid
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            voegToe(e);
            if (fouten.size() >= max) {
                throw new TeVeelFouten();
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            voegToe(e);
            throw e; // the document cannot be read further
        }

        void voegToe(SAXParseException e) {
            if (e == laatste) {
                return;
            }
            laatste = e;
            fouten.add(fout(e));
        }

        void voegToe(String fout) {
            fouten.add(fout);
        }

        List<String> lijst() {
            return Collections.unmodifiableList(fouten);
        }
    }

    /**
     * Resolves {@code xs:import}/{@code xs:include} schemaLocations against {@link #BASIS_URI} and serves
     * them from the classpath. Anything that resolves outside {@code xsd/iwmo/3.2/} (another scheme, an absolute
     * URL, {@code ../} escapes) or does not exist gets {@code null}, which, with
     * {@code ACCESS_EXTERNAL_SCHEMA=""}, makes schema compilation fail instead of fetching anything.
     */
    static final class KlassepadResolver implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId,
                String baseURI) {
            String pad = klassepad(systemId, baseURI);
            if (pad == null) {
                return null;
            }
            byte[] inhoud = lees(pad);
            if (inhoud == null) {
                return null;
            }
            return new Invoer(publicId, "classpath:/" + pad, new ByteArrayInputStream(inhoud));
        }

        /** @return the classpath path (no leading slash) below {@code xsd/iwmo/3.2/}, or null if not allowed */
        static String klassepad(String systemId, String baseURI) {
            if (systemId == null) {
                return null;
            }
            try {
                URI basis = new URI(baseURI != null && baseURI.startsWith(BASIS_URI) ? baseURI : BASIS_URI);
                URI doel = basis.resolve(new URI(systemId)).normalize();
                String tekst = doel.toString();
                if (!"classpath".equals(doel.getScheme()) || !tekst.startsWith(BASIS_URI)) {
                    return null;
                }
                String pad = doel.getPath().substring(1);
                return pad.contains("..") ? null : pad;
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }

        static byte[] lees(String pad) {
            ClassLoader cl = IwmoSchemas.class.getClassLoader();
            try (InputStream in = cl.getResourceAsStream(pad)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read classpath resource " + pad, e);
            }
        }
    }

    /** Minimal {@link LSInput} carrying an in-memory byte stream. */
    private static final class Invoer implements LSInput {
        private String publicId;
        private String systemId;
        private String baseURI;
        private InputStream byteStream;

        Invoer(String publicId, String systemId, InputStream byteStream) {
            this.publicId = publicId;
            this.systemId = systemId;
            this.byteStream = byteStream;
        }

        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader characterStream) { }
        @Override public InputStream getByteStream() { return byteStream; }
        @Override public void setByteStream(InputStream byteStream) { this.byteStream = byteStream; }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String systemId) { this.systemId = systemId; }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String publicId) { this.publicId = publicId; }
        @Override public String getBaseURI() { return baseURI; }
        @Override public void setBaseURI(String baseURI) { this.baseURI = baseURI; }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
