package nl.regio.wmo.interfaces.iwmo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Test data and XPath helpers shared by the WMO325 tests. */
final class Wmo325Berichten {

    static final LocalDate DAGTEKENING = LocalDate.of(2025, 2, 10);
    static final LocalDate DAGTEKENING_323 = LocalDate.of(2025, 2, 3);
    static final LocalDate BEGIN = LocalDate.of(2025, 1, 1);
    static final LocalDate EIND = LocalDate.of(2025, 1, 31);

    private Wmo325Berichten() {
    }

    /** A header from gemeente 0356 to AGB 12345678, answering 323 "D323-000042". */
    static Wmo325Kop kop(String... codes) {
        return new Wmo325Kop("0356", "12345678", "A325-000001", DAGTEKENING, "D323-000042", DAGTEKENING_323,
                "1.0.0", "1.0.0", List.of(codes));
    }

    /** A debet prestatie in hours (Eenheid 04) with tariff 6500 cent/hour: amount = volume × 6500. */
    static Wmo325Prestatie uren(String referentie, long toewijzing, long volume, String... codes) {
        return new Wmo325Prestatie(referentie, null, toewijzing, "02", "02A01", BEGIN, EIND, volume, "04", 6500L,
                volume * 6500, "D", List.of(codes));
    }

    static Document dom(byte[] xml) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse the message", e);
        }
    }

    static String tekst(Node context, String xpath) {
        try {
            return (String) xpath().evaluate(xpath, context, XPathConstants.STRING);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    static int aantal(Node context, String xpath) {
        try {
            return ((Double) xpath().evaluate("count(" + xpath + ")", context, XPathConstants.NUMBER)).intValue();
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    static List<String> teksten(Node context, String xpath) {
        try {
            NodeList nodes = (NodeList) xpath().evaluate(xpath, context, XPathConstants.NODESET);
            String[] uit = new String[nodes.getLength()];
            for (int i = 0; i < uit.length; i++) {
                uit[i] = nodes.item(i).getTextContent();
            }
            return List.of(uit);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    static byte[] resource(String pad) {
        try (InputStream in = Wmo325Berichten.class.getClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + pad);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XPath xpath() {
        XPath xp = XPathFactory.newDefaultInstance().newXPath();
        xp.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "wmo325" -> Wmo325Schrijver.NS_WMO325;
                    case "iwmo" -> Wmo325Schrijver.NS_IWMO;
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
        return xp;
    }
}
