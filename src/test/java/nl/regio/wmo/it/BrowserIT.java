package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import nl.regio.wmo.bench.BenchApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The browser pages in a real browser (headless Chromium), against the built war on Payara Micro: each role's main job
 * end to end through the pages, plus the attacks a browser user could try — another provider's declaration by
 * changing the URL, a session after logout, a POST without the page's view state. Every page visited is checked with
 * axe-core and saved as a screenshot. The app and the browser are shared with the other browser ITs
 * ({@link BrowserOmgeving}).
 */
@ExtendWith(BrowserOmgeving.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

  private static final Path WERK = BrowserOmgeving.WERK;
  private static BrowserOmgeving.Gedeeld omgeving;
  private static String basis;
  private static Api api;
  private static Chromium browser;
  private static String nummer;

  @BeforeAll
  static void start(BrowserOmgeving.Gedeeld gedeeld) {
    omgeving = gedeeld;
    basis = gedeeld.basis;
    api = gedeeld.api;
    browser = gedeeld.browser;
    nummer = BrowserOmgeving.Gedeeld.uniek();
  }

  @Test
  @Order(1)
  void deLoginpaginaWeigertEenFoutWachtwoordInWoordenEnDeRootLeidtErheen() {
    browser.open("/");
    assertTrue(browser.pad().startsWith("/app/inloggen.xhtml"), browser.pad());
    assertEquals("nl", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
    browser.bekijk("inloggen");
    browser.inloggen("aanbieder-98000022", "fout-wachtwoord");
    browser.wachtOpTekst("Onbekende gebruikersnaam of onjuist wachtwoord.");
    assertTrue(browser.pad().startsWith("/app/inloggen.xhtml"));
  }

  @Test
  @Order(2)
  void eenAanbiederControleertDientInEnZietEenAfgewezenRegelUitgelegd() throws Exception {
    long toewijzing = toewijzingVan98000022();
    Path bestand = WERK.resolve(nummer + ".xml");
    Files.createDirectories(WERK);
    Files.writeString(bestand, new Wmo323Maker("98000022", "0356", nummer, "2026-10-01", "2026-10-31")
        .debet(bsn, nummer + "-1", toewijzing, "07", "07C01", "2026-10-01", "2026-10-31", 1, "16", 3900L, 3900)
        .debet(bsn, nummer + "-2", 1L, "07", "07C01", "2026-10-01", "2026-10-31", 1, "16", 3900L, 3900)
        .xml(), StandardCharsets.UTF_8);

    browser.inloggen("aanbieder-98000022", "demo");
    assertTrue(browser.pad().startsWith("/app/aanbieder/start.xhtml"), browser.pad());
    browser.wachtOpTekst("Overzicht aanbieder 98000022");
    browser.bekijk("aanbieder-overzicht");

    browser.klikEnLaad("menu-indienen");
    browser.bekijk("aanbieder-indienen");
    browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(bestand.toString());
    browser.wachtOpTekst(nummer + ".xml");

    // check only: the answer it would get, line by line in words; nothing is stored
    browser.klikEnWacht("indienen:controleer");
    browser.wachtOpTekst("Dit antwoord zou het bericht krijgen");
    String tabel = browser.element("indienen:afgewezen").getText();
    assertTrue(tabel.contains(nummer + "-2") && tabel.contains("9338") && tabel.contains("er is geen toewijzing met dit nummer"), tabel);
    assertFalse(tabel.contains(bsn), "the BSN is masked on the page");
    browser.bekijk("aanbieder-controle");
    assertEquals(404, api.get("financien1", "/api/declaraties/" + nummer + "/wmo325?aanbieder=98000022").status(), "pre-flight stored nothing");

    browser.klikEnWacht("indienen:dienIn");
    browser.wachtOpTekst("Ingediend: declaratie " + nummer + " is opgeslagen");
    assertEquals(200, api.get("financien1", "/api/declaraties/" + nummer + "/wmo325?aanbieder=98000022").status(), "submitted: stored");

    browser.klikEnLaad("indienen:naar-declaratie");
    browser.wachtOpTekst("Declaratie " + nummer);
    assertTrue(browser.element("status").getText().contains("Deels goedgekeurd")
        || browser.element("status").getText().contains("Afgewezen"), browser.element("status").getText());
    String regels = browser.element("declaratie:regels").getText();
    assertTrue(regels.contains("9338"), regels);
    browser.bekijk("aanbieder-declaratie");

    // the rejected line explained: the second row's button
    browser.driver.findElements(By.cssSelector(".uitleg-knop")).get(1).click();
    browser.wachtOpPagina();
    browser.wachtOpTekst("TR338");
    assertTrue(browser.element("uitleg-inhoud").getText().contains("9338"), browser.element("uitleg-inhoud").getText());
    browser.bekijk("aanbieder-uitleg");
    browser.sluitDialoog("uitleg-dialoog");

    browser.klikEnLaad("menu-declaraties");
    browser.typ("declaraties:periode", "2026-10");
    browser.klikEnWacht("declaraties:zoek");
    browser.wachtOpTekst(nummer);
    browser.bekijk("aanbieder-declaraties");

    // the provider's toewijzingen, each with its expected amount per month and its WMO301
    browser.klikEnLaad("menu-toewijzingen");
    browser.wachtOpTekst("Mijn toewijzingen");
    browser.bekijk("aanbieder-toewijzingen");
    browser.driver.findElements(By.cssSelector(".verwacht-knop")).get(0).click();
    browser.wachtOpPagina();
    browser.wachtOpTekst("Verwacht bedrag per maand van dit jaar");
    assertTrue(browser.element("verwacht-totaal").getText().startsWith("€ "), browser.element("verwacht-totaal").getText());
    browser.bekijk("aanbieder-verwacht");
    browser.sluitDialoog("verwacht-dialoog");
  }

  @Test
  @Order(3)
  void eenBestandVan25MbGaatDoorDeUploadpaginaBinnenDeHeapVanDeApp() throws Exception {
    // the largest WMO323 accepted (OP179: 25 MB): lines for one toewijzing until just under 25 MiB
    long toewijzing = toewijzingVan98000022();
    String groot = nummer + "G";
    Wmo323Maker maker = new Wmo323Maker("98000022", "0356", groot, "2026-09-01", "2026-09-30");
    int regels = 0;
    for (; regels < 60_000 && maker.xml().length() < 25_000_000; regels += 1000) {
      for (int i = 0; i < 1000; i++) {
        maker.debet(bsn, groot + "-" + (regels + i), toewijzing, "07", "07C01", "2026-09-01", "2026-09-30", 1, "16", 3900L, 3900);
      }
    }
    Path bestand = WERK.resolve(groot + ".xml");
    Files.writeString(bestand, maker.xml(), StandardCharsets.UTF_8);
    long grootte = Files.size(bestand);
    assertTrue(grootte > 24_000_000 && grootte <= 26_214_400, "just under the limit: " + grootte);

    uitloggen();
    browser.inloggen("aanbieder-98000022", "demo");
    browser.open("/app/aanbieder/indienen.xhtml");
    Optional<BenchApp.HeapMeter> heap = omgeving.app().map(BenchApp::heapMeter);
    heap.ifPresent(BenchApp.HeapMeter::start);
    browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(bestand.toString());
    browser.wachtOpTekst(groot + ".xml", Duration.ofMinutes(3));
    browser.klikEnWacht("indienen:controleer", Duration.ofMinutes(5));
    browser.wachtOpTekst("Dit antwoord zou het bericht krijgen", Duration.ofMinutes(5));
    if (heap.isPresent()) {
      heap.get().stop();
      long mb = heap.get().piek.get() / (1024 * 1024);
      System.out.printf("25 MB upload through the page: %d bytes, %d lines, peak heap %d MB (%s, -Xmx512m)%n", grootte, regels, mb,
          heap.get().methode);
      assertTrue(mb > 0 && mb <= 512, "peak heap " + mb + " MB");
    }
    assertEquals(groot, browser.element("antwoord-nummer").getText());
    // every line is judged; the rejected ones (over the toewijzing's volume) are in the paged table
    assertEquals(25, browser.driver.findElements(By.cssSelector("[id='indienen:afgewezen_data'] > tr")).size(), "25 lines a page");
    assertTrue(browser.bestaat("indienen:afgewezen_paginator_bottom"), "the rest on further pages");
    browser.bekijk("aanbieder-controle-25mb");
    assertEquals(404, api.get("financien1", "/api/declaraties/" + groot + "/wmo325?aanbieder=98000022").status(), "pre-flight stored nothing");
  }

  @Test
  @Order(4)
  void eenAanbiederOpentGeenDeclaratieVanEenAndereDoorDeUrlTeVeranderen() {
    uitloggen();
    browser.inloggen("aanbieder-98000011", "demo");
    browser.open("/app/aanbieder/declaratie.xhtml?nummer=" + nummer);
    browser.wachtOpTekst("Er is geen declaratie " + nummer + " van aanbieder 98000011");
    assertFalse(browser.bestaat("status"), "no data of 98000022 on the page");
    assertFalse(browser.tekst().contains("9338"));
  }

  @Test
  @Order(5)
  void eenAndereRolOpentDeAanbiederpaginasNiet() {
    uitloggen();
    browser.inloggen("financien1", "demo");
    browser.open("/app/aanbieder/start.xhtml");
    browser.wachtOpTekst("Geen toegang");
    assertFalse(browser.bestaat("menu-indienen"));
  }

  @Test
  @Order(6)
  void uitloggenBeeindigtDeSessieEchtEnEenPostZonderViewStateDoetNiets() throws Exception {
    uitloggen();
    browser.inloggen("aanbieder-98000022", "demo");
    Cookie sessie = browser.driver.manage().getCookieNamed("JSESSIONID");
    assertTrue(sessie != null && sessie.isHttpOnly(), "session cookie, HttpOnly");

    // a forged POST (another site's form): the session cookie, but not the page's view state
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> vals = http.send(HttpRequest.newBuilder(URI.create(basis + "/app/aanbieder/indienen.xhtml"))
        .header("Cookie", "JSESSIONID=" + sessie.getValue()).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("indienen=indienen&indienen%3AdienIn=indienen%3AdienIn&jakarta.faces.ViewState=vervalst"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertFalse(vals.body().contains("Ingediend"), "nothing submitted by a POST without the view state");

    browser.klikEnLaad("sessie:uitloggen");
    assertTrue(browser.pad().startsWith("/app/inloggen.xhtml?uit=1"), browser.pad());
    browser.wachtOpTekst("U bent uitgelogd.");
    HttpResponse<String> oud = http.send(HttpRequest.newBuilder(URI.create(basis + "/app/aanbieder/start.xhtml"))
        .header("Cookie", "JSESSIONID=" + sessie.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(302, oud.statusCode(), "the old session id leads to the login page");
    assertTrue(oud.headers().firstValue("Location").orElse("").endsWith("/app/inloggen.xhtml"));
    browser.open("/app/aanbieder/start.xhtml");
    assertTrue(browser.pad().startsWith("/app/inloggen.xhtml"), browser.pad());
  }

  @Test
  @Order(7)
  void deSessieIdWisseltBijHetInloggen() {
    uitloggen();
    browser.open("/app/inloggen.xhtml");
    String voor = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
    browser.typ("inloggen:gebruikersnaam", "aanbieder-98000022");
    browser.typ("inloggen:wachtwoord", "demo");
    browser.klikEnLaad("inloggen:knop");
    assertNotEquals(voor, browser.driver.manage().getCookieNamed("JSESSIONID").getValue(), "no session fixation");
  }

  @Test
  @Order(8)
  void contractbeheerVoegtEenTariefversieToeNaEenWeigeringBijHetVeld() {
    uitloggen();
    browser.inloggen("contractbeheer", "demo");
    assertTrue(browser.pad().startsWith("/app/contractbeheer/tarieven.xhtml"), browser.pad());
    browser.typ("zoeken:contract", "LEK-DO-2025-002");
    browser.klikEnWacht("zoeken:zoek");
    browser.bekijk("contractbeheer-tarieven");

    // refused: before the contract runs; the message sits at the field
    browser.typ("nieuw:contractNummer", "LEK-DO-2025-002");
    browser.typ("nieuw:productCode", "07C01");
    browser.typ("nieuw:ingangsdatum", "2024-06-01");
    browser.typ("nieuw:bedragCent", "40,25");
    browser.klikEnWacht("nieuw:voegToe");
    browser.wachtOpTekst("ligt buiten de looptijd van contract LEK-DO-2025-002");
    assertTrue(browser.element("nieuw:ingangsdatum-melding").getText().contains("looptijd"), "the message is at the field: "
        + browser.element("nieuw:ingangsdatum-melding").getText());
    browser.bekijk("contractbeheer-tarief-geweigerd");

    browser.typ("nieuw:ingangsdatum", "2027-01-01");
    browser.klikEnWacht("nieuw:voegToe");
    browser.wachtOpTekst("is toegevoegd: 07C01 vanaf 2027-01-01 (contract LEK-DO-2025-002)");
    String tijdlijnen = browser.element("tijdlijnen").getText();
    assertTrue(tijdlijnen.contains("LEK-DO-2025-002 · 07C01") && tijdlijnen.contains("01-01-2027") && tijdlijnen.contains("€ 40,25"), tijdlijnen);
    browser.bekijk("contractbeheer-tarief-toegevoegd");
  }

  @Test
  @Order(10)
  void deConsulentZietEenBeschikkingGeweigerdMetDeRegelEnLegtHemDaarnaVast() {
    String achternaam = "Consulenttest" + nummer.substring(2);
    api.post("consulent", "/api/clienten", """
        {"bsn":"%s","achternaam":"%s","geboortedatum":"1960-05-05","gemeenteCode":"0356"}""".formatted(BeschikkingenIT.nieuweBsn(), achternaam))
        .verwacht(201);
    uitloggen();
    browser.inloggen("consulent", "demo");
    assertTrue(browser.pad().startsWith("/app/consulent/beschikking.xhtml"), browser.pad());
    browser.typ("client:naam", achternaam);
    browser.klikEnWacht("client:zoek");
    browser.wachtOpTekst(achternaam + ",");
    browser.typ("beschikking:productCode", "02A01");
    browser.typ("beschikking:aanbiederAgbCode", "98000033");
    browser.typ("beschikking:ingangsdatum", "2026-04-01");
    browser.typ("beschikking:einddatum", "2026-12-31");
    browser.typ("beschikking:urenPerWeek", "5");
    browser.typ("beschikking:klasse", "1"); // 5 hours a week is klasse 3
    browser.klikEnWacht("beschikking:vastleggen");
    browser.wachtOpTekst("S-KLASSE");
    assertTrue(browser.element("beschikking:klasse-melding").getText().contains("S-KLASSE"), browser.element("beschikking:klasse-melding").getText());
    browser.bekijk("consulent-beschikking-geweigerd");

    browser.typ("beschikking:klasse", "3");
    browser.klikEnWacht("beschikking:vastleggen");
    browser.wachtOpTekst("is vastgelegd; toewijzing");
    assertFalse(browser.element("toewijzing").getText().isBlank());
    browser.bekijk("consulent-beschikking-vastgelegd");
  }

  @Test
  @Order(11)
  void deAuditorVindtDeTariefwijzigingInDeAudittrail() {
    uitloggen();
    browser.inloggen("auditor", "demo");
    assertTrue(browser.pad().startsWith("/app/auditor/audit.xhtml"), browser.pad());
    browser.bekijk("auditor-audittrail");
    browser.typ("audit:entiteit", "tarief");
    browser.klikEnWacht("audit:zoek");
    browser.wachtOpTekst("4025");
    assertTrue(browser.element("audit:tabel").getText().contains("contractbeheer"), browser.element("audit:tabel").getText());
  }

  private static String bsn;

  @Test
  @Order(13)
  void metAlleenHetToetsenbordInloggenNaarEenPaginaEnZoeken() {
    uitloggen();
    browser.open("/app/inloggen.xhtml");
    // the login form: the username field has the focus order first; Tab, Enter — no mouse
    org.openqa.selenium.WebElement naam = browser.element("inloggen:gebruikersnaam");
    naam.sendKeys("aanbieder-98000022");
    naam.sendKeys(org.openqa.selenium.Keys.TAB);
    assertEquals("inloggen:wachtwoord", browser.driver.switchTo().activeElement().getAttribute("id"));
    browser.driver.switchTo().activeElement().sendKeys("demo", org.openqa.selenium.Keys.ENTER);
    browser.wachtOpTekst("Overzicht aanbieder 98000022");
    // Tab from the top of the page reaches the skip link first, then the menu; Enter on "Mijn declaraties" opens it
    browser.driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
    assertTrue(browser.driver.switchTo().activeElement().getAttribute("class").contains("overslaan"), "the skip link comes first");
    for (int i = 0; i < 10 && !"menu-declaraties".equals(browser.driver.switchTo().activeElement().getAttribute("id")); i++) {
      browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
    }
    assertEquals("menu-declaraties", browser.driver.switchTo().activeElement().getAttribute("id"), "the menu is reachable by Tab");
    browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
    browser.wachtOpTekst("Periode");
    // the filter: type, then Enter on the search button
    browser.element("declaraties:periode").sendKeys("2026-10");
    browser.element("declaraties:zoek").sendKeys(org.openqa.selenium.Keys.ENTER);
    browser.wachtOpPagina();
    browser.wachtOpTekst(nummer);
  }



  private static long toewijzingVan98000022() {
    bsn = BeschikkingenIT.nieuweBsn();
    long client = api.post("consulent", "/api/clienten", """
        {"bsn":"%s","achternaam":"Browsertest","geboortedatum":"1970-01-01","gemeenteCode":"0356"}""".formatted(bsn))
        .verwacht(201).json().getJsonNumber("id").longValue();
    return api.post("consulent", "/api/beschikkingen", """
        {"clientId":%d,"productCode":"07C01","leveringsvorm":"ZIN","aanbiederAgbCode":"98000022","ingangsdatum":"2026-01-01",
         "einddatum":"2026-12-31","volumePerWeek":2}""".formatted(client)).verwacht(201).json().getJsonNumber("toewijzingNummer").longValue();
  }

  private static void uitloggen() {
    omgeving.uitloggen();
  }
}
