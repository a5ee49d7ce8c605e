package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The contract manager's pages in a real browser: a provider refused at the field (AGB format, IBAN check digits, a
 * duplicate), then added and changed; a product refused by S-TRAJECT then added; a contract for that provider; a tariff
 * per klasse refused, added, succeeded by a second version (the first one ends the day before, the past is kept) and an
 * overlapping one refused; the klassen and municipalities; reloading the configuration with its outcome in words (some
 * buttons pressed with the keyboard); another role kept out of these pages. Its
 * own provider, product and contract (unique per run), so it depends on no other class's data.
 */
@ExtendWith(BrowserOmgeving.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserContractbeheerIT {

  private static BrowserOmgeving.Gedeeld omgeving;
  private static Chromium browser;
  private static String agb;
  private static String productCode;
  private static String contractNummer;

  @BeforeAll
  static void start(BrowserOmgeving.Gedeeld gedeeld) {
    omgeving = gedeeld;
    browser = gedeeld.browser;
    String uniek = BrowserOmgeving.Gedeeld.uniek();
    agb = String.format("97%06d", Math.floorMod(System.nanoTime() / 1000, 1_000_000L));
    productCode = "T" + uniek.substring(uniek.length() - 4);
    contractNummer = "UI-CB-" + uniek;
  }

  /** The shared browser is left logged out, as a class that comes next expects to find it. */
  @AfterAll
  static void uitloggen() {
    omgeving.uitloggen();
  }

  @Test
  @Order(1)
  void eenAanbiederWordtEerstBijHetVeldGeweigerdDanToegevoegdEnGewijzigd() {
    inloggen();
    browser.klikEnLaad("menu-aanbieders");
    assertTrue(browser.pad().startsWith("/app/contractbeheer/aanbieders.xhtml"), browser.pad());
    browser.wachtOpTekst("98000011");
    browser.bekijk("contractbeheer-aanbieders");

    // refused: an AGB code of 4 digits and an IBAN whose check digits are wrong, each message at its field
    browser.typ("aanbieder:agbCode", "1234");
    browser.typ("aanbieder:naam", "Zorg Browsertest");
    browser.typ("aanbieder:iban", "NL00ABNA0417164300");
    browser.klikEnWacht("aanbieder:bewaar");
    browser.wachtOpTekst("IBAN-controlegetal klopt niet");
    assertTrue(browser.element("aanbieder:agbCode-melding").getText().contains("8 cijfers"), browser.element("aanbieder:agbCode-melding").getText());
    assertTrue(browser.element("aanbieder:iban-melding").getText().contains("controlegetal"), browser.element("aanbieder:iban-melding").getText());
    browser.bekijk("contractbeheer-aanbieder-geweigerd");

    browser.typ("aanbieder:agbCode", agb);
    browser.typ("aanbieder:iban", "NL91 ABNA 0417 1643 00");
    browser.klikEnWacht("aanbieder:bewaar");
    browser.wachtOpTekst("Aanbieder " + agb + " (Zorg Browsertest) is toegevoegd.");
    String rij = browser.element("overzicht:tabel").getText();
    assertTrue(rij.contains(agb) && rij.contains("NL91ABNA0417164300"), rij);
    browser.bekijk("contractbeheer-aanbieder-toegevoegd");

    // the same AGB code again: the duplicate is refused at the field
    browser.klikEnWacht("aanbieder:nieuw");
    browser.typ("aanbieder:agbCode", agb);
    browser.typ("aanbieder:naam", "Dubbel");
    browser.typ("aanbieder:iban", "NL91ABNA0417164300");
    browser.klikEnWacht("aanbieder:bewaar");
    browser.wachtOpTekst("Er is al een aanbieder met AGB-code " + agb);
    assertTrue(browser.element("aanbieder:agbCode-melding").getText().contains("Er is al een aanbieder"));

    // change it from the list: name and IBAN
    browser.typ("overzicht:zoekAgb", agb);
    browser.klikEnWacht("overzicht:zoek");
    metToetsenbord("overzicht:tabel:0:wijzig");
    browser.wachtOpTekst("Aanbieder wijzigen: " + agb);
    assertTrue(browser.element("aanbieder:agbCode").getAttribute("readonly") != null, "the AGB code cannot change");
    browser.typ("aanbieder:naam", "Zorg Browsertest Gewijzigd");
    browser.typ("aanbieder:iban", "NL20INGB0001234567");
    browser.klikEnWacht("aanbieder:bewaar");
    browser.wachtOpTekst("Aanbieder " + agb + " is gewijzigd: Zorg Browsertest Gewijzigd, IBAN NL20INGB0001234567.");
    rij = browser.element("overzicht:tabel").getText();
    assertTrue(rij.contains("Zorg Browsertest Gewijzigd") && rij.contains("NL20INGB0001234567"), rij);
    browser.bekijk("contractbeheer-aanbieder-gewijzigd");
  }

  @Test
  @Order(2)
  void eenProductPerKlasseWordtDoorSTrajectGeweigerdEnDaarnaToegevoegd() {
    inloggen();
    browser.klikEnLaad("menu-producten");
    browser.wachtOpTekst("07C01");
    browser.bekijk("contractbeheer-producten");

    browser.typ("product:code", productCode);
    browser.typ("product:naam", "Begeleiding traject " + productCode);
    new Select(browser.element("product:categorie")).selectByValue("02");
    new Select(browser.element("product:eenheid")).selectByValue("04");
    new Select(browser.element("product:uitvoeringsvariant")).selectByValue("INSPANNINGSGERICHT");
    browser.klik("product:tariefPerKlasse");
    browser.klikEnWacht("product:bewaar");
    browser.wachtOpTekst("S-TRAJECT");
    assertTrue(browser.element("product:tariefPerKlasse-melding").getText().contains("S-TRAJECT"),
        browser.element("product:tariefPerKlasse-melding").getText());
    assertTrue(browser.element("product:eenheid-melding").getText().contains("S-TRAJECT"), browser.element("product:eenheid-melding").getText());
    browser.bekijk("contractbeheer-product-geweigerd");

    new Select(browser.element("product:eenheid")).selectByValue("83");
    new Select(browser.element("product:uitvoeringsvariant")).selectByValue("OUTPUTGERICHT");
    browser.klikEnWacht("product:bewaar");
    browser.wachtOpTekst("Product " + productCode + " (Begeleiding traject " + productCode + ") is toegevoegd: Begeleiding, per Euro's, trajectbedrag per klasse.");
    String rij = browser.element("overzicht:tabel").getText();
    assertTrue(rij.contains(productCode) && rij.contains("Outputgericht"), rij);
    browser.bekijk("contractbeheer-product-toegevoegd");

    // change its name from the list; the code stays
    browser.klikEnWacht("overzicht:tabel:0:wijzig");
    browser.wachtOpTekst("Product wijzigen: " + productCode);
    browser.typ("product:naam", "Begeleiding traject " + productCode + " (gewijzigd)");
    browser.klikEnWacht("product:bewaar");
    browser.wachtOpTekst("Product " + productCode + " (Begeleiding traject " + productCode + " (gewijzigd)) is gewijzigd");
    assertTrue(browser.element("overzicht:tabel").getText().contains("(gewijzigd)"), browser.element("overzicht:tabel").getText());
  }

  @Test
  @Order(3)
  void eenContractVoorDieAanbiederMetDatProduct() {
    inloggen();
    browser.klikEnLaad("menu-contracten");
    browser.bekijk("contractbeheer-contracten");

    // an unknown product: the message sits at the product field
    browser.typ("contract:nummer", contractNummer);
    browser.typ("contract:aanbiederAgbCode", agb);
    browser.typ("contract:omschrijving", "Browsertest begeleiding");
    browser.typ("contract:ingangsdatum", "2027-01-01");
    browser.typ("contract:einddatum", "2027-12-31");
    browser.typ("contract:productCodes", productCode + ", ZZZZ9");
    browser.klikEnWacht("contract:bewaar");
    browser.wachtOpTekst("onbekend product: ZZZZ9");
    assertTrue(browser.element("contract:productCodes-melding").getText().contains("ZZZZ9"), browser.element("contract:productCodes-melding").getText());
    browser.bekijk("contractbeheer-contract-geweigerd");

    browser.typ("contract:productCodes", productCode);
    browser.klikEnWacht("contract:bewaar");
    browser.wachtOpTekst("Contract " + contractNummer + " van Zorg Browsertest Gewijzigd (" + agb + ") is toegevoegd: vanaf 2027-01-01 tot en met 2027-12-31; producten "
        + productCode + "; gemeenten 0321, 0331, 0353, 0356, 1961.");
    String rij = browser.element("overzicht:tabel").getText();
    assertTrue(rij.contains(contractNummer) && rij.contains("01-01-2027") && rij.contains("31-12-2027"), rij);
    browser.bekijk("contractbeheer-contract-toegevoegd");

    // change it: only for Nieuwegein and Houten
    browser.klikEnWacht("overzicht:tabel:0:wijzig");
    browser.wachtOpTekst("Contract wijzigen: " + contractNummer);
    browser.typ("contract:gemeenteCodes", "0356 0321");
    browser.klikEnWacht("contract:bewaar");
    browser.wachtOpTekst("Contract " + contractNummer + " van Zorg Browsertest Gewijzigd (" + agb + ") is gewijzigd");
    assertTrue(browser.element("overzicht:tabel").getText().contains("0321, 0356") || browser.element("overzicht:tabel").getText().contains("0356, 0321"),
        browser.element("overzicht:tabel").getText());
  }

  @Test
  @Order(4)
  void tariefversiesPerKlasseVormenEenTijdlijnEnHetVerledenBlijft() {
    inloggen();
    browser.klikEnLaad("menu-contracten");
    browser.typ("overzicht:zoekAanbieder", agb);
    browser.typ("overzicht:zoekDatum", "1-6-2027");
    browser.klikEnWacht("overzicht:zoek");
    browser.wachtOpTekst("is geen datum (jjjj-mm-dd): 1-6-2027");
    assertTrue(browser.element("overzicht:zoekDatum-melding").getText().contains("geen datum"));
    browser.typ("overzicht:zoekDatum", "2027-06-01");
    browser.klikEnWacht("overzicht:zoek");
    browser.wachtOpTekst(contractNummer);
    browser.klikEnLaad("overzicht:tabel:0:tarieven");
    assertTrue(browser.pad().contains("contract=" + contractNummer), browser.pad());
    assertTrue(browser.element("zoeken:contract").getAttribute("value").equals(contractNummer));

    // a product priced per klasse without a klasse: refused at the klasse field
    browser.typ("nieuw:contractNummer", contractNummer);
    browser.typ("nieuw:productCode", productCode);
    browser.typ("nieuw:ingangsdatum", "2027-01-01");
    browser.typ("nieuw:bedragCent", "612,00");
    browser.klikEnWacht("nieuw:voegToe");
    browser.wachtOpTekst("wordt per klasse geprijsd");
    assertTrue(browser.element("nieuw:klasse-melding").getText().contains("per klasse"), browser.element("nieuw:klasse-melding").getText());
    browser.bekijk("contractbeheer-tarief-klasse-geweigerd");

    browser.typ("nieuw:klasse", "3");
    browser.klikEnWacht("nieuw:voegToe");
    browser.wachtOpTekst("is toegevoegd: " + productCode + " vanaf 2027-01-01 (contract " + contractNummer + ")");

    // a new amount from July: a second version; the first one now ends on 30-06-2027, its amount unchanged
    browser.typ("nieuw:ingangsdatum", "2027-07-01");
    browser.typ("nieuw:bedragCent", "650,50");
    browser.klikEnWacht("nieuw:voegToe");
    browser.wachtOpTekst("is toegevoegd: " + productCode + " vanaf 2027-07-01 (contract " + contractNummer + ")");
    String tijdlijn = browser.element("tijdlijnen").getText();
    assertTrue(tijdlijn.contains(contractNummer + " · " + productCode + " · Klasse 3 (trajectbedrag) · per Euro's"), tijdlijn);
    assertTrue(tijdlijn.contains("01-01-2027 30-06-2027 € 612,00"), tijdlijn);
    assertTrue(tijdlijn.contains("01-07-2027 open € 650,50"), tijdlijn);
    browser.bekijk("contractbeheer-tarief-tijdlijn");

    // a version in the middle of the past would rewrite it: refused at the start date, nothing changed
    browser.typ("nieuw:ingangsdatum", "2027-03-01");
    browser.typ("nieuw:bedragCent", "700,00");
    browser.klikEnWacht("nieuw:voegToe");
    browser.wachtOpTekst("versies van één tarief mogen niet overlappen");
    assertTrue(browser.element("nieuw:ingangsdatum-melding").getText().contains("Overlapt met tariefversie"),
        browser.element("nieuw:ingangsdatum-melding").getText());
    tijdlijn = browser.element("tijdlijnen").getText();
    assertFalse(tijdlijn.contains("€ 700,00"), tijdlijn);
    assertTrue(tijdlijn.contains("01-01-2027 30-06-2027 € 612,00"), tijdlijn);
    browser.bekijk("contractbeheer-tarief-overlap-geweigerd");
  }

  @Test
  @Order(5)
  void deKlassenEnGemeentenEnHetOpnieuwLadenVanDeConfiguratie() {
    inloggen();
    browser.klikEnLaad("menu-regio");
    String klassen = browser.element("klassen").getText();
    assertTrue(klassen.contains("5 10 13"), klassen);
    String gemeenten = browser.element("gemeenten").getText();
    assertTrue(gemeenten.contains("0356 Nieuwegein") && gemeenten.contains("1961 Vijfheerenlanden"), gemeenten);
    browser.bekijk("contractbeheer-regio");

    metToetsenbord("configuratie:laad");
    browser.wachtOpTekst("Configuratie opnieuw gelezen:");
    String melding = browser.element("meldingen").getText();
    assertTrue(melding.contains("PGB-tariefregel") && melding.contains("in gebruik"), melding);
    browser.bekijk("contractbeheer-regio-geladen");
  }

  @Test
  @Order(6)
  void eenAndereRolOpentDeBeheerpaginasNietOokNietDoorDeUrl() {
    omgeving.uitloggen();
    browser.inloggen("consulent", "demo");
    assertFalse(browser.bestaat("menu-aanbieders"));
    for (String pagina : new String[] {"aanbieders", "producten", "contracten", "regio"}) {
      browser.open("/app/contractbeheer/" + pagina + ".xhtml");
      browser.wachtOpTekst("Geen toegang");
      assertFalse(browser.bestaat("configuratie:laad") || browser.bestaat("aanbieder:bewaar"), pagina);
    }
  }

  /** Presses a button with the keyboard (Enter), as someone without a mouse does, and waits for its ajax request. */
  private static void metToetsenbord(String id) {
    browser.wachtOpPagina();
    browser.element(id).sendKeys(Keys.ENTER);
    browser.wachtOpPagina();
  }

  private static void inloggen() {
    omgeving.uitloggen();
    browser.inloggen("contractbeheer", "demo");
  }
}
