package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.regio.wmo.interfaces.iwmo.IwmoSchemas;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

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
    return Deployments.war();
  }

  @ArquillianResource URL url;

  private Api api;
  private String bsn;
  private long clientId;
  private long toewijzing;
  private String run;

  @BeforeEach
  void toewijzing() {
    api = new Api(url);
    run = Long.toString(System.nanoTime(), 36).toUpperCase();
    bsn = BeschikkingenIT.nieuweBsn();
    clientId = api.post("consulent", "/api/clienten", """
        {"bsn":"%s","achternaam":"Declaratietest","geboortedatum":"1970-01-01","gemeenteCode":"0356"}""".formatted(bsn))
        .verwacht(201).json().getJsonNumber("id").longValue();
    toewijzing = api.post("consulent", "/api/beschikkingen", """
        {"clientId":%d,"productCode":"07C01","leveringsvorm":"ZIN","aanbiederAgbCode":"98000022","ingangsdatum":"2026-01-01",
         "einddatum":"2026-12-31","volumePerWeek":2}""".formatted(clientId)).verwacht(201).json().getJsonNumber("toewijzingNummer").longValue();
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

  /** The declaration with this number, as the provider's list shows it. */
  private JsonObject declaratie(String nummer) {
    List<JsonObject> gevonden = api.get(AANBIEDER, "/api/declaraties?grootte=500").verwacht(200).json().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("declaratieNummer").equals(nummer)).toList();
    assertEquals(1, gevonden.size(), "one declaration " + nummer);
    return gevonden.get(0);
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

  // ---------- settlement (issue 5): declarations -> run -> propose -> approve (four eyes) -> journal, reports, SEPA -> paid ----------

  /** January 2026: no other test declares that early, so the run holds exactly this test's lines. */
  @Test
  void afrekeningVanDeclaratieTotBetaling_AFVIEROGEN_AFBEVROREN_AFNEGATIEF() {
    // January 2026 touches 5 ISO weeks: 8 of at most 10 dagdelen, 8 x 39,00 = 312,00
    String jan = new Wmo323Maker("98000022", "0356", "J" + run, "2026-01-01", "2026-01-31")
        .debet(bsn, "R" + run + "J", toewijzing, "07", "07C01", "2026-01-01", "2026-01-31", 8, "16", 3900L, 31200).xml();
    assertTrue(api.postXml(AANBIEDER, "/api/declaraties", jan).verwacht(200).body().contains(">8001<"));

    JsonObject concept = api.post("financien1", "/api/afrekeningen", "{\"maand\":\"2026-01\"}").verwacht(201).json();
    long id = concept.getJsonNumber("id").longValue();
    assertEquals("CONCEPT", concept.getString("status"));
    assertEquals(31200, concept.getJsonNumber("totaalCent").longValue());
    assertEquals(1, concept.getInt("aantalRegels"));
    JsonObject perGemeente = concept.getJsonArray("gemeenten").getJsonObject(0);
    assertEquals("0356", perGemeente.getString("gemeente"));
    assertEquals("07", perGemeente.getString("categorie"));
    assertEquals(31200, perGemeente.getJsonNumber("totaalCent").longValue());
    api.post("financien1", "/api/afrekeningen", "{\"maand\":\"2026-02\"}").verwacht(409); // one CONCEPT at a time
    api.post(AANBIEDER, "/api/afrekeningen", "{\"maand\":\"2026-02\"}").verwacht(403);
    assertEquals(0, api.get(AANBIEDER, "/api/afrekeningen").verwacht(200).json().getInt("totaal"), "a provider does not see a CONCEPT");

    // four eyes: the proposer may not approve
    assertEquals("VOORGESTELD", api.post("financien1", "/api/afrekeningen/" + id + "/voorstel", "").verwacht(200).json().getString("status"));
    Api.Antwoord zelf = api.post("financien1", "/api/afrekeningen/" + id + "/goedkeuring", "").verwacht(409);
    assertTrue(zelf.body().contains("AF-VIEROGEN"), zelf.body());
    api.post("financien1", "/api/afrekeningen/" + id + "/herberekening", "").verwacht(409);
    api.download("financien1", "/api/afrekeningen/" + id + "/sepa").verwacht(409); // no payment file before approval
    JsonObject goed = api.post("financien2", "/api/afrekeningen/" + id + "/goedkeuring", "").verwacht(200).json();
    assertEquals("GOEDGEKEURD", goed.getString("status"));
    assertEquals("financien1", goed.getString("voorgesteldDoor"));
    assertEquals("financien2", goed.getString("goedgekeurdDoor"));
    // every moment in UTC with a Z: one read from the database and one made in the app alike
    assertTrue(goed.getString("aangemaaktOp").endsWith("Z") && goed.getString("goedgekeurdOp").endsWith("Z"), goed.toString());

    // the ledger journal: cost line and its contra line
    String journaal = new String(api.download("auditor", "/api/afrekeningen/" + id + "/journaal").verwacht(200).inhoud(), StandardCharsets.UTF_8);
    assertTrue(journaal.contains(";0356;Nieuwegein;07;Dagbesteding;4470;Wmo dagbesteding;312.00;;1"), journaal);
    assertTrue(journaal.contains(";0356;Nieuwegein;;;1600;Crediteuren Wmo-aanbieders;;312.00;"), journaal);

    // the SEPA file: one payment of 312,00 to the provider, valid against the official pain.001.001.09 schema
    byte[] sepa = api.download("financien1", "/api/afrekeningen/" + id + "/sepa").verwacht(200).inhoud();
    assertEquals(new String(sepa, StandardCharsets.UTF_8), new String(api.download("auditor", "/api/afrekeningen/" + id + "/sepa")
        .verwacht(200).inhoud(), StandardCharsets.UTF_8), "the same run gives the same file");
    api.download("financien1", "/api/afrekeningen/" + id + "/sepa?uitvoerdatum=2020-01-02").verwacht(400); // before the approval
    assertEquals(List.of(), nl.regio.wmo.application.sepa.Pain001Xsd.valideer(sepa));
    String sepaTekst = new String(sepa, StandardCharsets.UTF_8);
    assertTrue(sepaTekst.contains("<NbOfTxs>1</NbOfTxs>") && sepaTekst.contains("<CtrlSum>312.00</CtrlSum>"), sepaTekst);
    assertTrue(sepaTekst.contains("Wmo afrekening 2026-01 run " + id + " AGB 98000022"), sepaTekst);
    assertTrue(sepaTekst.contains("<ReqdExctnDt>"), sepaTekst);
    api.download(AANBIEDER, "/api/afrekeningen/" + id + "/sepa").verwacht(403);

    // the reports, as PDF and XLSX: the provider's statement (its own only), charges per municipality, rejections,
    // expected vs declared vs paid
    String pdf = api.download(AANBIEDER, "/api/afrekeningen/" + id + "/aanbieders/98000022/afrekening").verwacht(200).pdfTekst();
    assertTrue(pdf.contains("312,00") && pdf.contains(bsn), pdf);
    String pdfFinancien = api.download("financien1", "/api/afrekeningen/" + id + "/aanbieders/98000022/afrekening?formaat=pdf").verwacht(200).pdfTekst();
    assertTrue(pdfFinancien.contains("312,00") && !pdfFinancien.contains(bsn), pdfFinancien);
    Api.Bestand xlsx = api.download("financien1", "/api/afrekeningen/" + id + "/aanbieders/98000022/afrekening?formaat=xlsx").verwacht(200);
    assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), xlsx.contentType());
    assertEquals('P', (char) xlsx.inhoud()[0]);
    api.download("aanbieder-98000011", "/api/afrekeningen/" + id + "/aanbieders/98000022/afrekening").verwacht(404);
    String gemeenten = api.download("auditor", "/api/afrekeningen/" + id + "/rapporten/gemeenten").verwacht(200).pdfTekst();
    assertTrue(gemeenten.contains("Nieuwegein") && gemeenten.contains("312,00"), gemeenten);
    api.download("financien1", "/api/afrekeningen/" + id + "/rapporten/gemeenten?formaat=xlsx").verwacht(200);
    api.download("contractbeheer", "/api/afrekeningen/" + id + "/rapporten/afwijzingen?formaat=xlsx").verwacht(200);
    api.download("contractbeheer", "/api/afrekeningen/" + id + "/rapporten/afwijzingen").verwacht(200).pdfTekst();
    String verwacht = api.download("financien1", "/api/afrekeningen/" + id + "/rapporten/verwacht").verwacht(200).pdfTekst();
    assertTrue(verwacht.contains(String.valueOf(toewijzing)) && verwacht.contains("312,00"), verwacht);
    api.download("financien1", "/api/afrekeningen/" + id + "/rapporten/verwacht?formaat=xlsx").verwacht(200);
    api.download("financien1", "/api/afrekeningen/" + id + "/rapporten/verwacht?formaat=doc").verwacht(400);
    api.download(AANBIEDER, "/api/afrekeningen/" + id + "/rapporten/gemeenten").verwacht(403);

    // finance sees the BSN masked, the provider (whose client it is) in full; another provider sees nothing
    JsonObject eigen = api.get(AANBIEDER, "/api/afrekeningen/" + id).verwacht(200).json();
    assertEquals(31200, eigen.getJsonNumber("totaalCent").longValue());
    assertEquals(goed.getInt("aantalDeclaraties"), eigen.getInt("aantalDeclaraties"), "the provider's own count (the only provider in this run)");
    assertTrue(eigen.getInt("aantalDeclaraties") > 0);
    JsonObject regel = api.get(AANBIEDER, "/api/afrekeningen/" + id + "/aanbieders/98000022/regels").verwacht(200).json()
        .getJsonArray("items").getJsonObject(0);
    assertEquals(bsn, regel.getString("bsn"));
    assertEquals(31200, regel.getJsonNumber("bedragCent").longValue());
    String gemaskeerd = api.get("financien1", "/api/afrekeningen/" + id + "/aanbieders/98000022/regels").verwacht(200).json()
        .getJsonArray("items").getJsonObject(0).getString("bsn");
    assertFalse(gemaskeerd.contains(bsn.substring(0, 5)), gemaskeerd);
    api.get("aanbieder-98000011", "/api/afrekeningen/" + id).verwacht(404);
    api.get("aanbieder-98000011", "/api/afrekeningen/" + id + "/aanbieders/98000022/regels").verwacht(404);

    // a credit accepted after approval does not change the run; paid, the run is closed for good
    String credit = new Wmo323Maker("98000022", "0356", "K" + run, "2026-01-01", "2026-01-31")
        .credit(bsn, "R" + run + "K", "R" + run + "J", toewijzing, "07", "07C01", "2026-01-01", "2026-01-31", 8, "16", 3900L, 31200).xml();
    assertTrue(api.postXml(AANBIEDER, "/api/declaraties", credit).verwacht(200).body().contains(">8001<"));
    assertEquals("BETAALD", api.post("financien2", "/api/afrekeningen/" + id + "/betaald", "").verwacht(200).json().getString("status"));
    assertEquals(31200, api.get("financien1", "/api/afrekeningen/" + id).verwacht(200).json().getJsonNumber("totaalCent").longValue());
    api.post("financien1", "/api/afrekeningen/" + id + "/herberekening", "").verwacht(409);
    api.delete("financien1", "/api/afrekeningen/" + id).verwacht(409);

    // February: only the credit is open -> the provider's balance is negative and waits (AF-NEGATIEF)
    JsonObject feb = api.post("financien1", "/api/afrekeningen", "{\"maand\":\"2026-02\"}").verwacht(201).json();
    assertEquals(0, feb.getJsonNumber("totaalCent").longValue());
    JsonObject wacht = feb.getJsonArray("doorgeschoven").getJsonObject(0);
    assertEquals("98000022", wacht.getString("agbCode"));
    assertEquals(-31200, wacht.getJsonNumber("totaalCent").longValue());
    api.delete("financien1", "/api/afrekeningen/" + feb.getJsonNumber("id").longValue()).verwacht(204);
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
    String eersteAntwoord = api.postXml(AANBIEDER, "/api/declaraties", opnieuw).verwacht(200).body();
    assertEquals(List.of("8021"), codes(eersteAntwoord, "R" + run + "3"));
    // the first answer is written while judging, a repeat is rebuilt from the store: the same bytes
    assertEquals(eersteAntwoord, api.postXml(AANBIEDER, "/api/declaraties", opnieuw).verwacht(200).body());

    // explained in words
    JsonObject uitleg = api.get(AANBIEDER, "/api/declaraties/E" + run + "/regels/R" + run + "3").verwacht(200).json();
    assertFalse(uitleg.getBoolean("goedgekeurd"));
    assertEquals("0611", uitleg.getJsonArray("retourcodes").getJsonObject(0).getString("code"));
    assertTrue(uitleg.getString("toelichting").contains("Contracttarief € 39,00"), uitleg.toString());
    assertTrue(uitleg.getString("toelichting").contains("5 weken"), uitleg.toString());
  }

  // ---------- a toewijzing with a budget (TR369) ----------

  /**
   * TR369 end to end: a beschikking with a budget of 1.200,00 for 2026 (VG midden, regional tariff 50,00 per dagdeel)
   * instead of an omvang; its toewijzing carries the budget and no omvang. Declared in the product's unit; the sum of
   * the accepted IngediendBedrag on the toewijzing may not exceed the budget (9369), over the lines of one message and
   * across messages, and a credit frees its amount for a corrected debit in the same message (OP366).
   */
  @Test
  void budgetToewijzingDeclaratiesBinnenHetBudget_TR369() {
    JsonObject beschikking = api.post("consulent", "/api/beschikkingen", """
        {"clientId":%d,"productCode":"07C02","leveringsvorm":"ZIN","aanbiederAgbCode":"98000022","ingangsdatum":"2026-01-01",
         "einddatum":"2026-12-31","budgetCent":120000}""".formatted(clientId)).verwacht(201).json();
    assertEquals(120000, beschikking.getJsonNumber("budgetCent").longValue());
    long budget = beschikking.getJsonNumber("toewijzingNummer").longValue();
    JsonObject t = api.get(AANBIEDER, "/api/toewijzingen/" + budget).verwacht(200).json();
    assertEquals(120000, t.getJsonNumber("budgetCent").longValue());
    assertEquals("07C02", t.getString("productCode"));
    for (String omvang : List.of("volume", "eenheid", "frequentie")) {
      assertTrue(!t.containsKey(omvang) || t.isNull(omvang), omvang + " is empty with a budget (CD077): " + t);
    }

    // October 16 x 50,00 = 800,00 fits; September (late, allowed) 10 x 50,00 = 500,00 makes 1.300,00 > 1.200,00
    String xml = oktober("BU" + run)
        .debet(bsn, "R" + run + "B1", budget, "07", "07C02", "2026-10-01", "2026-10-31", 16, "16", 5000L, 80000)
        .debet(bsn, "R" + run + "B2", budget, "07", "07C02", "2026-09-01", "2026-09-30", 10, "16", 5000L, 50000)
        .xml();
    String antwoord = api.postXml(AANBIEDER, "/api/declaraties", xml).verwacht(200).body();
    geldig325(antwoord);
    assertFalse(antwoord.contains("R" + run + "B1<"), "the first line is accepted:\n" + antwoord);
    assertEquals(List.of("9369"), codes(antwoord, "R" + run + "B2"));
    assertTrue(antwoord.matches("(?s).*<wmo325:TotaalToegekendBedrag>\\s*<iwmo:TotaalBedrag>80000</iwmo:TotaalBedrag>.*"), antwoord);
    JsonObject uitleg = api.get(AANBIEDER, "/api/declaraties/BU" + run + "/regels/R" + run + "B2").verwacht(200).json();
    assertFalse(uitleg.getBoolean("goedgekeurd"));
    assertEquals("9369", uitleg.getJsonArray("retourcodes").getJsonObject(0).getString("code"));
    assertEquals("TR369", uitleg.getJsonArray("retourcodes").getJsonObject(0).getString("regel"));
    assertTrue(uitleg.getString("toelichting").contains("Toewijzing " + budget
        + " heeft een budget van € 1.200,00; al goedgekeurd € 800,00; deze prestatie € 500,00 gaat erboven."), uitleg.toString());

    // credits first (OP366): crediting October frees 800,00; then September 500,00 and October again 14 x 50,00 = 700,00
    // make exactly 1.200,00
    String correctie = oktober("BV" + run)
        .debet(bsn, "R" + run + "B4", budget, "07", "07C02", "2026-09-01", "2026-09-30", 10, "16", 5000L, 50000)
        .debet(bsn, "R" + run + "B5", budget, "07", "07C02", "2026-10-01", "2026-10-31", 14, "16", 5000L, 70000)
        .credit(bsn, "R" + run + "B3", "R" + run + "B1", budget, "07", "07C02", "2026-10-01", "2026-10-31", 16, "16", 5000L, 80000)
        .xml();
    String c = api.postXml(AANBIEDER, "/api/declaraties", correctie).verwacht(200).body();
    geldig325(c);
    assertTrue(c.contains("<wmo325:RetourCode>8001</wmo325:RetourCode>"), c);
    // toegekend: -800,00 + 500,00 + 700,00 = 400,00
    assertTrue(c.matches("(?s).*<wmo325:TotaalToegekendBedrag>\\s*<iwmo:TotaalBedrag>40000</iwmo:TotaalBedrag>\\s*<iwmo:DebetCredit>D</iwmo:DebetCredit>.*"), c);

    // the budget is used up: one more dagdeel in November (a later message, read from the store) is above it
    String november = new Wmo323Maker("98000022", "0356", "BW" + run, "2026-11-01", "2026-11-30")
        .debet(bsn, "R" + run + "B6", budget, "07", "07C02", "2026-11-01", "2026-11-30", 1, "16", 5000L, 5000).xml();
    assertEquals(List.of("9369"), codes(api.postXml(AANBIEDER, "/api/declaraties", november).verwacht(200).body(), "R" + run + "B6"));
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
    assertTrue(a.contains("<iwmo:Identificatie>325000000000</iwmo:Identificatie>"), "a pre-flight uses no message number: " + a);
    assertEquals(0, api.get(AANBIEDER, "/api/declaraties?grootte=500").verwacht(200).json().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("declaratieNummer").equals("J" + run)).count());
    // the same check in words (Accept: application/json): each rejected line with its code, rule and meaning
    JsonObject woorden = api.verzoek(AANBIEDER, "demo", "POST", "/api/declaraties/controle", "application/xml", xml, "application/json")
        .verwacht(200).json();
    assertFalse(woorden.getBoolean("opgeslagen"));
    JsonObject regel = woorden.getJsonObject("antwoord").getJsonArray("afgewezen").getJsonObject(0);
    assertEquals("R" + run + "1", regel.getString("referentieNummer"));
    JsonObject code = regel.getJsonArray("retourcodes").getJsonObject(0);
    assertEquals("9321", code.getString("code"));
    assertFalse(code.getString("uitleg").isBlank(), "the code in words: " + code);
    assertFalse(regel.getString("bsn").equals(bsn), "the BSN masked, as on the page");
    // a client that accepts anything (curl: */*) keeps getting the WMO325 itself
    assertTrue(api.verzoek(AANBIEDER, "demo", "POST", "/api/declaraties/controle", "application/xml", xml, "*/*").verwacht(200)
        .contentType().startsWith("application/xml"));
    // and the real submission afterwards is judged the same, with a real message number
    String echt = api.postXml(AANBIEDER, "/api/declaraties", xml).verwacht(200).body();
    assertEquals(List.of("9321"), codes(echt, "R" + run + "1"));
    assertFalse(echt.contains("<iwmo:Identificatie>325000000000</iwmo:Identificatie>"), echt);
    assertEquals(0, api.get(AANBIEDER, "/api/declaraties?grootte=500").verwacht(200).json().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("declaratieNummer").equals("J" + run)).count() - 1,
        "one declaration: the check in words stored nothing either");
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
    Path archief = Inbox.wachtOpEen(INBOX.resolve("verwerkt"), "K" + run + ".xml");
    assertEquals(xml, Files.readString(archief), "the original is archived");
    JsonObject k = declaratie("K" + run);
    assertEquals(archief.getFileName().toString(), k.getString("bestand"), "the declaration names its archived file");
    assertTrue(archief.getFileName().toString().startsWith(k.getJsonNumber("id").longValue() + "-"));

    Files.writeString(INBOX.resolve("L" + run + ".xml"), "niet eens xml");
    Path reden = Inbox.wachtOpEen(INBOX.resolve("fout"), "L" + run + ".xml.reden.txt");
    assertTrue(Files.readString(reden).contains("geen geldig WMO323"), "a refused file goes aside with its reason");
    Path apart = Inbox.wachtOpEen(INBOX.resolve("fout"), "L" + run + ".xml");
    assertTrue(Files.exists(apart), "the refused original is kept for inspection");
  }

  /** TR135 (8848): a message Dagtekening (BerichtIdentificatie) after the system date is refused, like a future DeclaratieDagtekening. */
  @Test
  void TR135_berichtDagtekeningInDeToekomstGeeft8848() {
    String xml = oktober("M" + run).debet(bsn, "R" + run + "1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800).xml()
        .replace("<iwmo:Dagtekening>2026-11-01</iwmo:Dagtekening>", "<iwmo:Dagtekening>9999-12-31</iwmo:Dagtekening>");
    assertTrue(xml.contains("9999-12-31"));
    String a = api.postXml(AANBIEDER, "/api/declaraties", xml).verwacht(200).body();
    geldig325(a);
    assertTrue(a.contains("<wmo325:RetourCode>8848</wmo325:RetourCode>"), a);
    assertEquals("AFGEWEZEN", declaratie("M" + run).getString("status"));
  }

  /** Polls (bounded) until the provider's list shows the declaration; then it must be there exactly once. */
  private JsonObject wachtOpDeclaratie(String nummer) throws InterruptedException {
    Instant grens = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(grens) && api.get(AANBIEDER, "/api/declaraties?grootte=500").verwacht(200).json().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream().noneMatch(d -> d.getString("declaratieNummer").equals(nummer))) {
      Thread.sleep(200);
    }
    return declaratie(nummer);
  }

  /** One stored outcome: the declaration, its archived original (by the name stored with it, content as sent). */
  private Path gearchiveerd(String nummer, String xml) throws Exception {
    JsonObject d = wachtOpDeclaratie(nummer);
    Path archief = Inbox.wachtOp(INBOX.resolve("verwerkt").resolve(d.getString("bestand")));
    assertEquals(xml, Files.readString(archief), "the archived original of " + nummer);
    return archief;
  }

  private boolean opgeslagen(String nummer) {
    return api.get(AANBIEDER, "/api/declaraties?grootte=500").verwacht(200).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .anyMatch(d -> d.getString("declaratieNummer").equals(nummer));
  }

  /**
   * Issue 17 on the deployed app: the same name twice, a slow writer, a temporary name, a 250-character name, an
   * outbox that cannot be written, a symbolic link — each ends in exactly one stored outcome and a kept original.
   */
  @Test
  void bestandskanaalVerliestOverschrijftEnLeestNietsHalf() throws Exception {
    Files.createDirectories(INBOX);
    // the same name twice, other content: two declarations, two answers, two archived originals
    String naam = "Z" + run + ".xml";
    String eerste = oktober("N" + run).debet(bsn, "R" + run + "1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800).xml();
    String tweede = oktober("O" + run).debet(bsn, "R" + run + "2", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800).xml();
    Inbox.zetIn(INBOX, naam, eerste);
    Path archief1 = gearchiveerd("N" + run, eerste);
    Inbox.wachtOp(OUTBOX.resolve("Z" + run + ".wmo325.xml"));
    Inbox.zetIn(INBOX, naam, tweede);
    Path archief2 = gearchiveerd("O" + run, tweede);
    assertEquals(eerste, Files.readString(archief1), "the first original is still there");
    Path antwoord2 = Inbox.wachtOp(OUTBOX.resolve("Z" + run + "-" + declaratie("O" + run).getJsonNumber("id").longValue() + ".wmo325.xml"));
    assertTrue(Files.readString(antwoord2).contains("O" + run) || Files.readString(antwoord2).contains("R" + run + "2"));
    assertTrue(Files.readString(OUTBOX.resolve("Z" + run + ".wmo325.xml")).length() > 0);
    assertFalse(archief1.equals(archief2));

    // a slow writer: 1,500 bytes, a pause (shorter than the quiet time the ITs run with, 2 s), then the rest
    String langzaam = oktober("P" + run).debet(bsn, "R" + run + "3", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800).xml();
    Path traag = INBOX.resolve("P" + run + ".xml");
    byte[] bytes = langzaam.getBytes(StandardCharsets.UTF_8);
    Files.write(traag, Arrays.copyOf(bytes, 1500));
    Thread.sleep(1000);
    Files.write(traag, Arrays.copyOfRange(bytes, 1500, bytes.length), java.nio.file.StandardOpenOption.APPEND);
    gearchiveerd("P" + run, langzaam);
    assertTrue(Inbox.alle(INBOX.resolve("fout"), "P" + run + ".xml").isEmpty(), "the first half was never taken");

    // a temporary name, renamed when complete
    String tijdelijk = oktober("Q" + run).debet(bsn, "R" + run + "4", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800).xml();
    Files.writeString(INBOX.resolve("Q" + run + ".xml.part"), tijdelijk);
    Thread.sleep(3000);
    assertFalse(opgeslagen("Q" + run), "a .part file is not taken");
    Files.move(INBOX.resolve("Q" + run + ".xml.part"), INBOX.resolve("Q" + run + ".xml"));
    gearchiveerd("Q" + run, tijdelijk);

    // a 250-character name
    String lang = ("S" + run + "-").concat("x".repeat(250)).substring(0, 246) + ".xml";
    String langeNaam = oktober("S" + run).debet(bsn, "R" + run + "5", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800).xml();
    Inbox.zetIn(INBOX, lang, langeNaam);
    Path archief = gearchiveerd("S" + run, langeNaam);
    assertTrue(archief.getFileName().toString().length() <= 255);
    try (var uit = Files.list(OUTBOX)) {
      assertEquals(1, uit.filter(p -> p.getFileName().toString().startsWith("S" + run + "-xxxx")).count(), "its WMO325");
    }

    // the outbox cannot be written (CI runs as root: a file where the folder should be): nothing stored, retried
    Path bewaard = OUTBOX.resolveSibling("declaraties-bewaard");
    Files.move(OUTBOX, bewaard);
    String schijf = oktober("T" + run).debet(bsn, "R" + run + "6", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800).xml();
    try {
      Files.writeString(OUTBOX, "geen map");
      Inbox.zetIn(INBOX, "T" + run + ".xml", schijf);
      Thread.sleep(4000);
      assertFalse(opgeslagen("T" + run), "never stored without its answer");
      assertTrue(Files.exists(INBOX.resolve("T" + run + ".xml")), "the file waits in the inbox");
    } finally {
      Files.delete(OUTBOX);
      Files.move(bewaard, OUTBOX);
    }
    gearchiveerd("T" + run, schijf);
    Inbox.wachtOp(OUTBOX.resolve("T" + run + ".wmo325.xml"));
    assertTrue(Inbox.alle(INBOX.resolve("fout"), "T" + run + ".xml").isEmpty(), "a passing fault never sends a file to fout/");

    // a symbolic link: ignored, never read
    Inbox.linkWordtGenegeerd(INBOX, "U" + run + ".xml");
  }

  // ---------------------------------------------------------------- the per-rule corpus

  private static final String KORPUS = "berichten/wmo323/regels/";

  /** One row of verwacht.csv: a prestatie (or HEADER / DECLARATIE) of a file, its sorted codes or "-", and a BUG note. */
  private record Verwacht(String bestand, String referentie, String codes, String bug, int regel) {}

  /** What a WMO325 says: header codes, the DeclaratieAntwoord's codes (null: none), and per referentie the rejected occurrences. */
  private record Wmo325Codes(String header, String declaratie, Map<String, List<String>> prestaties) {}

  /**
   * The corpus of src/test/resources/berichten/wmo323/regels: one WMO323 per declaration rule (TR304 … TR418, CS340,
   * CS002, OP366), posted in the order of verwacht.csv on this test's client and toewijzing, each WMO325 valid against
   * the schema and carrying exactly the expected retourcodes. Rows marked "# BUG" hold what the rule demands where the
   * application answers otherwise; they are printed, not asserted.
   */
  @Test
  void corpusPerRegel_verwachteRetourcodes() throws Exception {
    String anderBsn = BeschikkingenIT.nieuweBsn();
    while (anderBsn.equals(bsn)) {
      anderBsn = BeschikkingenIT.nieuweBsn();
    }
    // TR384: a second toewijzing of the client (another product, so OP259 allows it), removed with RedenWijziging 13
    JsonObject tweede = api.post("consulent", "/api/beschikkingen", """
        {"clientId":%d,"productCode":"07C02","leveringsvorm":"ZIN","aanbiederAgbCode":"98000022","ingangsdatum":"2026-10-01",
         "einddatum":"2026-12-31","volumePerWeek":2}""".formatted(clientId)).verwacht(201).json();
    api.put("consulent", "/api/beschikkingen/" + tweede.getJsonNumber("id").longValue() + "/einddatum", """
        {"einddatum":"2026-10-01","redenWijziging":"13"}""").verwacht(200);
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      token.append(Character.toUpperCase(Character.forDigit(ThreadLocalRandom.current().nextInt(36), 36)));
    }
    Map<String, String> waarden = new LinkedHashMap<>();
    waarden.put("${AFZENDER}", "98000022");
    waarden.put("${BSN}", bsn);
    waarden.put("${ANDER_BSN}", anderBsn);
    waarden.put("${TOEWIJZING}", Long.toString(toewijzing));
    waarden.put("${VERWIJDERD}", Long.toString(tweede.getJsonNumber("toewijzingNummer").longValue()));
    waarden.put("${RUN}", token.toString());

    Map<String, List<Verwacht>> perBestand = new LinkedHashMap<>();
    for (Verwacht v : verwacht(vul(korpus("verwacht.csv"), waarden))) {
      perBestand.computeIfAbsent(v.bestand(), b -> new ArrayList<>()).add(v);
    }
    List<String> fouten = new ArrayList<>();
    List<String> bugs = new ArrayList<>();
    for (Map.Entry<String, List<Verwacht>> bestand : perBestand.entrySet()) {
      String naam = bestand.getKey();
      String xml = vul(korpus(naam), waarden);
      if (xml.contains("${")) {
        fouten.add(naam + ": placeholder not filled: " + xml.substring(xml.indexOf("${"), Math.min(xml.length(), xml.indexOf("${") + 20)));
      }
      Api.Antwoord a = api.postXml(AANBIEDER, "/api/declaraties", xml);
      if (a.status() != 200) {
        fouten.add(naam + ": HTTP " + a.status() + ": " + a.body());
        continue;
      }
      List<String> schema = IwmoSchemas.valideer("WMO325", a.body().getBytes(StandardCharsets.UTF_8));
      if (!schema.isEmpty()) {
        fouten.add(naam + ": WMO325 not valid against the schema: " + schema);
      }
      vergelijk(naam, bestand.getValue(), lees325(a.body()), a.body(), fouten, bugs);
    }
    if (!bugs.isEmpty()) {
      System.out.println("Corpus rows marked BUG (expected = what the rule demands; not asserted):\n  " + String.join("\n  ", bugs));
    }
    assertTrue(fouten.isEmpty(), fouten.size() + " mismatch(es) in the rule corpus:\n" + String.join("\n", fouten));
  }

  private static void vergelijk(String naam, List<Verwacht> rijen, Wmo325Codes antwoord, String body, List<String> fouten, List<String> bugs) {
    String header = rijen.stream().filter(r -> r.referentie().equals("HEADER")).map(Verwacht::codes).findFirst().orElse("0200");
    if (!header.equals(antwoord.header())) {
      fouten.add(naam + ": HEADER expected [" + header + "], WMO325 has [" + antwoord.header() + "]");
    }
    if (header.equals("0001")) {
      if (antwoord.declaratie() != null) {
        fouten.add(naam + ": header 0001 but the WMO325 has a DeclaratieAntwoord");
      }
      return;
    }
    // no DECLARATIE row: only prestaties are rejected (0200)
    String declaratie = rijen.stream().filter(r -> r.referentie().equals("DECLARATIE")).map(Verwacht::codes).findFirst().orElse("0200");
    if (!declaratie.equals(antwoord.declaratie())) {
      fouten.add(naam + ": DECLARATIE expected [" + declaratie + "], WMO325 has [" + antwoord.declaratie() + "]");
    }
    Map<String, List<Verwacht>> perReferentie = new LinkedHashMap<>();
    rijen.stream().filter(r -> !r.referentie().equals("HEADER") && !r.referentie().equals("DECLARATIE"))
        .forEach(r -> perReferentie.computeIfAbsent(r.referentie(), k -> new ArrayList<>()).add(r));
    for (Map.Entry<String, List<Verwacht>> e : perReferentie.entrySet()) {
      List<String> gekregen = antwoord.prestaties().getOrDefault(e.getKey(), List.of());
      List<String> verwacht = e.getValue().stream().map(Verwacht::codes).filter(c -> !c.equals("-")).toList();
      List<Verwacht> metBug = e.getValue().stream().filter(r -> r.bug() != null).toList();
      if (!metBug.isEmpty()) {
        metBug.forEach(r -> bugs.add(naam + " " + r.referentie() + ": rule demands [" + r.codes() + "], application answers "
            + (gekregen.isEmpty() ? "[-] (accepted)" : gekregen) + ". " + r.bug()));
        continue;
      }
      if (!verwacht.equals(gekregen)) {
        fouten.add(naam + ": " + e.getKey() + " expected " + (verwacht.isEmpty() ? "[-] (accepted, not in the WMO325)" : verwacht)
            + ", WMO325 has " + (gekregen.isEmpty() ? "[-] (not listed)" : gekregen));
      }
    }
    antwoord.prestaties().keySet().stream().filter(r -> !perReferentie.containsKey(r))
        .forEach(r -> fouten.add(naam + ": WMO325 lists prestatie " + r + " " + antwoord.prestaties().get(r) + " that verwacht.csv does not name"));
    if (fouten.stream().anyMatch(f -> f.startsWith(naam + ":"))) {
      fouten.add(naam + ": the WMO325 was:\n" + body);
    }
  }

  /** Parses verwacht.csv: # comments (whole line or trailing), a header line, then bestand,referentie,retourcodes. */
  private static List<Verwacht> verwacht(String csv) {
    List<Verwacht> rijen = new ArrayList<>();
    String[] regels = csv.split("\\R");
    boolean kop = true;
    for (int i = 0; i < regels.length; i++) {
      String regel = regels[i].strip();
      if (regel.isEmpty() || regel.startsWith("#")) {
        continue;
      }
      String bug = null;
      int commentaar = regel.indexOf(" #");
      if (commentaar >= 0) {
        String toelichting = regel.substring(commentaar + 2).strip();
        bug = toelichting.startsWith("BUG") ? toelichting : null;
        regel = regel.substring(0, commentaar).strip();
      }
      String[] kolommen = regel.split(",", -1);
      assertEquals(3, kolommen.length, "verwacht.csv line " + (i + 1) + ": bestand,referentie,retourcodes");
      if (kop) {
        assertEquals("bestand,referentie,retourcodes", regel, "verwacht.csv: header line");
        kop = false;
        continue;
      }
      String codes = kolommen[2].strip();
      String gesorteerd = codes.equals("-") ? "-" : String.join(" ", Arrays.stream(codes.split("\\s+")).sorted().toList());
      assertEquals(gesorteerd, codes, "verwacht.csv line " + (i + 1) + ": codes are sorted");
      rijen.add(new Verwacht(kolommen[0].strip(), kolommen[1].strip(), codes, bug, i + 1));
    }
    assertFalse(rijen.isEmpty(), "verwacht.csv has rows");
    return rijen;
  }

  private static Wmo325Codes lees325(String xml) throws Exception {
    String ns325 = "http://www.istandaarden.nl/iwmo/3_2/wmo325/schema";
    String nsIwmo = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element bericht = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    String header = codesVan(kind(bericht, ns325, "Header"), ns325);
    Element antwoord = kind(bericht, ns325, "DeclaratieAntwoord");
    Map<String, List<String>> prestaties = new LinkedHashMap<>();
    if (antwoord != null) {
      NodeList lijst = antwoord.getElementsByTagNameNS(ns325, "Prestatie");
      for (int i = 0; i < lijst.getLength(); i++) {
        Element p = (Element) lijst.item(i);
        String referentie = ((Element) p.getElementsByTagNameNS(nsIwmo, "ReferentieNummer").item(0)).getTextContent().strip();
        prestaties.computeIfAbsent(referentie, r -> new ArrayList<>()).add(codesVan(p, ns325));
      }
    }
    return new Wmo325Codes(header, antwoord == null ? null : codesVan(antwoord, ns325), prestaties);
  }

  /** The sorted RetourCodes that are a direct child of {@code e}, space-separated. */
  private static String codesVan(Element e, String ns) {
    Element codes = kind(e, ns, "RetourCodes");
    if (codes == null) {
      return "";
    }
    NodeList lijst = codes.getElementsByTagNameNS(ns, "RetourCode");
    List<String> uit = new ArrayList<>();
    for (int i = 0; i < lijst.getLength(); i++) {
      uit.add(lijst.item(i).getTextContent().strip());
    }
    return String.join(" ", uit.stream().sorted().toList());
  }

  private static Element kind(Element ouder, String ns, String naam) {
    for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && naam.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String korpus(String naam) throws IOException {
    try (InputStream in = DeclaratiesIT.class.getClassLoader().getResourceAsStream(KORPUS + naam)) {
      assertNotNull(in, "on the test classpath: " + KORPUS + naam);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String vul(String tekst, Map<String, String> waarden) {
    String uit = tekst;
    for (Map.Entry<String, String> w : waarden.entrySet()) {
      uit = uit.replace(w.getKey(), w.getValue());
    }
    return uit;
  }
}
