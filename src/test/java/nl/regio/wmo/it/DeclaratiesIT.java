package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regio.wmo.interfaces.iwmo.IwmoSchemas;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declarations end to end on the deployed war: WMO323 in (REST, pre-flight, file drop), WMO325 out
 * with the retourcodes of the rules, valid against the project's WMO325 schema. Every test makes its
 * own client and toewijzing (VG licht at De Werkplaats, 2 dagdelen a week, regional tariff 39,00).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeclaratiesIT {

  private static final String AANBIEDER = "aanbieder-98000022";
  private static final Path INBOX = Path.of("target/it-inbox/declaraties");
  private static final Path OUTBOX = Path.of("target/it-outbox/declaraties");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("wmo.war", "target/wmo-settlement.war")));
  }

  @ArquillianResource URL url;

  private Api api;
  private String bsn;
  private long toewijzing;
  private String run;

  @BeforeEach
  void toewijzing() {
    api = new Api(url);
    run = Long.toString(System.nanoTime(), 36).toUpperCase();
    bsn = BeschikkingenIT.nieuweBsn();
    long client = api.post("consulent", "/api/clienten", """
        {"bsn":"%s","achternaam":"Declaratietest","geboortedatum":"1970-01-01","gemeenteCode":"0356"}""".formatted(bsn))
        .verwacht(201).json().getJsonNumber("id").longValue();
    toewijzing = api.post("consulent", "/api/beschikkingen", """
        {"clientId":%d,"productCode":"07C01","leveringsvorm":"ZIN","aanbiederAgbCode":"98000022","ingangsdatum":"2026-01-01",
         "einddatum":"2026-12-31","volumePerWeek":2}""".formatted(client)).verwacht(201).json().getJsonNumber("toewijzingNummer").longValue();
  }

  private Wmo323Maker oktober(String nummer) {
    return new Wmo323Maker("98000022", "0356", nummer, "2026-10-01", "2026-10-31");
  }

  private static List<String> codes(String xml, String referentie) {
    Matcher m = Pattern.compile("<iwmo:ReferentieNummer>" + referentie + "</iwmo:ReferentieNummer>.*?<wmo325:RetourCodes>(.*?)</wmo325:RetourCodes>",
        Pattern.DOTALL).matcher(xml);
    assertTrue(m.find(), "prestatie " + referentie + " staat in de WMO325:\n" + xml);
    return Pattern.compile("<wmo325:RetourCode>(\\w+)</wmo325:RetourCode>").matcher(m.group(1)).results().map(r -> r.group(1)).toList();
  }

  private static void geldig325(String xml) {
    assertEquals(List.of(), IwmoSchemas.valideer("WMO325", xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void volledigGoedgekeurdDanCreditEnNieuwDebet_OP366() {
    // October 2026 touches 5 ISO weeks: at most 2 x 5 = 10 dagdelen
    String xml = oktober("A" + run).debet(bsn, "R" + run + "1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 10, "16", 3900L, 39000).xml();
    Api.Antwoord a = api.postXml(AANBIEDER, "/api/declaraties", xml).verwacht(200);
    geldig325(a.body());
    assertTrue(a.body().contains("<wmo325:RetourCode>8001</wmo325:RetourCode>"), a.body());
    assertTrue(a.body().matches("(?s).*<wmo325:TotaalToegekendBedrag>\\s*<iwmo:TotaalBedrag>39000</iwmo:TotaalBedrag>.*"), a.body());

    // the same period again without a credit: TR389; and more than allowed: TR321
    String dubbel = oktober("B" + run).debet(bsn, "R" + run + "2", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 11, "16", 3900L, 42900).xml();
    String b = api.postXml(AANBIEDER, "/api/declaraties", dubbel).verwacht(200).body();
    geldig325(b);
    assertEquals(List.of("9321", "9389"), codes(b, "R" + run + "2").stream().sorted().toList());

    // credit first, then the corrected debit, in one message (credits are processed first)
    String correctie = oktober("C" + run)
        .debet(bsn, "R" + run + "4", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 8, "16", 3900L, 31200)
        .credit(bsn, "R" + run + "3", "R" + run + "1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 10, "16", 3900L, 39000)
        .xml();
    String c = api.postXml(AANBIEDER, "/api/declaraties", correctie).verwacht(200).body();
    geldig325(c);
    assertTrue(c.contains("<wmo325:RetourCode>8001</wmo325:RetourCode>"), c);
    // toegekend: -390,00 + 312,00 = -78,00 (credit)
    assertTrue(c.matches("(?s).*<wmo325:TotaalToegekendBedrag>\\s*<iwmo:TotaalBedrag>7800</iwmo:TotaalBedrag>\\s*<iwmo:DebetCredit>C</iwmo:DebetCredit>.*"), c);

    // crediting the same debit twice: TR390
    String nogmaals = oktober("D" + run)
        .credit(bsn, "R" + run + "5", "R" + run + "1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 10, "16", 3900L, 39000).xml();
    assertEquals(List.of("9390"), codes(api.postXml(AANBIEDER, "/api/declaraties", nogmaals).verwacht(200).body(), "R" + run + "5"));
  }

  @Test
  void prestatieregelsGevenHunRetourcode() {
    String xml = oktober("E" + run)
        .debet(bsn, "R" + run + "1", 999_999_999L, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800)
        .debet(bsn, "R" + run + "2", toewijzing, "07", "07C02", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800)
        .debet(bsn, "R" + run + "3", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 4100L, 8200)
        .debet(bsn, "R" + run + "4", toewijzing, "07", "07C01", "2026-10-02", "2026-10-31", 2, "16", 3900L, 7900)
        .debet(BeschikkingenIT.nieuweBsn(), "R" + run + "5", toewijzing, "07", "07C01", "2026-09-01", "2026-09-30", 2, "16", 3900L, 7800)
        .xml();
    String antwoord = api.postXml(AANBIEDER, "/api/declaraties", xml).verwacht(200).body();
    geldig325(antwoord);
    assertEquals(List.of("9338"), codes(antwoord, "R" + run + "1"));
    assertEquals(List.of("9340"), codes(antwoord, "R" + run + "2"));
    assertEquals(List.of("0611"), codes(antwoord, "R" + run + "3"));
    assertEquals(List.of("9346", "9387"), codes(antwoord, "R" + run + "4").stream().sorted().toList());
    // September declared late in October is allowed (TR319); the BSN is not the toewijzing's client (TR304)
    assertEquals(List.of("8187"), codes(antwoord, "R" + run + "5"));

    // the same ReferentieNummer again: TR314
    String opnieuw = oktober("F" + run).debet(bsn, "R" + run + "3", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800).xml();
    assertEquals(List.of("8021"), codes(api.postXml(AANBIEDER, "/api/declaraties", opnieuw).verwacht(200).body(), "R" + run + "3"));

    // explained in words
    JsonObject uitleg = api.get(AANBIEDER, "/api/declaraties/E" + run + "/regels/R" + run + "3").verwacht(200).json();
    assertFalse(uitleg.getBoolean("goedgekeurd"));
    assertEquals("0611", uitleg.getJsonArray("retourcodes").getJsonObject(0).getString("code"));
    assertTrue(uitleg.getString("toelichting").contains("Contracttarief € 39,00"), uitleg.toString());
    assertTrue(uitleg.getString("toelichting").contains("5 weken"), uitleg.toString());
  }

  @Test
  void berichtfoutenEnDubbeleNummers() {
    // TR358: the total is not the sum of the lines -> 0001, no DeclaratieAntwoord
    String fout = oktober("G" + run).debet(bsn, "R" + run + "1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800)
        .totaal(7801).xml();
    String a = api.postXml(AANBIEDER, "/api/declaraties", fout).verwacht(200).body();
    geldig325(a);
    assertTrue(a.contains("<wmo325:RetourCode>0001</wmo325:RetourCode>"), a);
    assertFalse(a.contains("DeclaratieAntwoord"), a);

    String goed = oktober("H" + run).debet(bsn, "R" + run + "2", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800).xml();
    api.postXml(AANBIEDER, "/api/declaraties", goed).verwacht(200);
    // the same message again: the stored answer, nothing counted twice
    Api.Antwoord herhaald = api.postXml(AANBIEDER, "/api/declaraties", goed).verwacht(200);
    assertEquals("true", herhaald.raw().headers().firstValue("X-Herhaald").orElse(""));
    // another message with the same DeclaratieNummer: TR333
    String zelfdeNummer = oktober("H" + run).debet(bsn, "R" + run + "3", toewijzing, "07", "07C01", "2026-11-01", "2026-11-30", 2, "16", 3900L, 7800).xml()
        .replace("2026-10-01</iwmo:Begindatum><iwmo:Einddatum>2026-10-31</iwmo:Einddatum></wmo323:DeclaratiePeriode>",
            "2026-11-01</iwmo:Begindatum><iwmo:Einddatum>2026-11-30</iwmo:Einddatum></wmo323:DeclaratiePeriode>");
    String b = api.postXml(AANBIEDER, "/api/declaraties", zelfdeNummer).verwacht(200).body();
    assertTrue(b.contains("<wmo325:RetourCode>9333</wmo325:RetourCode>"), b);
    JsonObject lijst = api.get(AANBIEDER, "/api/declaraties?periode=2026-10&grootte=500").verwacht(200).json();
    assertEquals(1, lijst.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("declaratieNummer").equals("H" + run)).count());
  }

  @Test
  void afzenderMoetDeBellerZijnEnVijandigeInvoerGeeftGeenWmo325() {
    String andere = new Wmo323Maker("98000011", "0356", "I" + run, "2026-10-01", "2026-10-31")
        .debet(bsn, "R" + run + "1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800).xml();
    api.postXml(AANBIEDER, "/api/declaraties", andere).verwacht(403);
    api.postXml("financien1", "/api/declaraties", andere).verwacht(403);

    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
    Api.Antwoord a = api.postXml(AANBIEDER, "/api/declaraties", xxe).verwacht(400);
    assertTrue(a.contentType().startsWith("application/problem+json"));
    assertFalse(a.body().contains("root:"), "the entity is never expanded");
    api.postXml(AANBIEDER, "/api/declaraties", "<wmo323:Bericht xmlns:wmo323=\"http://www.istandaarden.nl/iwmo/3_2/wmo323/schema\">").verwacht(400);
  }

  @Test
  void preflightSlaatNietsOp() {
    String xml = oktober("J" + run).debet(bsn, "R" + run + "1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 12, "16", 3900L, 46800).xml();
    String a = api.postXml(AANBIEDER, "/api/declaraties/controle", xml).verwacht(200).body();
    assertEquals(List.of("9321"), codes(a, "R" + run + "1"));
    assertEquals(0, api.get(AANBIEDER, "/api/declaraties?grootte=500").verwacht(200).json().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("declaratieNummer").equals("J" + run)).count());
    // and the real submission afterwards is judged the same
    assertEquals(List.of("9321"), codes(api.postXml(AANBIEDER, "/api/declaraties", xml).verwacht(200).body(), "R" + run + "1"));
  }

  @Test
  void bestandInDeInboxGeeftWmo325InDeOutbox() throws Exception {
    String xml = oktober("K" + run).debet(bsn, "R" + run + "1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 10, "16", 3900L, 39000).xml();
    Files.createDirectories(INBOX);
    Path tmp = INBOX.resolveSibling("K" + run + ".tmp");
    Files.writeString(tmp, xml);
    Files.move(tmp, INBOX.resolve("K" + run + ".xml"));
    Path antwoord = OUTBOX.resolve("K" + run + ".wmo325.xml");
    Instant grens = Instant.now().plus(Duration.ofSeconds(60));
    while (!Files.exists(antwoord) && Instant.now().isBefore(grens)) {
      Thread.sleep(200); // polling for the route's result, bounded
    }
    assertTrue(Files.exists(antwoord), "WMO325 in de outbox");
    String wmo325 = Files.readString(antwoord);
    geldig325(wmo325);
    assertTrue(wmo325.contains("<wmo325:RetourCode>8001</wmo325:RetourCode>"), wmo325);
    Path archief = INBOX.resolve("verwerkt/K" + run + ".xml");
    while (!Files.exists(archief) && Instant.now().isBefore(grens)) {
      Thread.sleep(200);
    }
    assertTrue(Files.exists(archief), "the original is archived");

    Files.writeString(INBOX.resolve("L" + run + ".xml"), "niet eens xml");
    Path reden = INBOX.resolve("fout/L" + run + ".xml.reden.txt");
    while (!Files.exists(reden) && Instant.now().isBefore(grens)) {
      Thread.sleep(200);
    }
    assertTrue(Files.exists(reden), "a refused file goes aside with its reason");
    Path apart = INBOX.resolve("fout/L" + run + ".xml");
    while (!Files.exists(apart) && Instant.now().isBefore(grens)) {
      Thread.sleep(200);
    }
    assertTrue(Files.exists(apart), "the refused original is kept for inspection");
  }
}
