package nl.regio.wmo.application.sepa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The official pain.001.001.09 XSD from the classpath, compiled and used with no external access at all: secure
 * processing on, {@code ACCESS_EXTERNAL_DTD} and {@code ACCESS_EXTERNAL_SCHEMA} empty, DOCTYPEs refused. The XSD
 * imports nothing, so no resolver is needed.
 */
public final class Pain001Xsd {

  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
  private static Schema schema;

  private Pain001Xsd() {}

  public static synchronized Schema schema() {
    if (schema == null) {
      try (InputStream in = Pain001Xsd.class.getClassLoader().getResourceAsStream(Pain001Schrijver.XSD)) {
        if (in == null) {
          throw new IllegalStateException("XSD not on the classpath: " + Pain001Schrijver.XSD);
        }
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        schema = factory.newSchema(new StreamSource(in, "classpath:/" + Pain001Schrijver.XSD));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SAXException e) {
        throw new IllegalStateException("Cannot compile " + Pain001Schrijver.XSD, e);
      }
    }
    return schema;
  }

  /** Every schema error in the document, as "regel L, kolom K: message"; empty if valid. */
  public static List<String> valideer(byte[] xml) {
    List<String> fouten = new ArrayList<>();
    ErrorHandler verzamelaar = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        fouten.add("regel " + e.getLineNumber() + ", kolom " + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        error(e);
        throw e;
      }
    };
    try {
      SAXParserFactory spf = SAXParserFactory.newDefaultInstance();
      spf.setNamespaceAware(true);
      spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      spf.setFeature(DISALLOW_DOCTYPE, true);
      XMLReader reader = spf.newSAXParser().getXMLReader();
      reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      Validator validator = schema().newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(verzamelaar);
      validator.validate(new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml))));
    } catch (SAXParseException e) {
      // already collected
    } catch (SAXException | ParserConfigurationException e) {
      fouten.add(e.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fouten;
  }

  /** The document as a namespace-aware DOM, parsed with DOCTYPEs refused. */
  static Document dom(byte[] xml) {
    try {
      DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
      dbf.setNamespaceAware(true);
      dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      dbf.setFeature(DISALLOW_DOCTYPE, true);
      return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
