package nl.regio.wmo.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regio.wmo.ConfigFixture;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.pgb.Afwijking;
import nl.regio.wmo.domain.pgb.PgbBeschikking;
import nl.regio.wmo.domain.pgb.PgbBudget;
import nl.regio.wmo.domain.pgb.PgbTarieven;
import nl.regio.wmo.domain.pgb.Reconciliatie;
import nl.regio.wmo.domain.pgb.SvbBestandLezer;
import nl.regio.wmo.domain.pgb.ZinToewijzing;
import nl.regio.wmo.domain.pgb.Zorgsoort;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo data tell the PGB story: the PGB beschikkingen of config/demo/beschikkingen.csv, budgeted with the
 * regional default ZIN tariffs of config/demo/tarieven.csv and config/regio/pgb-tarieven.csv (formal), reconciled
 * for 2026 against config/demo/svb-betalingen-2026.csv. Every figure is hand-computed (klasse 1 = 390.00, klasse 2
 * = 780.00, klasse 4 = 2210.00 per month in 2026, formal PGB = 100 % of ZIN).
 */
class PgbDemoTest {

  static Map<String, Reconciliatie.Uitkomst> perBeschikking;
  static List<Reconciliatie.Uitkomst> alle;

  @BeforeAll
  static void reconcilieer() throws IOException {
    PgbTarieven pgb = PgbTarievenLezerTest.geleverd();
    Map<String, CSVRecord> producten = ConfigFixture.csv("regio/producten.csv").stream().collect(Collectors.toMap(r -> r.get("code"), r -> r));
    List<CSVRecord> tarieven = ConfigFixture.csv("demo/tarieven.csv").stream().filter(r -> r.get("contractNummer").isEmpty()).toList();
    List<PgbBeschikking> beschikkingen = new ArrayList<>();
    List<ZinToewijzing> zin = new ArrayList<>();
    for (CSVRecord r : ConfigFixture.csv("demo/beschikkingen.csv")) {
      Periode p = Periode.inclusief(LocalDate.parse(r.get("ingangsdatum")), r.get("einddatum").isEmpty() ? null : LocalDate.parse(r.get("einddatum")));
      if (r.get("leveringsvorm").equals("ZIN")) {
        zin.add(new ZinToewijzing(0, new Bsn(r.get("bsn")), r.get("productCode"), p));
        continue;
      }
      CSVRecord product = producten.get(r.get("productCode"));
      boolean perKlasse = Boolean.parseBoolean(product.get("tariefPerKlasse"));
      List<TariefPeriode> zinTarieven = tarieven.stream()
          .filter(t -> t.get("productCode").equals(r.get("productCode")) && t.get("klasse").equals(perKlasse ? r.get("klasse") : ""))
          .map(t -> new TariefPeriode(Periode.inclusief(LocalDate.parse(t.get("ingangsdatum")),
              t.get("einddatum").isEmpty() ? null : LocalDate.parse(t.get("einddatum"))), Money.ofCents(Long.parseLong(t.get("bedragCent")))))
          .toList();
      Grondslag g = perKlasse ? Grondslag.PER_MAAND : Grondslag.PER_WEEK;
      BigDecimal volume = perKlasse ? null : new BigDecimal(r.get("volumePerWeek"));
      String omvang = perKlasse ? "klasse " + r.get("klasse") : r.get("volumePerWeek") + " per week";
      beschikkingen.add(new PgbBeschikking(r.get("beschikkingNummer"), new Bsn(r.get("bsn")), r.get("productCode"), product.get("categorie"), p,
          omvang, PgbBudget.voorJaar(r.get("beschikkingNummer"), g, volume, p, r.get("productCode"), product.get("categorie"),
              Zorgsoort.FORMEEL, zinTarieven, pgb, 2026)));
    }
    SvbBestandLezer.Uitslag svb = SvbBestandLezer.lees(Files.readAllBytes(Path.of("config/demo/svb-betalingen-2026.csv")));
    assertFalse(svb.isAfgekeurd(), svb.verslag());

    List<Reconciliatie.Uitkomst> uit = Reconciliatie.perHouder(beschikkingen, pgb, svb.betalingen(), zin, 2026);

    alle = uit;
    perBeschikking = new java.util.HashMap<>();
    for (Reconciliatie.Uitkomst u : uit) {
      u.beschikkingen().forEach(b -> perBeschikking.put(b.nummer(), u));
      u.overige().forEach(a -> perBeschikking.put("onbekend " + a.betalingId(), u));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # case                                                          | beschikking | toegekend | betaald  | terug    | afwijkingen (rule:kind@month=at stake)
      S-PGB-SVB schone budgethouder, klasse 1 hele jaar                 | LEK-B-1268  | 4680.00   | 4680.00  | 0.00     | ''
      S-PGB-SVB OVERSCHRIJDING_MAAND maart: 14 x 60.00 bij 780.00       | LEK-B-1346  | 9360.00   | 8760.00  | 600.00   | S-PGB-SVB:OVERSCHRIJDING_MAAND@2026-03=60.00 S-PGB-SVB:TERUGVORDERING_JAAREINDE=600.00
      S-PGB-SVB BUITEN_PERIODE december na einde 30 november            | LEK-B-1034  | 4290.00   | 3960.00  | 330.00   | S-PGB-SVB:BUITEN_PERIODE@2026-12=330.00 S-PGB-SVB:TERUGVORDERING_JAAREINDE=330.00
      S-PGB-SVB ZORGOVEREENKOMST_NIET_GOEDGEKEURD mei en juni           | LEK-B-1355  | 3510.00   | 2400.00  | 1110.00  | S-PGB-SVB:ZORGOVEREENKOMST_NIET_GOEDGEKEURD@2026-05=120.00 S-PGB-SVB:ZORGOVEREENKOMST_NIET_GOEDGEKEURD@2026-06=120.00 S-PGB-SVB:TERUGVORDERING_JAAREINDE=1110.00
      S-PGB-TARIEF INFORMEEL_TARIEF_TE_HOOG februari t/m april           | LEK-B-1018  | 9133.55   | 5148.00  | 3985.55  | S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-02=44.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-03=44.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-04=44.00 S-PGB-SVB:TERUGVORDERING_JAAREINDE=3985.55
      S-PGB-SVB TERUGVORDERING_JAAREINDE half jaar niet besteed          | LEK-B-1224  | 26520.00  | 13140.00 | 13380.00 | S-PGB-SVB:TERUGVORDERING_JAAREINDE=13380.00
      S-PGB-SVB omvang per 1 juli gewijzigd: oude beschikking           | LEK-B-1404  | 4680.00   | 4320.00  | 360.00   | S-PGB-SVB:TERUGVORDERING_JAAREINDE=360.00
      S-PGB-SVB omvang per 1 juli gewijzigd: nieuwe beschikking         | LEK-B-1405  | 8580.00   | 8280.00  | 300.00   | S-PGB-SVB:TERUGVORDERING_JAAREINDE=300.00
      """)
  void demo(String naam, String nummer, String toegekend, String betaald, String terug, String afwijkingen) {
    Reconciliatie.BeschikkingSaldo s = perBeschikking.get(nummer).beschikkingen().stream().filter(b -> b.nummer().equals(nummer)).findFirst().orElseThrow();
    assertEquals(List.of(euro(toegekend), euro(betaald), euro(terug)), List.of(s.toegekend(), s.betaald(), s.terugTeVorderen()));
    assertEquals(afwijkingen, beschrijf(s.afwijkingen()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      S-PGB-TOEKENNING betaling op LEK-B-9999, geen beschikking van ons | SVB-2026-00077 | S-PGB-TOEKENNING:TOEKENNING_ONBEKEND@2026-09=180.00
      """)
  void onbekendeToekenning(String naam, String betalingId, String afwijkingen) {
    Reconciliatie.Uitkomst u = perBeschikking.get("onbekend " + betalingId);
    assertEquals(afwijkingen, beschrijf(u.afwijkingen()));
    assertEquals(List.of(), u.beschikkingen());
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.DisplayName("OP043: de demo-beschikkingen gingen door de beleidsregels, dus geen PGB_EN_ZIN (zie docs-pgb-ontwerp.md)")
  void geenOp043InDemo() {
    assertEquals(59, alle.stream().mapToInt(u -> u.beschikkingen().size()).sum(), "every PGB beschikking of the demo has a 2026 budget row");
    assertEquals(0, alle.stream().flatMap(u -> u.afwijkingen().stream()).filter(a -> a.regel().equals("OP043")).count());
  }

  static Money euro(String s) {
    return Money.ofEuros(new BigDecimal(s));
  }

  static String beschrijf(List<Afwijking> afwijkingen) {
    return afwijkingen.stream()
        .map(a -> a.regel() + ":" + a.soort() + (a.maand() == null ? "" : "@" + a.maand()) + "=" + a.verschil().euros().toPlainString())
        .collect(Collectors.joining(" "));
  }

}
