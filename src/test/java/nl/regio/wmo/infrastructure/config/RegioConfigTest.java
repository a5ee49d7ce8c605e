package nl.regio.wmo.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regio.wmo.ConfigFixture;
import nl.regio.wmo.domain.shared.AgbCode;
import nl.regio.wmo.domain.shared.GemeenteCode;
import nl.regio.wmo.domain.shared.Iban;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped region configuration and demo data model the seeds' products correctly. The
 * application loads these same files through its validating use cases (see ContractbeheerIT).
 */
class RegioConfigTest {

  private static Map<String, CSVRecord> producten() {
    return ConfigFixture.csv("regio/producten.csv").stream().collect(Collectors.toMap(r -> r.get("code"), r -> r));
  }

  @Test
  void deVijfLekstroomgemeenten() {
    Map<String, String> gemeenten =
        ConfigFixture.csv("regio/gemeenten.csv").stream().collect(Collectors.toMap(r -> r.get("cbsCode"), r -> r.get("naam")));
    assertEquals(
        Map.of("0321", "Houten", "0353", "IJsselstein", "0331", "Lopik", "0356", "Nieuwegein", "1961", "Vijfheerenlanden"),
        gemeenten);
    gemeenten.keySet().forEach(GemeenteCode::new);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      S-OMD123 OMD niveau 1 per dagdeel                 | 07A01 | 07 | 16 | INSPANNINGSGERICHT | false
      S-OMD123 OMD niveau 2 per dagdeel                 | 07A02 | 07 | 16 | INSPANNINGSGERICHT | false
      S-OMD123 OMD niveau 3 per dagdeel                 | 07A03 | 07 | 16 | INSPANNINGSGERICHT | false
      S-DAGDEEL dagactiviteit basis V&V per dagdeel     | 07B01 | 07 | 16 | INSPANNINGSGERICHT | false
      S-DAGDEEL module PG per dagdeel                   | 07B02 | 07 | 16 | INSPANNINGSGERICHT | false
      S-DAGDEEL module som per dagdeel                  | 07B03 | 07 | 16 | INSPANNINGSGERICHT | false
      S-DAGDEEL VG licht per dagdeel                    | 07C01 | 07 | 16 | INSPANNINGSGERICHT | false
      S-DAGDEEL VG midden per dagdeel                   | 07C02 | 07 | 16 | INSPANNINGSGERICHT | false
      S-DAGDEEL VG zwaar per dagdeel                    | 07C03 | 07 | 16 | INSPANNINGSGERICHT | false
      S-DAGDEEL LG licht per dagdeel                    | 07C04 | 07 | 16 | INSPANNINGSGERICHT | false
      S-DAGDEEL LG midden per dagdeel                   | 07C05 | 07 | 16 | INSPANNINGSGERICHT | false
      S-DAGDEEL LG zwaar per dagdeel                    | 07C06 | 07 | 16 | INSPANNINGSGERICHT | false
      S-GGZ-UREN dagactiviteit GGZ per uur              | 07D01 | 07 | 04 | INSPANNINGSGERICHT | false
      S-VERVOER vervoer V&V per dagdeel                 | 08A01 | 08 | 16 | INSPANNINGSGERICHT | false
      S-VERVOER vervoer GHZ per dagdeel                 | 08A02 | 08 | 16 | INSPANNINGSGERICHT | false
      S-VERVOER vervoer GHZ rolstoel per dagdeel        | 08A03 | 08 | 16 | INSPANNINGSGERICHT | false
      S-VERVOER vervoer GGZ per dagdeel                 | 08A04 | 08 | 16 | INSPANNINGSGERICHT | false
      S-TRAJECT begeleiding basis: trajectbedrag/klasse | 02A01 | 02 | 83 | OUTPUTGERICHT      | true
      S-TRAJECT begeleiding speciaal: trajectbedrag     | 02A02 | 02 | 83 | OUTPUTGERICHT      | true
      S-PV persoonlijke verzorging: trajectbedrag       | 03A01 | 03 | 83 | OUTPUTGERICHT      | true
      """)
  void productmodel(String regel, String code, String categorie, String eenheid, String variant, boolean perKlasse) {
    CSVRecord p = producten().get(code);
    assertEquals(categorie, p.get("categorie"), regel);
    assertEquals(eenheid, p.get("eenheid"), regel);
    assertEquals(variant, p.get("uitvoeringsvariant"), regel);
    assertEquals(perKlasse, Boolean.parseBoolean(p.get("tariefPerKlasse")), regel);
  }

  @Test
  void elkProductHeeftEenRegionaalTariefIn2025En2026_PerKlasseVoorAlleVijfKlassen_STRAJECT() {
    Map<String, CSVRecord> producten = producten();
    Set<String> regels =
        ConfigFixture.csv("demo/tarieven.csv").stream()
            .filter(r -> r.get("contractNummer").isBlank())
            .map(r -> r.get("productCode") + "/" + r.get("klasse") + "/" + r.get("ingangsdatum"))
            .collect(Collectors.toSet());
    for (String code : producten.keySet()) {
      boolean perKlasse = Boolean.parseBoolean(producten.get(code).get("tariefPerKlasse"));
      for (String jaar : List.of("2025-01-01", "2026-01-01")) {
        if (perKlasse) {
          for (int k = 1; k <= 5; k++) {
            assertTrue(regels.contains(code + "/" + k + "/" + jaar), code + " klasse " + k + " " + jaar);
          }
        } else {
          assertTrue(regels.contains(code + "//" + jaar), code + " " + jaar);
        }
      }
    }
  }

  @Test
  void persoonlijkeVerzorgingKostEvenveelAlsBegeleidingBasis_SPV() {
    Map<String, String> basis = new HashMap<>();
    Map<String, String> pv = new HashMap<>();
    for (CSVRecord r : ConfigFixture.csv("demo/tarieven.csv")) {
      if (!r.get("contractNummer").isBlank()) {
        continue;
      }
      String sleutel = r.get("klasse") + "/" + r.get("ingangsdatum");
      if (r.get("productCode").equals("02A01")) {
        basis.put(sleutel, r.get("bedragCent"));
      } else if (r.get("productCode").equals("03A01")) {
        pv.put(sleutel, r.get("bedragCent"));
      }
    }
    assertEquals(10, basis.size());
    assertEquals(basis, pv);
  }

  @Test
  void trajectbedragenStijgenMetDeKlasse_STRAJECT() {
    for (String code : List.of("02A01", "02A02", "03A01")) {
      long vorige = 0;
      for (int k = 1; k <= 5; k++) {
        int klasse = k;
        long bedrag =
            ConfigFixture.csv("demo/tarieven.csv").stream()
                .filter(r -> r.get("contractNummer").isBlank() && r.get("productCode").equals(code))
                .filter(r -> r.get("klasse").equals(String.valueOf(klasse)) && r.get("ingangsdatum").equals("2026-01-01"))
                .mapToLong(r -> Long.parseLong(r.get("bedragCent")))
                .findFirst()
                .orElseThrow();
        assertTrue(bedrag > vorige, code + " klasse " + k);
        vorige = bedrag;
      }
    }
  }

  @Test
  void demoAanbiedersHebbenGeldigeAgbEnIban() {
    List<CSVRecord> aanbieders = ConfigFixture.csv("demo/aanbieders.csv");
    assertFalse(aanbieders.isEmpty());
    for (CSVRecord r : aanbieders) {
      new AgbCode(r.get("agbCode"));
      new Iban(r.get("iban"));
      assertTrue(r.get("naam").contains("(demo)"), "demo data is marked as such: " + r.get("naam"));
    }
  }

  @Test
  void eenDemoContractDektElkProduct() {
    assertTrue(
        ConfigFixture.csv("demo/contracten.csv").stream().anyMatch(r -> r.get("productCodes").equals("*")));
    ConfigFixture.csv("demo/contracten.csv").forEach(r -> LocalDate.parse(r.get("ingangsdatum")));
  }

  @Test
  void deDemoDeclaratieIsEenGeldigWmo323MetKloppendeTotalen_TR358() throws Exception {
    java.nio.file.Path bericht = java.nio.file.Path.of("config/demo/wmo323-voorbeeld.xml");
    nl.regio.wmo.interfaces.iwmo.Wmo323Lezer lezer = new nl.regio.wmo.interfaces.iwmo.Wmo323Lezer();
    lezer.controleer(bericht);
    nl.regio.wmo.domain.declaratie.BerichtControle controle = new nl.regio.wmo.domain.declaratie.BerichtControle();
    lezer.lees(bericht, new nl.regio.wmo.interfaces.iwmo.Wmo323Handler() {
      @Override
      public void kop(nl.regio.wmo.interfaces.iwmo.Wmo323Kop k) {
        controle.kop(k.periodeBegin(), k.periodeEind(), k.totaalIngediendBedrag(), k.totaalDebetCredit());
      }

      @Override
      public void prestatie(nl.regio.wmo.interfaces.iwmo.Wmo323Prestatie p) {
        controle.prestatie(nl.regio.wmo.application.DeclaratieVerwerkingTestToegang.naarDomein(p));
      }
    });
    assertEquals(List.of(), controle.uitkomst());
  }
}
