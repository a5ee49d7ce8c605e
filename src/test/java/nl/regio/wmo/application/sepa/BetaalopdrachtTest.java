package nl.regio.wmo.application.sepa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import nl.regio.wmo.application.Fout;
import nl.regio.wmo.application.OngeldigeInvoerException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a payment order refuses, and how texts are brought into the SEPA character set. */
class BetaalopdrachtTest {

  private static List<Fout> fouten(Executable actie) {
    return assertThrows(OngeldigeInvoerException.class, actie).fouten();
  }

  private static String velden(List<Fout> fouten) {
    return fouten.stream().map(Fout::veld).collect(Collectors.joining(","));
  }

  @ParameterizedTest(name = "{0} cent")
  @ValueSource(longs = {0, -1, -123_456})
  @DisplayName("a zero or negative provider total is refused with a message that says why")
  void nulOfNegatiefWordtGeweigerd(long cent) {
    List<Fout> fouten = fouten(() -> Betaalopdrachten.betaling(cent));
    assertEquals("bedragCent", velden(fouten));
    String melding = fouten.get(0).melding();
    assertTrue(melding.contains("E2E-1") && melding.contains("Zorg Thuis B.V."), melding);
    assertTrue(melding.contains("hoort niet in een betaalbestand"), melding);
  }

  @Test
  @DisplayName("one cent and 999.999.999,99 are accepted; one cent more is refused")
  void grenzenVanHetBedrag() {
    assertEquals(1, Betaalopdrachten.betaling(1).bedragCent());
    assertEquals(Betaling.MAX_BEDRAG_CENT, Betaalopdrachten.betaling(Betaling.MAX_BEDRAG_CENT).bedragCent());
    assertEquals("bedragCent", velden(fouten(() -> Betaalopdrachten.betaling(Betaling.MAX_BEDRAG_CENT + 1))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NL20INGB0001234568", "NL20INGB000123456", "XX", "", "NL20 INGB 0001 2345 6X"})
  @DisplayName("an invalid IBAN is refused (project Iban: form and mod 97)")
  void ongeldigeIban(String iban) {
    List<Fout> fouten = fouten(
        () -> Betaalopdrachten.betaling("E2E-1", "Zorg Thuis B.V.", iban, 100, "Wmo afrekening"));
    assertEquals("iban", velden(fouten));
  }

  @Test
  @DisplayName("an IBAN with spaces and lower case is normalised")
  void ibanGenormaliseerd() {
    assertEquals("NL20INGB0001234567",
        Betaalopdrachten.betaling("E2E-1", "Zorg", "nl20 ingb 0001 2345 67", 100, "Wmo").iban());
  }

  @Test
  @DisplayName("a bad BIC is refused, a good one normalised, an absent one stays null")
  void bic() {
    assertEquals("bic", velden(fouten(() -> new Betaling("E2E-1", "Zorg", "NL20INGB0001234567", "INGB", 1, "Wmo"))));
    assertEquals("INGBNL2A", new Betaling("E2E-1", "Zorg", "NL20INGB0001234567", "ingb nl2a", 1, "Wmo").bic());
    assertNull(new Betaling("E2E-1", "Zorg", "NL20INGB0001234567", " ", 1, "Wmo").bic());
  }

  @Test
  @DisplayName("an empty payment list is refused: no file without payments")
  void legeLijstWordtGeweigerd() {
    List<Fout> fouten = fouten(() -> new Betaalopdracht("WMO-AFR-000042", Betaalopdrachten.AANGEMAAKT,
        Betaalopdrachten.UITVOERDATUM, Betaalopdrachten.REGIO, List.of()));
    assertEquals("betalingen", velden(fouten));
    assertEquals("betalingen", velden(fouten(() -> new Betaalopdracht("WMO-AFR-000042",
        Betaalopdrachten.AANGEMAAKT, Betaalopdrachten.UITVOERDATUM, Betaalopdrachten.REGIO, null))));
    assertEquals("betalingen", velden(fouten(() -> new Betaalopdracht("WMO-AFR-000042",
        Betaalopdrachten.AANGEMAAKT, Betaalopdrachten.UITVOERDATUM, Betaalopdrachten.REGIO,
        Collections.singletonList(null)))));
  }

  @Test
  @DisplayName("an EndToEndId used twice is refused")
  void dubbeleEndToEndId() {
    List<Betaling> dubbel = List.of(Betaalopdrachten.betaling(100), Betaalopdrachten.betaling(200));
    List<Fout> fouten = fouten(() -> new Betaalopdracht("WMO-AFR-000042", Betaalopdrachten.AANGEMAAKT,
        Betaalopdrachten.UITVOERDATUM, Betaalopdrachten.REGIO, dubbel));
    assertEquals(1, fouten.size());
    assertTrue(fouten.get(0).melding().contains("E2E-1"), fouten::toString);
  }

  @Test
  @DisplayName("all order-level problems are reported at once")
  void alleFoutenTegelijk() {
    List<Fout> fouten = fouten(() -> new Betaalopdracht("WMO//AFR", null, null, null, List.of()));
    assertEquals("berichtId,aangemaakt,uitvoerdatum,betaler,betalingen", velden(fouten));
  }

  @Test
  @DisplayName("an execution date before the creation date is refused")
  void uitvoerdatumInHetVerleden() {
    assertEquals("uitvoerdatum", velden(fouten(() -> new Betaalopdracht("WMO-AFR-000042",
        Betaalopdrachten.AANGEMAAKT, Betaalopdrachten.AANGEMAAKT.toLocalDate().minusDays(1),
        Betaalopdrachten.REGIO, Betaalopdrachten.DRIE))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"WMO-AFR-000042-EEN-HEEL-LANG-BERICHT-ID", "/WMO-42", "WMO-42/", "WMO//42", "WMO_42",
      "WMO-42 ", " ", "WMO-€42"})
  @DisplayName("ids longer than 35, with //, a leading or trailing / or space, or outside the set are refused")
  void ongeldigeIds(String id) {
    assertEquals("berichtId", velden(fouten(() -> new Betaalopdracht(id, Betaalopdrachten.AANGEMAAKT,
        Betaalopdrachten.UITVOERDATUM, Betaalopdrachten.REGIO, Betaalopdrachten.DRIE))));
    assertEquals("endToEndId", velden(fouten(
        () -> Betaalopdrachten.betaling(id, "Zorg", "NL20INGB0001234567", 1, "Wmo"))));
  }

  @Test
  @DisplayName("a 35-character id is accepted")
  void idVan35() {
    String id = "WMO-AFR-000042-98000011-ABCDEFGHIJK";
    assertEquals(35, id.length());
    assertEquals(id, Betaalopdrachten.betaling(id, "Zorg", "NL20INGB0001234567", 1, "Wmo").endToEndId());
  }

  @Test
  @DisplayName("remittance text: 140 characters is accepted, 141 refused, never cut")
  void omschrijvingMax140() {
    String precies = "x".repeat(140);
    assertEquals(precies, Betaalopdrachten.betaling("E2E-1", "Zorg", "NL20INGB0001234567", 1, precies)
        .omschrijving());
    List<Fout> fouten = fouten(
        () -> Betaalopdrachten.betaling("E2E-1", "Zorg", "NL20INGB0001234567", 1, precies + "y"));
    assertEquals("omschrijving", velden(fouten));
    assertEquals("omschrijving", velden(fouten(
        () -> Betaalopdrachten.betaling("E2E-1", "Zorg", "NL20INGB0001234567", 1, " "))));
  }

  @Test
  @DisplayName("a name is cut to 70 characters, never refused for its length")
  void naamAfgekapt() {
    Betaling b = Betaalopdrachten.betaling("E2E-1", "A".repeat(69) + " BCD", "NL20INGB0001234567", 1, "Wmo");
    assertEquals("A".repeat(69), b.naam());
    assertEquals(70, Betaalopdrachten.betaling("E2E-1", "B".repeat(200), "NL20INGB0001234567", 1, "Wmo")
        .naam().length());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @DisplayName("texts are transliterated to the EPC Latin character set")
  @CsvSource(delimiter = '|', value = {
      "Zorgcoöperatie De Eendracht|Zorgcooperatie De Eendracht",
      "Thuiszorg Ĳsselstein|Thuiszorg IJsselstein",
      "Straße & Söhne|Strasse + Sohne",
      "Crèche «Le Château»|ERROR",
      "Dagbesteding ‘t Hofje – Zuid|Dagbesteding 't Hofje - Zuid",
      "  Veel    spaties\tén tab  |Veel spaties en tab",
      "Ærø Øresund Łódź|AEro Oresund Lodz",
      "Zorg@Thuis|ERROR",
      "Zorg 100%|ERROR",
      "Σ Zorg|ERROR",
      "(Zorg) 1/2: ja? a.b,c'd+e-f|(Zorg) 1/2: ja? a.b,c'd+e-f"})
  void transliteratie(String invoer, String verwacht) {
    if ("ERROR".equals(verwacht)) {
      List<Fout> fouten = fouten(() -> SepaTekens.naarSepa(invoer, "naam"));
      assertTrue(fouten.get(0).melding().contains("SEPA-tekenset"), fouten::toString);
    } else {
      assertEquals(verwacht, SepaTekens.naarSepa(invoer, "naam"));
    }
  }

  @Test
  @DisplayName("a name with characters that cannot be transliterated is refused with the character named")
  void naamMetVreemdTeken() {
    List<Fout> fouten = fouten(
        () -> Betaalopdrachten.betaling("E2E-1", "Zorg@Thuis", "NL20INGB0001234567", 1, "Wmo"));
    assertEquals("naam", velden(fouten));
    assertTrue(fouten.get(0).melding().contains("@ (U+0040)"), fouten::toString);
  }

  @Test
  @DisplayName("several problems in one payment are reported together")
  void meerdereFoutenInEenBetaling() {
    List<Fout> fouten = fouten(() -> new Betaling("", "", "NL00", "X", 0, ""));
    assertEquals("endToEndId,naam,iban,bic,bedragCent,omschrijving", velden(fouten));
  }

  @Test
  @DisplayName("more than 100.000 payments in one batch is refused")
  void teVeelBetalingen() {
    Betaling een = Betaalopdrachten.betaling(1);
    List<Betaling> veel = new ArrayList<>(Collections.nCopies(Betaalopdracht.MAX_BETALINGEN + 1, een));
    List<Fout> fouten = fouten(() -> new Betaalopdracht("WMO-AFR-000042", Betaalopdrachten.AANGEMAAKT,
        Betaalopdrachten.UITVOERDATUM, Betaalopdrachten.REGIO, veel));
    assertEquals(2, fouten.size(), fouten::toString); // the one EndToEndId used 100001 times, and the count
    assertTrue(fouten.stream().anyMatch(f -> f.melding().contains("hoogstens 100000")), fouten::toString);
  }

  @Test
  @DisplayName("the order copies its list and sums in cents")
  void kopieEnTotaal() {
    List<Betaling> lijst = new ArrayList<>(Betaalopdrachten.DRIE);
    Betaalopdracht opdracht = new Betaalopdracht("WMO-AFR-000042", Betaalopdrachten.AANGEMAAKT,
        Betaalopdrachten.UITVOERDATUM, Betaalopdrachten.REGIO, lijst);
    lijst.clear();
    assertEquals(3, opdracht.aantal());
    assertEquals("€ 1.235.555,55", opdracht.totaal().toString());
  }
}
