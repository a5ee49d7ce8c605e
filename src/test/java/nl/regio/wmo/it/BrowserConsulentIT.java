package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The consulent's pages in a real browser: a client refused at the BSN field by the 11-proef (CS002) and then
 * recorded; a beschikking refused live by a policy rule (its id and text at the field before anything is submitted)
 * and then recorded; a beschikking's end date changed and its omvang changed, refusals at the field, with the
 * toewijzing history, the wijziging refused live by a policy rule before it is submitted (nothing changed) and made
 * once it passes; a CSV import with one bad row, every row's outcome shown and nothing applied, then the fixed
 * file applied; a provider does not get these pages. Each test makes its own clients (unique names and BSNs), so it depends on no other test or class.
 * Every page and state is checked with axe-core and saved as a screenshot.
 */
@ExtendWith(BrowserOmgeving.class)
class BrowserConsulentIT {

  private static BrowserOmgeving.Gedeeld omgeving;
  private static Api api;
  private static Chromium browser;

  @BeforeAll
  static void start(BrowserOmgeving.Gedeeld gedeeld) {
    omgeving = gedeeld;
    api = gedeeld.api;
    browser = gedeeld.browser;
  }

  @BeforeEach
  void alsConsulent() {
    omgeving.uitloggen();
    browser.inloggen("consulent", "demo");
  }

  @Test
  void eenBsnDieDeElfproefNietHaaltWordtAanHetVeldGeweigerdEnEenGoedeWordtVastgelegd_CS002() {
    String achternaam = "Clienttest" + BrowserOmgeving.Gedeeld.uniek().substring(2);
    String bsn = BeschikkingenIT.nieuweBsn();
    String fout = bsn.substring(0, 8) + ((bsn.charAt(8) - '0' + 1) % 10); // one digit off: fails the 11-proef
    browser.klikEnLaad("menu-clienten");
    assertTrue(browser.pad().startsWith("/app/consulent/clienten.xhtml"), browser.pad());
    browser.bekijk("consulent-clienten");

    browser.typ("client:bsn", fout);
    browser.typ("client:achternaam", achternaam); // leaving the BSN field checks it
    String bsnMelding = wachtOpMelding("client:bsn-melding", "CS002");
    assertTrue(bsnMelding.contains("11-proef"), bsnMelding);
    browser.bekijk("consulent-client-bsn-geweigerd");

    browser.typ("client:voorletters", "K");
    browser.typ("client:geboortedatum", "1955-03-12");
    new Select(browser.element("client:gemeenteCode")).selectByValue("0356");
    browser.klikEnWacht("client:opslaan");
    wachtOpMelding("client:bsn-melding", "CS002");
    assertEquals(0, clienten(achternaam).getInt("totaal"), "a refused client is not stored");

    browser.typ("client:bsn", bsn);
    browser.klikEnWacht("client:opslaan");
    browser.wachtOpTekst("(" + achternaam + ") is vastgelegd.");
    String tabel = browser.element("zoeken:tabel").getText();
    assertTrue(tabel.contains(achternaam) && tabel.contains(bsn) && tabel.contains("12-03-1955"), tabel); // a consulent sees the full BSN
    assertEquals(1, clienten(achternaam).getInt("totaal"));
    browser.bekijk("consulent-client-vastgelegd");

    browser.klikEnWacht("zoeken:tabel:0:bewerk");
    browser.wachtOpTekst("Cliënt wijzigen");
    assertEquals("true", browser.element("client:bsn").getDomProperty("readOnly"), "the BSN of a client cannot change");
    browser.typ("client:postcode", "3431AB");
    browser.klikEnWacht("client:opslaan");
    browser.wachtOpTekst("(" + achternaam + ") is gewijzigd.");
    assertEquals("3431AB", clienten(achternaam).getJsonArray("items").getJsonObject(0).getString("postcode"));
  }

  @Test
  void eenBeschikkingWordtLiveGeweigerdMetRegelEnTekstEnDaarnaVastgelegd_SKLASSE() {
    long client = maakClient("Livetoets");
    browser.open("/app/consulent/beschikking.xhtml?clientId=" + client);
    browser.bekijk("consulent-beschikking-leeg");
    browser.typ("beschikking:productCode", "02A01");
    browser.typ("beschikking:aanbiederAgbCode", "98000033");
    browser.typ("beschikking:ingangsdatum", "2026-04-01");
    browser.typ("beschikking:einddatum", "2026-12-31");
    browser.typ("beschikking:urenPerWeek", "5");
    browser.typ("beschikking:klasse", "1");
    browser.element("beschikking:klasse").sendKeys(Keys.TAB); // leaving the field checks the rules; nothing is submitted
    String melding = wachtOpMelding("beschikking:klasse-melding", "S-KLASSE: 5 uur per week is klasse 3");
    assertTrue(melding.contains("S-KLASSE: 5 uur per week is klasse 3, niet klasse 1"), melding);
    assertFalse(browser.bestaat("toewijzing"), "nothing recorded");
    assertEquals(0, beschikkingen(client).getInt("totaal"), "the live check stores nothing");
    browser.bekijk("consulent-beschikking-live-geweigerd");

    browser.typ("beschikking:urenPerWeek", "14"); // above 13 hours only with an offerte
    browser.element("beschikking:urenPerWeek").sendKeys(Keys.TAB);
    String uren = wachtOpMelding("beschikking:urenPerWeek-melding", "S-IB-RANGE");
    assertTrue(uren.contains("offerte"), uren);

    browser.typ("beschikking:urenPerWeek", "5");
    browser.typ("beschikking:klasse", "3");
    browser.element("beschikking:klasse").sendKeys(Keys.TAB);
    wachtOpMelding("beschikking:toets-uitkomst", "Voldoet aan de beleidsregels");
    assertTrue(browser.element("beschikking:klasse-melding").getText().isBlank(), browser.element("beschikking:klasse-melding").getText());
    assertEquals(0, beschikkingen(client).getInt("totaal"));
    browser.bekijk("consulent-beschikking-live-voldoet");

    browser.klikEnWacht("beschikking:vastleggen");
    browser.wachtOpTekst("is vastgelegd; toewijzing");
    JsonObject vastgelegd = beschikkingen(client).getJsonArray("items").getJsonObject(0);
    assertEquals(String.valueOf(vastgelegd.getJsonNumber("toewijzingNummer").longValue()), browser.element("toewijzing").getText());
    assertEquals(3, vastgelegd.getInt("klasse"));
  }

  @Test
  void deEinddatumEnDeOmvangWijzigenMetWeigeringenAanHetVeldEnDeToewijzingshistorie() {
    long client = maakClient("Historie");
    JsonObject b = api.post("consulent", "/api/beschikkingen", """
        {"clientId":%d,"productCode":"02A01","leveringsvorm":"ZIN","aanbiederAgbCode":"98000033","ingangsdatum":"2026-04-01",
         "einddatum":"2026-12-31","klasse":3,"urenPerWeek":5}""".formatted(client)).verwacht(201).json();
    long toewijzing = b.getJsonNumber("toewijzingNummer").longValue();
    String achternaam = api.get("consulent", "/api/clienten/" + client).verwacht(200).json().getString("achternaam");
    browser.klikEnLaad("menu-beschikkingen");
    browser.bekijk("consulent-beschikkingen-leeg");
    browser.typ("client:naam", achternaam);
    browser.klikEnWacht("client:zoek");
    browser.wachtOpTekst(achternaam + " (BSN");
    browser.bekijk("consulent-beschikkingen");
    browser.klikEnWacht("overzicht:tabel:0:kies");
    browser.wachtOpTekst("Toewijzingen van deze beschikking");
    assertTrue(browser.element("historie").getText().contains(String.valueOf(toewijzing)), browser.element("historie").getText());

    browser.typ("nieuwEinde:einddatum", "2026-03-01");
    browser.klikEnWacht("nieuwEinde:wijzig");
    wachtOpMelding("nieuwEinde:einddatum-melding", "ligt voor de ingangsdatum");
    browser.bekijk("consulent-einddatum-geweigerd");

    browser.typ("nieuwEinde:einddatum", "2026-10-31");
    browser.klikEnWacht("nieuwEinde:wijzig");
    browser.wachtOpTekst("toewijzing " + toewijzing + " houdt haar nummer");
    String historie = browser.element("historie").getText();
    assertTrue(historie.contains("01-04-2026 – 31-10-2026") && historie.contains("05"), historie);
    String versies = browser.element("wijzigingen").getText();
    assertTrue(versies.contains("01-04-2026 – 31-12-2026") && versies.contains("01-04-2026 – 31-10-2026"), versies);
    browser.bekijk("consulent-einddatum-gewijzigd");

    browser.typ("wijziging:ingangsdatum", "2026-07-01");
    browser.typ("wijziging:urenPerWeek", "8");
    browser.typ("wijziging:klasse", "3"); // 8 hours a week is klasse 4
    browser.element("wijziging:klasse").sendKeys(Keys.TAB); // leaving the field checks the rules; nothing is submitted
    String melding = wachtOpMelding("wijziging:klasse-melding", "S-KLASSE: 8 uur per week is klasse 4");
    assertTrue(melding.contains("S-KLASSE: 8 uur per week is klasse 4, niet klasse 3"), melding);
    assertTrue(browser.element("wijziging:toets-uitkomst").getText().isBlank(), browser.element("wijziging:toets-uitkomst").getText());
    assertEquals("2026-10-31", api.get("consulent", "/api/beschikkingen/" + b.getJsonNumber("id").longValue()).verwacht(200).json()
        .getString("einddatum"), "the live check does not shorten the beschikking");
    assertEquals(1, beschikkingen(client).getInt("totaal"), "the live check stores nothing");
    browser.bekijk("consulent-wijziging-live-geweigerd");

    browser.klikEnWacht("wijziging:vastleggen"); // submitted as it is: refused for the same rule
    wachtOpMelding("wijziging:klasse-melding", "S-KLASSE: 8 uur per week is klasse 4");
    assertEquals(1, beschikkingen(client).getInt("totaal"), "a refused wijziging changes nothing");
    browser.bekijk("consulent-wijziging-geweigerd");

    browser.typ("wijziging:klasse", "4");
    browser.element("wijziging:klasse").sendKeys(Keys.TAB);
    wachtOpMelding("wijziging:toets-uitkomst", "Voldoet aan de beleidsregels; nog niet vastgelegd");
    assertTrue(browser.element("wijziging:klasse-melding").getText().isBlank(), browser.element("wijziging:klasse-melding").getText());
    assertEquals(1, beschikkingen(client).getInt("totaal"), "a wijziging that passes the live check is not made yet");
    browser.bekijk("consulent-wijziging-live-voldoet");

    browser.klikEnWacht("wijziging:vastleggen");
    browser.wachtOpTekst("eindigt op 2026-06-30; nieuwe beschikking");
    historie = browser.element("historie").getText();
    assertTrue(historie.contains("01-04-2026 – 30-06-2026") && historie.contains("01-07-2026 – 31-10-2026"), historie);
    long nieuw = beschikkingen(client).getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(x -> x.getString("ingangsdatum").equals("2026-07-01")).findFirst().orElseThrow().getJsonNumber("toewijzingNummer").longValue();
    assertTrue(historie.contains(String.valueOf(nieuw)) && historie.contains(String.valueOf(toewijzing)), historie);
    versies = browser.element("wijzigingen").getText();
    assertTrue(versies.indexOf("31-12-2026") < versies.indexOf("31-10-2026") && versies.contains("30-06-2026"), "versions in order: " + versies);
    browser.bekijk("consulent-toewijzingshistorie");
  }

  @Test
  void eenImportMetEenFouteRijToontElkeRijEnPastNietsToeDaarnaWordtHetHerstelde_BestandVerwerkt() throws Exception {
    String nummer = BrowserOmgeving.Gedeeld.uniek();
    String achternaam = "Importtest" + nummer.substring(2);
    String bsn = BeschikkingenIT.nieuweBsn();
    String kop = "beschikkingNummer,bsn,achternaam,voorvoegsel,voorletters,geboortedatum,geslacht,gemeenteCode,postcode,huisnummer,"
        + "productCode,leveringsvorm,aanbiederAgbCode,ingangsdatum,einddatum,volumePerWeek,klasse,urenPerWeek\n";
    String goed = nummer + "-1," + bsn + "," + achternaam + ",,I,1970-02-02,0,0356,,,02A01,ZIN,98000033,2026-05-01,2026-12-31,,3,5\n";
    String fout = nummer + "-2," + bsn + "," + achternaam + ",,I,1970-02-02,0,0356,,,03A01,ZIN,98000033,2026-05-01,2026-12-31,,1,5\n";
    browser.klikEnLaad("menu-import");
    browser.bekijk("consulent-import");

    upload(kop + goed + fout, "beschikkingen-" + nummer + ".csv");
    browser.wachtOpTekst("Uitkomst per rij");
    assertTrue(browser.element("samenvatting").getText().contains("is afgekeurd"), browser.element("samenvatting").getText());
    String rijen = browser.element("import:rijen").getText();
    assertTrue(rijen.contains(nummer + "-1") && rijen.contains("In orde, niet verwerkt"), rijen);
    assertTrue(rijen.contains(nummer + "-2") && rijen.contains("Geweigerd") && rijen.contains("klasse: S-KLASSE: 5 uur per week is klasse 3"), rijen);
    assertFalse(rijen.contains(bsn), "the outcome never repeats a BSN");
    assertEquals(0, clienten(achternaam).getInt("totaal"), "nothing of a refused file is applied");
    browser.bekijk("consulent-import-geweigerd");

    upload(kop + goed + fout.replace(",,1,5", ",,3,5"), "beschikkingen-" + nummer + "-hersteld.csv");
    browser.wachtOpTekst("is verwerkt: 2 rijen, 2 beschikkingen aangemaakt");
    rijen = browser.element("import:rijen").getText();
    long clientId = clienten(achternaam).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    for (JsonObject b : beschikkingen(clientId).getJsonArray("items").getValuesAs(JsonObject.class)) {
      assertTrue(rijen.contains(b.getString("externNummer") + " Vastgelegd " + b.getJsonNumber("toewijzingNummer").longValue()), rijen);
    }
    assertEquals(2, beschikkingen(clientId).getInt("totaal"));
    browser.bekijk("consulent-import-verwerkt");
  }

  @Test
  void eenAanbiederOpentDeConsulentpaginasNiet() {
    omgeving.uitloggen();
    browser.inloggen("aanbieder-98000033", "demo");
    for (String pagina : List.of("clienten", "beschikkingen", "import", "beschikking")) {
      browser.open("/app/consulent/" + pagina + ".xhtml");
      browser.wachtOpTekst("Geen toegang");
      assertFalse(browser.bestaat("menu-clienten"));
      assertFalse(browser.bestaat("zoeken:tabel") || browser.bestaat("import:bestand"), pagina);
    }
  }

  /** Drops {@code inhoud} as a file on the page's upload (auto: sent at once) and waits until the answer is there. */
  private static void upload(String inhoud, String naam) throws Exception {
    Path map = Files.createDirectories(BrowserOmgeving.WERK.resolve("uploads"));
    Path bestand = map.resolve(naam);
    Files.writeString(bestand, inhoud, StandardCharsets.UTF_8);
    browser.driver.findElement(By.id("import:bestand_input")).sendKeys(bestand.toString());
    browser.wachtOpTekst(naam);
    browser.wachtOpPagina();
  }

  /**
   * Waits until the message at a field (or a status element) contains {@code tekst}, and until no ajax request is in
   * flight any more (a live check sent earlier may still replace the message); its text then.
   */
  private static String wachtOpMelding(String id, String tekst) {
    try {
      browser.wachtOpPagina();
      String gevonden = new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> {
        String s = d.findElement(By.id(id)).getText();
        return s.contains(tekst) ? s : null;
      });
      browser.wachtOpPagina();
      return gevonden;
    } catch (TimeoutException e) {
      browser.schermafdruk("mislukt-" + System.nanoTime());
      throw new AssertionError("'" + tekst + "' not at " + id + ": '" + browser.element(id).getText() + "'\n" + browser.tekst(), e);
    }
  }

  private static long maakClient(String soort) {
    String achternaam = soort + BrowserOmgeving.Gedeeld.uniek().substring(2);
    return api.post("consulent", "/api/clienten", """
        {"bsn":"%s","achternaam":"%s","voorletters":"B","geboortedatum":"1960-05-05","gemeenteCode":"0356"}"""
        .formatted(BeschikkingenIT.nieuweBsn(), achternaam)).verwacht(201).json().getJsonNumber("id").longValue();
  }

  private static JsonObject clienten(String achternaam) {
    return api.get("consulent", "/api/clienten?naam=" + achternaam).verwacht(200).json();
  }

  private static JsonObject beschikkingen(long client) {
    return api.get("consulent", "/api/beschikkingen?client=" + client).verwacht(200).json();
  }
}
