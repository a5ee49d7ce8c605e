package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PGB on the deployed war: the reconciliation of the demo year 2026 (the SVB demo file is loaded on
 * start) with the hand-computed figures of PgbDemoTest, and end to end a PGB beschikking made through
 * the API, its SVB payments dropped in the inbox or posted, and the exceptions they provoke. Every
 * test makes its own clients (fresh BSNs) and toekenning numbers, so it does not depend on other ITs'
 * data. Budget of 02A01 klasse 2 in 2026: 780,00 a month (formal PGB = 100 % of the regional ZIN
 * trajectbedrag), 9.360,00 a year; informal cap 22,80 an hour (config/regio/pgb-tarieven.csv).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PgbIT {

  private static final String FINANCIEN = "financien1";
  private static final String AUDITOR = "auditor";
  /** The inbox the deployed app watches (failsafe sets WMO_INBOX to target/it-inbox). */
  private static final Path INBOX = Path.of("target/it-inbox/svb");
  private static final String KOP = "toekenningNummer;bsn;zorgverlenerId;zorgverlenerNaam;zorgsoort;zorgovereenkomstId;"
      + "zorgovereenkomstGoedgekeurd;maand;uren;uurtariefCent;bedragCent;betaaldatum;betalingId\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL url;

  private Api api;

  @BeforeEach
  void client() {
    api = new Api(url);
  }

  // ---------- helpers ----------

  private JsonObject reconciliatie(String gebruiker, String gemeente) {
    return api.get(gebruiker, "/api/pgb/reconciliatie?jaar=2026" + (gemeente == null ? "" : "&gemeente=" + gemeente)).verwacht(200).json();
  }

  private static JsonObject beschikking(JsonObject overzicht, String nummer) {
    return overzicht.getJsonArray("houders").getValuesAs(JsonObject.class).stream()
        .flatMap(h -> h.getJsonArray("beschikkingen").getValuesAs(JsonObject.class).stream())
        .filter(b -> nummer.equals(b.getString("nummer")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("beschikking " + nummer + " niet in de reconciliatie"));
  }

  private static JsonObject houderMet(JsonObject overzicht, String nummer) {
    return overzicht.getJsonArray("houders").getValuesAs(JsonObject.class).stream()
        .filter(h -> h.getJsonArray("beschikkingen").getValuesAs(JsonObject.class).stream().anyMatch(b -> nummer.equals(b.getString("nummer"))))
        .findFirst()
        .orElseThrow();
  }

  /** toegekend/betaald/terug in cents. */
  private static List<Long> cijfers(JsonObject b) {
    return List.of(b.getJsonNumber("toegekendCent").longValue(), b.getJsonNumber("betaaldCent").longValue(),
        b.getJsonNumber("terugTeVorderenCent").longValue());
  }

  /** rule:KIND@month=verschil, as PgbDemoTest writes them. */
  private static String afwijkingen(JsonObject b) {
    return b.getJsonArray("afwijkingen").getValuesAs(JsonObject.class).stream()
        .map(a -> a.getString("regel") + ":" + a.getString("soort") + (a.containsKey("maand") && !a.isNull("maand") ? "@" + a.getString("maand") : "")
            + "=" + a.getJsonNumber("verschilCent").longValue())
        .collect(Collectors.joining(" "));
  }

  private String nieuwePgbHouder(String run) {
    String bsn = BeschikkingenIT.nieuweBsn();
    long client = api.post("consulent", "/api/clienten", """
        {"bsn":"%s","achternaam":"Budgethouder","voorletters":"P","geboortedatum":"1950-05-05","geslacht":"2","gemeenteCode":"0356"}"""
        .formatted(bsn)).verwacht(201).json().getJsonNumber("id").longValue();
    api.post("consulent", "/api/beschikkingen", """
        {"clientId":%d,"productCode":"02A01","leveringsvorm":"PGB","ingangsdatum":"2026-01-01","einddatum":"2026-12-31",
         "klasse":2,"urenPerWeek":3,"externNummer":"IT-PGB-%s"}""".formatted(client, run)).verwacht(201);
    return bsn;
  }

  private static String rij(String toekenning, String bsn, String zorgsoort, String maand, String uren, long tarief, long bedrag, String id) {
    return "%s;%s;ZV-IT;Zorg IT;%s;ZO-IT;ja;%s;%s;%d;%d;2026-06-01;%s\n".formatted(toekenning, bsn, zorgsoort, maand, uren, tarief, bedrag, id);
  }

  private Api.Antwoord postCsv(String gebruiker, String csv) {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + url.getPort() + "/api/pgb/svb-betalingen"))
        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
        .header("Content-Type", "text/csv")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(30))
        .build();
    try {
      HttpResponse<String> a = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
      return new Api.Antwoord(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""), a.body(), a);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---------- the demo year 2026 (config/demo/svb-betalingen-2026.csv, loaded on first start) ----------

  @Test
  void demoNieuwegein_S_PGB_SVB_omvangPer1JuliGewijzigd_terugvorderingPerBeschikking() {
    JsonObject r = reconciliatie(AUDITOR, "0356");
    assertEquals(2026, r.getInt("jaar"));
    JsonObject oud = beschikking(r, "LEK-B-1404");
    JsonObject nieuw = beschikking(r, "LEK-B-1405");
    assertEquals(List.of(468000L, 432000L, 36000L), cijfers(oud));
    assertEquals(List.of(858000L, 828000L, 30000L), cijfers(nieuw));
    assertEquals("S-PGB-SVB:TERUGVORDERING_JAAREINDE=36000", afwijkingen(oud));
    assertEquals("S-PGB-SVB:TERUGVORDERING_JAAREINDE=30000", afwijkingen(nieuw));
    assertEquals("725763863", houderMet(r, "LEK-B-1404").getString("bsn"), "the auditor sees the full BSN");
    assertEquals("******863", houderMet(reconciliatie(FINANCIEN, "0356"), "LEK-B-1404").getString("bsn"), "finance sees it masked");
    JsonObject nieuwegein = r.getJsonArray("gemeenten").getValuesAs(JsonObject.class).stream()
        .filter(g -> "0356".equals(g.getString("cbsCode"))).findFirst().orElseThrow();
    assertTrue(nieuwegein.getJsonNumber("toegekendCent").longValue() >= 468000L + 858000L);
    assertFalse(r.toString().contains("LEK-B-1346"), "only holders living in the gemeente asked for");
  }

  @Test
  void demoHouten_S_PGB_SVB_overschrijdingInMaart_enHalfJaarNietBesteed() {
    JsonObject r = reconciliatie(FINANCIEN, "0321");
    JsonObject b = beschikking(r, "LEK-B-1346");
    assertEquals(List.of(936000L, 876000L, 60000L), cijfers(b));
    assertEquals("S-PGB-SVB:OVERSCHRIJDING_MAAND@2026-03=6000 S-PGB-SVB:TERUGVORDERING_JAAREINDE=60000", afwijkingen(b));
    JsonObject maart = b.getJsonArray("afwijkingen").getJsonObject(0);
    assertEquals(List.of(84000L, 78000L), List.of(maart.getJsonNumber("werkelijkCent").longValue(), maart.getJsonNumber("normCent").longValue()));
    assertTrue(maart.getString("toelichting").contains("maart 2026"), maart.toString());
    assertFalse(maart.getString("toelichting").contains("153308710"), "evidence never names a BSN");
    assertEquals(List.of(2652000L, 1314000L, 1338000L), cijfers(beschikking(r, "LEK-B-1224")));
  }

  @Test
  void rapportPdfEnXlsx_S_PGB_SVB_terugvorderingEnAfwijkingenPerBudgethouder() throws IOException {
    String tekst = api.download(FINANCIEN, "/api/pgb/rapport?gemeente=0321&jaar=2026").verwacht(200).pdfTekst();
    assertTrue(tekst.contains("PGB-reconciliatie") && tekst.contains("Houten"), tekst);
    assertTrue(tekst.contains("LEK-B-1346") && tekst.contains("overschrijding maand") && tekst.contains("€ 60,00"), tekst);
    assertTrue(tekst.contains("Budgethouder ******710"), "a detail page per holder with an exception, BSN masked:\n" + tekst);
    assertFalse(tekst.contains("153308710"), "finance sees no full BSN");
    Api.Bestand xlsx = api.download(AUDITOR, "/api/pgb/rapport?gemeente=0321&jaar=2026&formaat=xlsx").verwacht(200);
    assertEquals('P', (char) xlsx.inhoud()[0]);
    api.download("consulent", "/api/pgb/rapport?gemeente=0321&jaar=2026").verwacht(403);
  }

  @Test
  void demoLopik_S_PGB_TARIEF_informeelBovenMaximum_en_S_PGB_SVB_zorgovereenkomstNietGoedgekeurd() {
    JsonObject r = reconciliatie(FINANCIEN, "0331");
    JsonObject informeel = beschikking(r, "LEK-B-1018");
    assertEquals(List.of(913355L, 514800L, 398555L), cijfers(informeel));
    assertEquals("S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-02=4400 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-03=4400"
        + " S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-04=4400 S-PGB-SVB:TERUGVORDERING_JAAREINDE=398555", afwijkingen(informeel));
    JsonObject zo = beschikking(r, "LEK-B-1355");
    assertEquals(List.of(351000L, 240000L, 111000L), cijfers(zo));
    assertEquals("S-PGB-SVB:ZORGOVEREENKOMST_NIET_GOEDGEKEURD@2026-05=12000 S-PGB-SVB:ZORGOVEREENKOMST_NIET_GOEDGEKEURD@2026-06=12000"
        + " S-PGB-SVB:TERUGVORDERING_JAAREINDE=111000", afwijkingen(zo));
  }

  @Test
  void demoRegio_S_PGB_SVB_buitenPeriode_en_S_PGB_TOEKENNING_onbekendeToekenning() {
    JsonObject r = reconciliatie(AUDITOR, null);
    JsonObject december = beschikking(r, "LEK-B-1034");
    assertEquals(List.of(429000L, 396000L, 33000L), cijfers(december));
    assertEquals("S-PGB-SVB:BUITEN_PERIODE@2026-12=33000 S-PGB-SVB:TERUGVORDERING_JAAREINDE=33000", afwijkingen(december));
    JsonObject onbekend = r.getJsonArray("houders").getValuesAs(JsonObject.class).stream()
        .flatMap(h -> h.getJsonArray("overigeAfwijkingen").getValuesAs(JsonObject.class).stream())
        .filter(a -> "SVB-2026-00077".equals(a.getString("betalingId")))
        .findFirst().orElseThrow();
    assertEquals("S-PGB-TOEKENNING", onbekend.getString("regel"));
    assertEquals("TOEKENNING_ONBEKEND", onbekend.getString("soort"));
    assertEquals(18000L, onbekend.getJsonNumber("verschilCent").longValue());
    assertTrue(r.getJsonArray("gemeenten").getValuesAs(JsonObject.class).stream().anyMatch(g -> "onbekend".equals(g.getString("cbsCode"))),
        "a payment for a BSN that is no client of ours is totalled apart");
  }

  // ---------- end to end: a PGB beschikking via REST, its SVB payments via the inbox ----------

  @Test
  void svbBestandInInbox_S_PGB_SVB_overschrijding_S_PGB_TARIEF_informeel_foutBestandEnDubbelBestandWijzigenNiets() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    String bsn = nieuwePgbHouder(run);
    String toekenning = "IT-PGB-" + run;
    String goed = KOP
        + rij(toekenning, bsn, "FORMEEL", "2026-01", "13", 6000, 78000, "IT-" + run + "-1")
        + rij(toekenning, bsn, "FORMEEL", "2026-03", "14", 6000, 84000, "IT-" + run + "-2")
        + rij(toekenning, bsn, "INFORMEEL", "2026-04", "2", 2500, 5000, "IT-" + run + "-3");
    Inbox.zetIn(INBOX, "svb-" + run + ".csv", goed);
    String verslag = Files.readString(Inbox.wachtOpEen(INBOX.resolve("verwerkt"), "svb-" + run + ".csv.verslag.txt"));
    assertTrue(verslag.contains("3 betalingen, 3 nieuw opgeslagen"), verslag);
    Inbox.wachtOpEen(INBOX.resolve("verwerkt"), "svb-" + run + ".csv");

    // 9360,00 granted; paid 780 + 840 + 50 = 1670,00; March 840,00 against 780,00; April informal 2 h x (25,00 - 22,80) = 4,40
    JsonObject b = beschikking(reconciliatie(AUDITOR, "0356"), toekenning);
    assertEquals(List.of(936000L, 167000L, 769000L), cijfers(b));
    assertEquals(769000L, b.getJsonNumber("restantCent").longValue());
    assertEquals("S-PGB-SVB:OVERSCHRIJDING_MAAND@2026-03=6000 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-04=440"
        + " S-PGB-SVB:TERUGVORDERING_JAAREINDE=769000", afwijkingen(b));
    JsonObject tarief = b.getJsonArray("afwijkingen").getJsonObject(1);
    assertEquals(List.of(2500L, 2280L), List.of(tarief.getJsonNumber("werkelijkCent").longValue(), tarief.getJsonNumber("normCent").longValue()));
    assertEquals(bsn, houderMet(reconciliatie(AUDITOR, "0356"), toekenning).getString("bsn"));
    assertEquals("******" + bsn.substring(6), houderMet(reconciliatie(FINANCIEN, "0356"), toekenning).getString("bsn"));

    // a bad row: the whole file is refused, naming the row; its good row is not applied
    Inbox.zetIn(INBOX, "fout-" + run + ".csv", KOP
        + rij(toekenning, bsn, "FORMEEL", "2026-05", "1", 6000, 6000, "IT-" + run + "-4")
        + rij(toekenning, bsn, "FORMEEL", "2026-06", "14", 6000, 84001, "IT-" + run + "-5"));
    String fouten = Files.readString(Inbox.wachtOpEen(INBOX.resolve("fout"), "fout-" + run + ".csv.fouten.txt"));
    Inbox.wachtOpEen(INBOX.resolve("fout"), "fout-" + run + ".csv");
    assertTrue(fouten.contains("niets verwerkt") && fouten.contains("rij 3, kolom bedragCent: is 84001"), fouten);
    assertFalse(fouten.contains(bsn), "the report never names a BSN");

    // the same file again, under another name: refused as already processed, nothing changes
    Inbox.zetIn(INBOX, "nogmaals-" + run + ".csv", goed);
    String dubbel = Files.readString(Inbox.wachtOpEen(INBOX.resolve("fout"), "nogmaals-" + run + ".csv.fouten.txt"));
    assertTrue(dubbel.contains("al verwerkt") && dubbel.contains("svb-" + run + ".csv"), dubbel);
    assertEquals(List.of(936000L, 167000L, 769000L), cijfers(beschikking(reconciliatie(AUDITOR, "0356"), toekenning)));

    // ... and the report: the holder's page with its beschikking, figures and exceptions; the auditor sees the BSN
    String rapport = api.download(AUDITOR, "/api/pgb/rapport?gemeente=0356&jaar=2026").verwacht(200).pdfTekst();
    assertTrue(rapport.contains("Budgethouder " + bsn) && rapport.contains(toekenning), rapport);
    assertTrue(rapport.contains("€ 9.360,00") && rapport.contains("€ 1.670,00") && rapport.contains("€ 7.690,00")
        && rapport.contains("€ 4,40"), rapport);
  }

  @Test
  void svbBestandViaRest_S_PGB_SVB_betalingIdTweemaalTeltEenmaal_foutRijIs400() {
    String run = Long.toString(System.nanoTime(), 36);
    String bsn = nieuwePgbHouder(run);
    String toekenning = "IT-PGB-" + run;
    String een = rij(toekenning, bsn, "FORMEEL", "2026-02", "10", 6000, 60000, "IT-" + run + "-1");
    JsonObject verslag = postCsv(FINANCIEN, KOP + een).verwacht(201).json();
    assertEquals(List.of(1, 1, 0), List.of(verslag.getInt("rijen"), verslag.getInt("nieuw"), verslag.getInt("alBekend")));
    postCsv(FINANCIEN, KOP + een).verwacht(409);
    String audit = api.get(AUDITOR, "/api/audit?entiteit=svb_bestand&grootte=500").verwacht(200).body();
    assertTrue(audit.contains("financien1") && audit.contains(verslag.getString("bestand")), audit);
    assertFalse(audit.contains(bsn), "the audit trail of an import names no BSN");

    // a new file repeating the known payment (same data) plus a new one: only the new one counts
    String twee = rij(toekenning, bsn, "FORMEEL", "2026-05", "2.5", 6000, 15000, "IT-" + run + "-2");
    verslag = postCsv(FINANCIEN, "# tweede levering\n" + KOP + een + twee).verwacht(201).json();
    assertEquals(List.of(2, 1, 1), List.of(verslag.getInt("rijen"), verslag.getInt("nieuw"), verslag.getInt("alBekend")));
    assertEquals(List.of(936000L, 75000L, 861000L), cijfers(beschikking(reconciliatie(FINANCIEN, "0356"), toekenning)));

    // the known payment id with other data, and a bad BSN: 400 naming the rows, nothing applied
    String anders = rij(toekenning, bsn, "FORMEEL", "2026-02", "11", 6000, 66000, "IT-" + run + "-1");
    String slecht = rij(toekenning, "123456789", "FORMEEL", "2026-07", "1", 6000, 6000, "IT-" + run + "-3");
    JsonObject probleem = postCsv(FINANCIEN, KOP + slecht + anders).verwacht(400).json();
    assertTrue(probleem.toString().contains("rij 2, kolom bsn"), probleem.toString());
    assertFalse(probleem.toString().contains("123456789"), "an error never repeats a BSN");
    probleem = postCsv(FINANCIEN, KOP + anders).verwacht(400).json();
    assertTrue(probleem.toString().contains("rij 2, kolom betalingId: is al eerder aangeleverd met andere gegevens"), probleem.toString());
    assertEquals(List.of(936000L, 75000L, 861000L), cijfers(beschikking(reconciliatie(FINANCIEN, "0356"), toekenning)));

    // budgets per month
    JsonObject budget = api.get(FINANCIEN, "/api/pgb/budgetten?jaar=2026&gemeente=0356").verwacht(200).json()
        .getJsonArray("houders").getValuesAs(JsonObject.class).stream()
        .flatMap(h -> h.getJsonArray("beschikkingen").getValuesAs(JsonObject.class).stream())
        .filter(x -> toekenning.equals(x.getString("nummer"))).findFirst().orElseThrow();
    assertEquals(936000L, budget.getJsonNumber("jaarCent").longValue());
    assertEquals(List.of(78000L), budget.getJsonArray("maanden").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getJsonNumber("bedragCent").longValue()).distinct().toList());
    assertEquals(12, budget.getJsonArray("maanden").size());
  }

  @Test
  void alleenFinancienEnAuditor_enGeldigeParameters() {
    api.get("consulent", "/api/pgb/reconciliatie?jaar=2026&gemeente=0356").verwacht(403);
    api.get("aanbieder-98000011", "/api/pgb/reconciliatie?jaar=2026").verwacht(403);
    api.get("contractbeheer", "/api/pgb/budgetten?jaar=2026").verwacht(403);
    postCsv("consulent", KOP).verwacht(403);
    postCsv(AUDITOR, KOP).verwacht(403);
    api.get(null, "/api/pgb/reconciliatie?jaar=2026").verwacht(401);
    api.get(AUDITOR, "/api/pgb/budgetten?jaar=2026&gemeente=0356").verwacht(200);

    JsonObject fout = api.get(FINANCIEN, "/api/pgb/reconciliatie?jaar=2026&gemeente=0999").verwacht(400).json();
    assertEquals("gemeente", fout.getJsonArray("fouten").getJsonObject(0).getString("veld"));
    assertTrue(api.get(FINANCIEN, "/api/pgb/reconciliatie?jaar=2026&gemeente=abc").verwacht(400).contentType().startsWith("application/problem+json"));
    api.get(FINANCIEN, "/api/pgb/reconciliatie?gemeente=0356").verwacht(400);
    api.get(FINANCIEN, "/api/pgb/reconciliatie?jaar=twintig").verwacht(400);
    api.get(FINANCIEN, "/api/pgb/budgetten?jaar=1899").verwacht(400);
  }
}
