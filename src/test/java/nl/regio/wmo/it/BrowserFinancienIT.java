package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The finance pages in a real browser: the month overview (figures this class declares appear in their row), a
 * settlement run through every step (recompute, propose, the proposer's approval refused, a rejection with its reason,
 * approval by the second user, SEPA, paid) with the four eyes visible, the auditor finding the approval, a negative
 * balance carried forward, the SVB upload (a refused file row by row, then a good file) and the PGB reconciliation
 * drill-down with its report. Every page and state is checked with axe-core and saved as a screenshot. Data of its own,
 * through the API; assertions on its own rows, since other browser classes share the database.
 */
@ExtendWith(BrowserOmgeving.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserFinancienIT {

  private static BrowserOmgeving.Gedeeld omgeving;
  private static Api api;
  private static Chromium browser;
  private static String nummer;

  /** The run of the settlement scenario and the debit of 98000044 settled in it (credited in the negative one). */
  private static long run;
  private static String bsn44;
  private static long toewijzing44;

  @BeforeAll
  static void start(BrowserOmgeving.Gedeeld gedeeld) {
    omgeving = gedeeld;
    api = gedeeld.api;
    browser = gedeeld.browser;
    nummer = BrowserOmgeving.Gedeeld.uniek();
  }

  // ---------- month overview ----------

  @Test
  @Order(1)
  void hetMaandoverzichtToontVerwachtGedeclareerdEnGeaccepteerdVanEenEigenDeclaratie() {
    omgeving.uitloggen();
    browser.inloggen("financien1", "demo");
    browser.klikEnLaad("menu-overzicht");
    browser.wachtOpTekst("Maandoverzicht");
    toonOverzicht("1961");
    long[] voor = overzichtRij("oktober 2026", "(1961)", "07 ");
    browser.bekijk("financien-maandoverzicht");
    assertTrue(browser.element("grafiek_canvas").getAttribute("aria-label").startsWith("Staafdiagram per maand"),
        "the chart has an accessible name");

    String bsn = BeschikkingenIT.nieuweBsn();
    long toewijzing = toewijzing(bsn, "1961", "07C01", "98000022");
    long verwacht = api.get("financien1", "/api/toewijzingen/" + toewijzing + "/verwacht?van=2026-10&tot=2026-10").verwacht(200).json()
        .getJsonNumber("totaalCent").longValue();

    // one accepted line of 2 x € 39,00 and one rejected line (no such toewijzing) of € 39,00
    indienen("98000022", new Wmo323Maker("98000022", "1961", nummer + "O", "2026-10-01", "2026-10-31")
        .debet(bsn, nummer + "-O1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 2, "16", 3900L, 7800)
        .debet(bsn, nummer + "-O2", 1L, "07", "07C01", "2026-10-01", "2026-10-31", 1, "16", 3900L, 3900));

    toonOverzicht("1961");
    long[] na = overzichtRij("oktober 2026", "(1961)", "07 ");
    assertEquals(verwacht, na[0] - voor[0], "expected: the new toewijzing's October");
    assertEquals(11700, na[1] - voor[1], "declared: both lines");
    assertEquals(7800, na[2] - voor[2], "accepted: the good line");
    assertEquals(0, na[3] - voor[3], "settled: not in an approved run yet");
    // the month's total is the sum of its rows (here one municipality, so the rows of October)
    long[] oktober = maandTotaal("oktober 2026");
    long[] som = new long[4];
    for (WebElement tr : browser.driver.findElements(By.cssSelector("#rijen tr.overzicht-rij"))) {
      if (tr.getText().startsWith("oktober 2026")) {
        long[] r = bedragen(tr);
        for (int i = 0; i < 4; i++) {
          som[i] += r[i];
        }
      }
    }
    assertEquals(java.util.Arrays.toString(som), java.util.Arrays.toString(oktober));
    browser.bekijk("financien-maandoverzicht-na");
  }

  // ---------- a settlement run, every step ----------

  @Test
  @Order(2)
  void eenAfrekeningDoorlooptAlleStappenMetVierOgenEenAfkeuringMetRedenEnBetaald() throws Exception {
    String bsn = BeschikkingenIT.nieuweBsn();
    long toewijzing = toewijzing(bsn, "0356", "07C01", "98000022");
    indienen("98000022", new Wmo323Maker("98000022", "0356", nummer + "R", "2026-10-01", "2026-10-31")
        .debet(bsn, nummer + "-R1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 1, "16", 3900L, 3900));
    // a debit of 98000044, settled here and credited in the negative-balance scenario
    bsn44 = BeschikkingenIT.nieuweBsn();
    toewijzing44 = toewijzing(bsn44, "0356", "07D01", "98000044");
    indienen("98000044", new Wmo323Maker("98000044", "0356", nummer + "D", "2026-10-01", "2026-10-31")
        .debet(bsn44, nummer + "-D1", toewijzing44, "07", "07D01", "2026-10-01", "2026-10-31", 2, "04", 1150L, 2300));
    String maand = vrijeMaand();

    omgeving.uitloggen();
    browser.inloggen("financien1", "demo");
    assertTrue(browser.pad().startsWith("/app/financien/afrekeningen.xhtml"), browser.pad());
    browser.klikEnLaad("menu-overzicht");
    toonOverzicht("0356");
    long afgerekendVoor = overzichtRij("oktober 2026", "(0356)", "07 ")[3];
    browser.klikEnLaad("menu-afrekeningen");
    browser.bekijk("financien-afrekeningen");
    browser.typ("nieuw:maand", maand);
    browser.klikEnLaad("nieuw:maak");
    browser.wachtOpTekst("is gemaakt (CONCEPT)");
    run = Long.parseLong(browser.pad().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    // the provider's row: its own line is in the run (other classes may add lines of the same provider)
    assertTrue(regelsVan("98000022").contains(nummer + "-R1"), "the declared line is in the run");
    assertTrue(browser.element("run:aanbieders").getText().contains("98000022"), browser.element("run:aanbieders").getText());
    assertEquals(bedrag(aanbiederTotaal("98000022")), aanbiederRij("98000022").findElements(By.tagName("td")).get(5).getText());
    assertTrue(browser.element("run:gemeenten").getText().contains("0356"), "totals per municipality × category");
    // per municipality: the totals add up to the run's total
    long perGemeente = 0;
    for (WebElement tr : browser.driver.findElements(By.cssSelector("[id='run:gemeentetotalen'] tbody tr"))) {
      List<WebElement> td = tr.findElements(By.tagName("td"));
      perGemeente += cent(td.get(td.size() - 1).getText());
    }
    assertEquals(cent(browser.element("totaal").getText()), perGemeente);
    browser.bekijk("financien-afrekening-concept");

    browser.klikEnWacht("run:herbereken");
    browser.wachtOpTekst("is opnieuw berekend");
    browser.klikEnWacht("run:voorstellen");
    browser.wachtOpTekst("is voorgesteld");
    browser.klikEnWacht("run:goedkeuren");
    browser.wachtOpTekst("AF-VIEROGEN"); // the proposer may not approve
    assertEquals("Voorgesteld", browser.element("status").getText());
    assertEquals("financien1", browser.element("voorgesteld").getText());
    assertTrue(browser.element("run:voorgesteld-op").getText().matches("· \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d"),
        browser.element("run:voorgesteld-op").getText());
    browser.bekijk("financien-afrekening-voorgesteld");

    // the second user rejects: without a reason refused at the field, with one back to CONCEPT, who and when shown
    opDeRun("financien2");
    browser.klikEnWacht("run:afkeuren");
    browser.wachtOpTekst("reden");
    assertTrue(browser.element("run:reden-melding").getText().contains("reden"), browser.element("run:reden-melding").getText());
    browser.typ("run:reden", "Declaratie " + nummer + "R eerst nakijken");
    browser.klikEnWacht("run:afkeuren");
    browser.wachtOpTekst("afgekeurd en teruggezet naar CONCEPT");
    assertEquals("Concept", browser.element("status").getText());
    assertTrue(browser.element("afgekeurd").getText().matches("financien2 · \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d"),
        browser.element("afgekeurd").getText());
    assertEquals("Declaratie " + nummer + "R eerst nakijken", browser.element("afgekeurd-reden").getText());
    browser.bekijk("financien-afrekening-afgekeurd");

    // proposed again by the first, approved by the second
    opDeRun("financien1");
    browser.klikEnWacht("run:voorstellen");
    browser.wachtOpTekst("is voorgesteld");
    opDeRun("financien2");
    browser.klikEnWacht("run:goedkeuren");
    browser.wachtOpTekst("is goedgekeurd");
    assertEquals("Goedgekeurd", browser.element("status").getText());
    assertEquals("financien1", browser.element("voorgesteld").getText());
    assertEquals("financien2", browser.element("goedgekeurd").getText());
    assertFalse(browser.bestaat("afgekeurd"), "the rejection was answered by a new proposal");
    browser.bekijk("financien-afrekening-goedgekeurd");

    String sepa = browser.download("run:sepa", "sepa-afrekening-" + run + ".xml");
    String euro = BigDecimal.valueOf(aanbiederTotaal("98000022"), 2).toPlainString();
    assertTrue(sepa.contains("pain.001.001.09") && sepa.contains("Ccy=\"EUR\">" + euro + "<"),
        sepa.length() > 800 ? sepa.substring(0, 800) : sepa);

    String journaal = browser.download("run:journaal", "journaal-afrekening-" + run + ".csv");
    assertTrue(journaal.contains("0356"), journaal);

    browser.klikEnWacht("run:betaald");
    browser.wachtOpTekst("als betaald gemeld");
    assertEquals("Betaald", browser.element("status").getText());
    assertEquals("financien2", browser.element("betaald-door").getText());
    browser.bekijk("financien-afrekening-betaald");

    // settled now: the month overview counts the line in its row
    browser.klikEnLaad("menu-overzicht");
    toonOverzicht("0356");
    long afgerekend = overzichtRij("oktober 2026", "(0356)", "07 ")[3];
    assertTrue(afgerekend - afgerekendVoor >= 3900, "settled in the overview: " + afgerekendVoor + " -> " + afgerekend);
  }

  @Test
  @Order(3)
  void deAanbiederZietZijnAfrekeningenEnDownloadtDeSpecificatieAlsPdfEnXlsx() throws Exception {
    omgeving.uitloggen();
    browser.inloggen("aanbieder-98000022", "demo");
    browser.klikEnLaad("menu-mijn-afrekeningen");
    browser.wachtOpTekst("Mijn afrekeningen");
    browser.bekijk("aanbieder-afrekeningen");
    // the run of the scenario above, paid by now: its row (other browser classes may add runs)
    String afrekeningId = String.valueOf(run);
    java.util.List<org.openqa.selenium.WebElement> rijen = browser.driver.findElements(By.cssSelector("[id='afrekeningen:tabel_data'] > tr"));
    int rij = -1;
    for (int i = 0; i < rijen.size(); i++) {
      if (rijen.get(i).findElement(By.cssSelector(".run-id")).getText().equals(afrekeningId)) {
        rij = i;
      }
    }
    assertTrue(rij >= 0, "run " + afrekeningId + " in the provider's list: " + browser.element("afrekeningen:tabel").getText());
    String tekst = rijen.get(rij).getText();
    assertTrue(tekst.contains("Betaald") && tekst.contains(bedrag(aanbiederTotaal("98000022"))), tekst);
    String naam = "afrekening-" + afrekeningId + "-" + api.get("financien1", "/api/afrekeningen/" + run).verwacht(200).json().getString("maand")
        + "-98000022";
    byte[] pdf = browser.downloadBytes("afrekeningen:tabel:" + rij + ":pdf", naam + ".pdf");
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    byte[] xlsx = browser.downloadBytes("afrekeningen:tabel:" + rij + ":xlsx", naam + ".xlsx");
    assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII), "an XLSX is a zip");
    // another provider does not see this run's statement of 98000022
    assertEquals(404, api.get("aanbieder-98000011", "/api/afrekeningen/" + afrekeningId + "/aanbieders/98000022/afrekening?formaat=pdf").status());
  }
  @Test
  @Order(4)
  void deAuditorVindtDeGoedkeuringVanDeAfrekeningInDeAudittrail() {
    omgeving.uitloggen();
    browser.inloggen("auditor", "demo");
    assertTrue(browser.pad().startsWith("/app/auditor/audit.xhtml"), browser.pad());
    browser.typ("audit:entiteit", "afrekening");
    browser.typ("audit:entiteitId", String.valueOf(run));
    String kleur = achtergrond("audit:zoek");
    browser.klikEnWacht("audit:zoek");
    browser.wachtOpTekst("GOEDKEUREN");
    inRust("audit:zoek", kleur);
    String tabel = browser.element("audit:tabel").getText();
    assertTrue(tabel.contains("financien2") && tabel.contains("GOEDKEUREN") && tabel.contains("AFKEUREN") && tabel.contains("financien1"), tabel);
    browser.bekijk("auditor-audittrail-afrekening");
  }

  @Test
  @Order(5)
  void eenNegatiefSaldoWordtAlsDoorgeschovenGetoondEnDeConceptrunVerwijderd() {
    // 98000044 credits its settled debit: its open lines net below zero
    indienen("98000044", new Wmo323Maker("98000044", "0356", nummer + "K", "2026-10-01", "2026-10-31")
        .credit(bsn44, nummer + "-K1", nummer + "-D1", toewijzing44, "07", "07D01", "2026-10-01", "2026-10-31", 2, "04", 1150L, 2300));
    String maand = vrijeMaand();

    omgeving.uitloggen();
    browser.inloggen("financien1", "demo");
    browser.typ("nieuw:maand", maand);
    browser.klikEnLaad("nieuw:maak");
    browser.wachtOpTekst("is gemaakt (CONCEPT)");
    String doorgeschoven = browser.element("run:doorgeschoven").getText();
    assertTrue(doorgeschoven.contains("98000044") && doorgeschoven.contains("€ -23,00")
        && doorgeschoven.contains("Niet betaald: doorgeschoven naar de volgende afrekening"), doorgeschoven);
    assertFalse(browser.element("run:aanbieders").getText().contains("98000044"), "not paid in this run");
    browser.bekijk("financien-afrekening-doorgeschoven");

    browser.klikEnLaad("run:verwijder");
    browser.wachtOpTekst("is verwijderd");
    assertTrue(browser.pad().startsWith("/app/financien/afrekeningen.xhtml"), browser.pad());
  }

  // ---------- PGB ----------

  @Test
  @Order(6)
  void eenSvbBestandMetFouteRijenWordtRijVoorRijGeweigerdEnEenGoedBestandVerwerkt() throws Exception {
    String kop = "toekenningNummer;bsn;zorgverlenerId;zorgverlenerNaam;zorgsoort;zorgovereenkomstId;zorgovereenkomstGoedgekeurd;maand;uren;"
        + "uurtariefCent;bedragCent;betaaldatum;betalingId\n";
    String goed = "LEK-B-" + nummer + ";" + BeschikkingenIT.nieuweBsn() + ";ZV-1;Zorg;FORMEEL;ZO-1;ja;2026-11;2;6000;12000;2026-12-01;SVB-"
        + nummer + "-1\n";
    Path fout = bestand("svb-fout-" + nummer + ".csv", kop + goed
        + "LEK-B-" + nummer + ";123456789;ZV-1;Zorg;FORMEEL;ZO-1;ja;2026-11;2;6000;12000;2026-12-01;SVB-" + nummer + "-2\n"
        + "LEK-B-" + nummer + ";" + BeschikkingenIT.nieuweBsn() + ";ZV-1;Zorg;FORMEEL;ZO-1;ja;2026-11;2;6000;11000;2026-12-01;SVB-" + nummer + "-3\n");
    Path juist = bestand("svb-goed-" + nummer + ".csv", kop + goed);

    omgeving.uitloggen();
    browser.inloggen("financien1", "demo");
    browser.klikEnLaad("menu-pgb");
    browser.bekijk("financien-pgb");
    browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(fout.toString());
    browser.wachtOpTekst("is afgekeurd: 2 fout(en); er is niets verwerkt");
    List<WebElement> rijen = browser.driver.findElements(By.cssSelector("#geweigerd tr.geweigerde-rij"));
    assertEquals(2, rijen.size(), browser.element("geweigerd").getText());
    assertTrue(rijen.get(0).getText().startsWith("3 bsn is geen geldig BSN"), rijen.get(0).getText());
    assertTrue(rijen.get(1).getText().startsWith("4 bedragCent is 11000 maar uren x uurtariefCent"), rijen.get(1).getText());
    assertFalse(browser.tekst().contains("123456789"), "no BSN on the page");
    browser.bekijk("financien-pgb-svb-geweigerd");

    browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(juist.toString());
    browser.wachtOpTekst("is verwerkt: 1 rij(en), 1 nieuwe betaling(en), 0 al bekend");
    assertEquals("1", browser.element("svb-nieuw").getText());
    assertFalse(browser.bestaat("geweigerd"));
    browser.bekijk("financien-pgb-svb-verwerkt");
  }

  @Test
  @Order(7)
  void deReconciliatieGaatVanGemeenteNaarBudgethouderEnBeschikkingMetElkeAfwijkingInWoorden() throws Exception {
    omgeving.uitloggen();
    browser.inloggen("financien1", "demo");
    browser.open("/app/financien/pgb.xhtml");
    browser.typ("reconciliatie:jaar", "2026");
    new Select(browser.element("reconciliatie:gemeente")).selectByValue("0321");
    browser.klikEnWacht("reconciliatie:toon");
    browser.wachtOpTekst("Per budgethouder");
    assertTrue(browser.element("reconciliatie:gemeenten").getText().contains("(0321)"), browser.element("reconciliatie:gemeenten").getText());
    browser.bekijk("financien-pgb-reconciliatie");

    // LEK-B-1346 (demo): overspent in March
    WebElement houder = browser.driver.findElements(By.cssSelector("[id='reconciliatie:houders'] tbody tr")).stream()
        .filter(tr -> tr.getText().contains("Kuiper")).findFirst().orElseThrow(() -> new AssertionError(browser.element("reconciliatie:houders").getText()));
    assertFalse(houder.getText().contains("153308710"), "BSN masked for finance");
    WebElement knop = houder.findElement(By.cssSelector(".houder-knop"));
    String id = knop.getAttribute("id");
    String kleur = achtergrond(id);
    knop.click();
    browser.wachtOpPagina();
    browser.wachtOpTekst("Beschikking LEK-B-1346");
    assertEquals("houder-kop", browser.driver.switchTo().activeElement().getAttribute("id"), "focus moves to the holder's detail");
    inRust(id, kleur);
    String detail = browser.element("reconciliatie:houder").getText();
    assertTrue(detail.contains("S-PGB-SVB") && detail.contains("2026-03"), detail);
    browser.bekijk("financien-pgb-houder");

    String pdf = browser.download("reconciliatie:rapport-pdf", "pgb-reconciliatie-2026-gemeente-0321-Houten.pdf");
    assertTrue(pdf.startsWith("%PDF"), pdf.substring(0, Math.min(20, pdf.length())));
  }

  // ---------- helpers ----------

  private static long toewijzing(String bsn, String gemeente, String product, String agb) {
    long client = api.post("consulent", "/api/clienten", """
        {"bsn":"%s","achternaam":"Financientest","geboortedatum":"1970-01-01","gemeenteCode":"%s"}""".formatted(bsn, gemeente))
        .verwacht(201).json().getJsonNumber("id").longValue();
    return api.post("consulent", "/api/beschikkingen", """
        {"clientId":%d,"productCode":"%s","leveringsvorm":"ZIN","aanbiederAgbCode":"%s","ingangsdatum":"2026-01-01",
         "einddatum":"2026-12-31","volumePerWeek":2}""".formatted(client, product, agb)).verwacht(201).json()
        .getJsonNumber("toewijzingNummer").longValue();
  }

  /**
   * A button that stays on the page after its click (only part of the page was updated): away with the mouse and wait
   * until its hover colour has faded back to {@code kleur}, so axe judges the page as it rests.
   */
  private static void inRust(String id, String kleur) {
    new org.openqa.selenium.interactions.Actions(browser.driver).moveToElement(browser.driver.findElement(By.tagName("h1"))).perform();
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(d -> kleur.equals(achtergrond(id)));
  }

  private static String achtergrond(String id) {
    return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript("return getComputedStyle(arguments[0]).backgroundColor;", browser.element(id)));
  }

  private static void indienen(String agb, Wmo323Maker bericht) {
    String antwoord = api.postXml("aanbieder-" + agb, "/api/declaraties", bericht.xml()).verwacht(200).body();
    assertTrue(antwoord.contains("<wmo325:RetourCode>0200</wmo325:RetourCode>"), antwoord); // the message is judged
  }

  /** A month for a new run: after every run there is (none may be CONCEPT: one left by an aborted try is deleted). */
  private static String vrijeMaand() {
    String laatste = "2026-11";
    for (JsonValue v : api.get("financien1", "/api/afrekeningen?grootte=500").verwacht(200).json().getJsonArray("items")) {
      JsonObject a = v.asJsonObject();
      if (a.getString("status").equals("CONCEPT")) {
        api.delete("financien1", "/api/afrekeningen/" + a.getJsonNumber("id").longValue()).verwacht(204);
      } else if (a.getString("maand").compareTo(laatste) > 0) {
        laatste = a.getString("maand");
      }
    }
    return java.time.YearMonth.parse(laatste).plusMonths(1).toString();
  }

  /** {@code gebruiker} logs in and opens the run's page. */
  private static void opDeRun(String gebruiker) {
    omgeving.uitloggen();
    browser.inloggen(gebruiker, "demo");
    browser.open("/app/financien/afrekening.xhtml?id=" + run);
  }

  private static String regelsVan(String agb) {
    return api.get("financien1", "/api/afrekeningen/" + run + "/aanbieders/" + agb + "/regels?grootte=500").verwacht(200).body();
  }

  private static long aanbiederTotaal(String agb) {
    for (JsonValue v : api.get("financien1", "/api/afrekeningen/" + run).verwacht(200).json().getJsonArray("aanbieders")) {
      if (v.asJsonObject().getString("agbCode").equals(agb)) {
        return v.asJsonObject().getJsonNumber("totaalCent").longValue();
      }
    }
    throw new AssertionError("no row of " + agb + " in run " + run);
  }

  private static WebElement aanbiederRij(String agb) {
    return browser.driver.findElements(By.cssSelector("[id='run:aanbieders'] tbody tr")).stream()
        .filter(tr -> tr.getText().startsWith(agb)).findFirst().orElseThrow();
  }

  private static void toonOverzicht(String gemeente) {
    browser.typ("filter:jaar", "2026");
    new Select(browser.element("filter:gemeente")).selectByValue(gemeente);
    browser.klikEnLaad("filter:toon");
    browser.wachtOpTekst("Per maand, gemeente en productcategorie");
  }

  /** Expected, declared, accepted, settled (cents) of the overview row of month × municipality × category; zeros when absent. */
  private static long[] overzichtRij(String maand, String gemeente, String categorie) {
    for (WebElement tr : browser.driver.findElements(By.cssSelector("#rijen tr.overzicht-rij"))) {
      List<WebElement> td = tr.findElements(By.tagName("td"));
      if (td.get(0).getText().equals(maand) && td.get(1).getText().endsWith(gemeente) && td.get(2).getText().startsWith(categorie)) {
        return bedragen(tr);
      }
    }
    return new long[4];
  }

  private static long[] maandTotaal(String maand) {
    for (WebElement tr : browser.driver.findElements(By.cssSelector("#maanden tbody tr"))) {
      if (tr.findElement(By.tagName("th")).getText().equals(maand)) {
        return bedragen(tr);
      }
    }
    throw new AssertionError("no month " + maand);
  }

  /** The last four amounts of a row, in cents. */
  private static long[] bedragen(WebElement tr) {
    List<WebElement> td = tr.findElements(By.tagName("td"));
    long[] uit = new long[4];
    for (int i = 0; i < 4; i++) {
      uit[i] = cent(td.get(td.size() - 4 + i).getText());
    }
    return uit;
  }

  /** {@code € 1.234,56} → 123456. */
  static long cent(String bedrag) {
    return new BigDecimal(bedrag.replace("€", "").replace(".", "").replace(",", ".").trim()).movePointRight(2).longValueExact();
  }

  static String bedrag(long cent) {
    return new nl.regio.wmo.interfaces.web.Opmaak().bedrag(cent);
  }

  private static Path bestand(String naam, String inhoud) throws Exception {
    Files.createDirectories(BrowserOmgeving.WERK);
    Path p = BrowserOmgeving.WERK.resolve(naam);
    Files.writeString(p, inhoud, StandardCharsets.UTF_8);
    return p;
  }
}
