package nl.regio.wmo.application.sepa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The pain.001.001.09 file: schema-valid, right counts and sums, same bytes for the same order. */
class Pain001SchrijverTest {

  private final Pain001Schrijver schrijver = new Pain001Schrijver();

  private static List<String> teksten(Document doc, String element) {
    NodeList nodes = doc.getElementsByTagNameNS(Pain001Schrijver.NAMESPACE, element);
    List<String> teksten = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      teksten.add(nodes.item(i).getTextContent());
    }
    return teksten;
  }

  private static Element eerste(Element ouder, String element) {
    return (Element) ouder.getElementsByTagNameNS(Pain001Schrijver.NAMESPACE, element).item(0);
  }

  private static List<Element> transacties(Document doc) {
    NodeList nodes = doc.getElementsByTagNameNS(Pain001Schrijver.NAMESPACE, "CdtTrfTxInf");
    List<Element> lijst = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      lijst.add((Element) nodes.item(i));
    }
    return lijst;
  }

  @Test
  @DisplayName("a file with 3 providers is valid against the official pain.001.001.09 XSD")
  void drieAanbiedersZijnGeldig() {
    assertEquals(List.of(), Pain001Xsd.valideer(schrijver.schrijf(Betaalopdrachten.drie())));
  }

  @Test
  @DisplayName("the XSD check is real: a wrong code, a missing element and a DOCTYPE are reported")
  void xsdControleWerkt() {
    String xml = new String(schrijver.schrijf(Betaalopdrachten.drie()), StandardCharsets.UTF_8);
    List<String> fouten = Pain001Xsd.valideer(
        xml.replace("<ChrgBr>SLEV</ChrgBr>", "<ChrgBr>SHAR2</ChrgBr>").getBytes(StandardCharsets.UTF_8));
    assertTrue(fouten.stream().anyMatch(f -> f.contains("SHAR2")), fouten::toString);
    fouten = Pain001Xsd.valideer(xml.replaceFirst("<MsgId>[^<]*</MsgId>", "").getBytes(StandardCharsets.UTF_8));
    assertTrue(fouten.stream().anyMatch(f -> f.contains("MsgId")), fouten::toString);
    String metDoctype =
        xml.replaceFirst("\\?>", "?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
    assertTrue(metDoctype.contains("DOCTYPE"));
    fouten = Pain001Xsd.valideer(metDoctype.getBytes(StandardCharsets.UTF_8));
    assertTrue(fouten.stream().anyMatch(f -> f.contains("DOCTYPE")), fouten::toString);
  }

  @Test
  @DisplayName("NbOfTxs and CtrlSum at group and PmtInf level match the hand-computed 3 and 1235555.55")
  void aantallenEnControletotalen() {
    Document doc = Pain001Xsd.dom(schrijver.schrijf(Betaalopdrachten.drie()));
    // 0.01 + 1234567.89 + 987.65 = 1235555.55
    assertEquals(List.of("3", "3"), teksten(doc, "NbOfTxs"));
    assertEquals(List.of("1235555.55", "1235555.55"), teksten(doc, "CtrlSum"));
    assertEquals(List.of("0.01", "1234567.89", "987.65"), teksten(doc, "InstdAmt"));
    BigDecimal som = teksten(doc, "InstdAmt").stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(new BigDecimal(teksten(doc, "CtrlSum").get(0)), som);
    assertEquals(123_555_555L, Betaalopdrachten.drie().totaalCent());
  }

  @Test
  @DisplayName("amounts are written with exactly two decimals")
  void tweeDecimalen() {
    assertEquals("0.01", Pain001Schrijver.euro(1).toPlainString());
    assertEquals("1.00", Pain001Schrijver.euro(100).toPlainString());
    assertEquals("10.50", Pain001Schrijver.euro(1050).toPlainString());
    assertEquals("1234567.89", Pain001Schrijver.euro(123_456_789).toPlainString());
    assertEquals("999999999.99", Pain001Schrijver.euro(Betaling.MAX_BEDRAG_CENT).toPlainString());
  }

  @Test
  @DisplayName("the SEPA fixed values: batch booking, TRF, SvcLvl SEPA, SLEV, EUR, execution date, ids")
  void vasteWaarden() {
    byte[] xml = schrijver.schrijf(Betaalopdrachten.drie());
    Document doc = Pain001Xsd.dom(xml);
    assertEquals(Pain001Schrijver.NAMESPACE, doc.getDocumentElement().getNamespaceURI());
    assertEquals("Document", doc.getDocumentElement().getLocalName());
    assertEquals(List.of("WMO-AFR-000042"), teksten(doc, "MsgId"));
    assertEquals(List.of("WMO-AFR-000042"), teksten(doc, "PmtInfId"));
    assertEquals(List.of("2026-11-23T09:30:15+01:00"), teksten(doc, "CreDtTm"));
    assertEquals(List.of("true"), teksten(doc, "BtchBookg"));
    assertEquals(List.of("TRF"), teksten(doc, "PmtMtd"));
    assertEquals(List.of("SEPA"), teksten(doc, "Cd"));
    assertEquals(List.of("SLEV"), teksten(doc, "ChrgBr"));
    assertEquals(List.of("2026-11-25"), teksten(doc, "Dt"));
    assertEquals(1, doc.getElementsByTagNameNS(Pain001Schrijver.NAMESPACE, "PmtInf").getLength());
    assertEquals(List.of("WMO-AFR-000042-98000011", "WMO-AFR-000042-98000022", "WMO-AFR-000042-98000033"),
        teksten(doc, "EndToEndId"));
    assertEquals(List.of("Wmo afrekening 2026-10 run 42 AGB 98000011", "Wmo afrekening 2026-10 run 42 AGB 98000022",
        "Wmo afrekening 2026-10 run 42 AGB 98000033"), teksten(doc, "Ustrd"));
    for (Element tx : transacties(doc)) {
      assertEquals("EUR", eerste(tx, "InstdAmt").getAttribute("Ccy"));
    }
    Element dbtrAcct = (Element) doc.getElementsByTagNameNS(Pain001Schrijver.NAMESPACE, "DbtrAcct").item(0);
    assertEquals("NL14BNGH0285001234", eerste(dbtrAcct, "IBAN").getTextContent());
  }

  @Test
  @DisplayName("a creditor without BIC gets no CdtrAgt; one with BIC gets BICFI")
  void bicOptioneel() {
    List<Element> txs = transacties(Pain001Xsd.dom(schrijver.schrijf(Betaalopdrachten.drie())));
    assertEquals(null, eerste(txs.get(0), "CdtrAgt"));
    assertEquals("RABONL2U", eerste(eerste(txs.get(1), "CdtrAgt"), "BICFI").getTextContent());
    assertEquals("COBADEFFXXX", eerste(eerste(txs.get(2), "CdtrAgt"), "BICFI").getTextContent());
    assertEquals("NL20INGB0001234567", eerste(eerste(txs.get(0), "CdtrAcct"), "IBAN").getTextContent());
    assertEquals("Zorg Thuis B.V.", eerste(eerste(txs.get(0), "Cdtr"), "Nm").getTextContent());
  }

  @Test
  @DisplayName("a region account without BIC gets DbtrAgt/FinInstnId/Othr/Id NOTPROVIDED and stays valid")
  void betalerZonderBic() {
    Betaalopdracht opdracht = new Betaalopdracht("WMO-AFR-000043", Betaalopdrachten.AANGEMAAKT,
        Betaalopdrachten.UITVOERDATUM, new Rekeninghouder("Regio Wmo Zuid", "NL14BNGH0285001234", null),
        Betaalopdrachten.DRIE);
    byte[] xml = schrijver.schrijf(opdracht);
    assertEquals(List.of(), Pain001Xsd.valideer(xml));
    Element dbtrAgt = (Element) Pain001Xsd.dom(xml)
        .getElementsByTagNameNS(Pain001Schrijver.NAMESPACE, "DbtrAgt").item(0);
    assertEquals("NOTPROVIDED", eerste(eerste(dbtrAgt, "Othr"), "Id").getTextContent());
  }

  @Test
  @DisplayName("same order, same bytes; a different creation time changes only CreDtTm")
  void deterministisch() {
    byte[] eerste = schrijver.schrijf(Betaalopdrachten.drie());
    byte[] tweede = new Pain001Schrijver().schrijf(Betaalopdrachten.drie());
    assertArrayEquals(eerste, tweede);
    Betaalopdracht later = new Betaalopdracht("WMO-AFR-000042", LocalDateTime.of(2026, 7, 1, 8, 0),
        Betaalopdrachten.UITVOERDATUM, Betaalopdrachten.REGIO, Betaalopdrachten.DRIE);
    String anders = new String(schrijver.schrijf(later), StandardCharsets.UTF_8);
    assertTrue(anders.contains("<CreDtTm>2026-07-01T08:00:00+02:00</CreDtTm>"), anders);
    assertEquals(new String(eerste, StandardCharsets.UTF_8).replace("2026-11-23T09:30:15+01:00",
        "2026-07-01T08:00:00+02:00"), anders);
  }

  @Test
  @DisplayName("UTF-8 bytes with an XML declaration, no BOM, no namespace prefix")
  void utf8MetDeclaratie() {
    byte[] xml = schrijver.schrijf(Betaalopdrachten.drie());
    String tekst = new String(xml, StandardCharsets.UTF_8);
    assertTrue(tekst.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), tekst.substring(0, 60));
    assertTrue(tekst.contains("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">"));
    assertTrue(xml[0] == '<');
  }

  @Test
  @DisplayName("long and special-character names are transliterated, cut to 70 and still schema-valid")
  void bijzondereNamen() {
    String lang = "Stichting Zorg & Welzijn 's-Hertogenbosch – Thuisbegeleiding, Dagbesteding en Ambulante "
        + "Ondersteuning";
    Betaalopdracht opdracht = new Betaalopdracht("WMO-AFR-000044", Betaalopdrachten.AANGEMAAKT,
        Betaalopdrachten.UITVOERDATUM, Betaalopdrachten.REGIO, List.of(
            Betaalopdrachten.betaling("E2E-1", "Zorgcoöperatie Ĳsselmonde “De Brug”", "NL20INGB0001234567", 12_34,
                "Wmo afrekening 2026-10 run 42 AGB 98000011"),
            Betaalopdrachten.betaling("E2E-2", lang, "NL44RABO0123456789", 5_00,
                "Wmo afrekening 2026-10 run 42 AGB 98000022"),
            Betaalopdrachten.betaling("E2E-3", "Müller Straße Pflegedienst Çağrı Ærø", "DE89370400440532013000",
                1, "Wmo afrekening 2026-10 run 42 AGB 98000033")));
    byte[] xml = schrijver.schrijf(opdracht);
    assertEquals(List.of(), Pain001Xsd.valideer(xml));
    List<String> namen = teksten(Pain001Xsd.dom(xml), "Nm");
    assertEquals("Zorgcooperatie IJsselmonde 'De Brug'", namen.get(2));
    String verwacht = "Stichting Zorg + Welzijn 's-Hertogenbosch - Thuisbegeleiding, Dagbeste";
    assertEquals(70, verwacht.length());
    assertEquals(verwacht, namen.get(3));
    assertEquals("Muller Strasse Pflegedienst Cagri AEro", namen.get(4));
    String tekst = new String(xml, StandardCharsets.UTF_8);
    assertTrue(tekst.chars().allMatch(c -> c < 128), "only ASCII in the file");
  }
}
