package nl.regio.wmo.domain.pgb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.MaandBedrag;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PGB budget per month and year (rule S-PGB-SVB), computed as Verwachting does but with the PGB
 * tariff (S-PGB-TARIEF). Calendar facts: 1 Jan 2026 Thu, 10 Jan 2026 Sat, 1 Feb 2026 Sun (Feb
 * touches 5 ISO weeks), 1 Mar 2026 Sun (March touches 6 ISO weeks).
 */
class PgbBudgetTest {

  /** Demo-like configuration: 02 formal 100 % / informal max 22.80 (ZIN-uur 60.00); 03 and 07 informal 75 %. */
  static final PgbTarieven TARIEVEN = new PgbTarieven(List.of(
      PgbTarievenTest.regel(null, "02", Zorgsoort.FORMEEL, PgbTarievenTest.VANAF_2026, "100", null, 6000L),
      PgbTarievenTest.regel(null, "02", Zorgsoort.INFORMEEL, PgbTarievenTest.VANAF_2026, null, 2280L, 6000L),
      PgbTarievenTest.regel(null, "03", Zorgsoort.FORMEEL, PgbTarievenTest.VANAF_2026, "100", null, 6000L),
      PgbTarievenTest.regel(null, "03", Zorgsoort.INFORMEEL, PgbTarievenTest.VANAF_2026, "75", null, 6000L),
      PgbTarievenTest.regel(null, "07", Zorgsoort.FORMEEL, PgbTarievenTest.VANAF_2026, "100", null, null),
      PgbTarievenTest.regel(null, "07", Zorgsoort.INFORMEEL, PgbTarievenTest.VANAF_2026, "75", null, null)));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # case                                                        | product | cat | zorgsoort | grondslag | vol/wk | start      | eind incl. | ZIN cent | maand   | cent   | derivation
      S-PGB-SVB klasse 2 formeel, hele maand                        | 02A01   | 02  | FORMEEL   | PER_MAAND | -      | 2026-01-01 | -          | 78000    | 2026-02 | 78000  | 780.00 x 100 %
      S-PGB-SVB klasse 2 formeel vanaf za 10 jan (22/31)            | 02A01   | 02  | FORMEEL   | PER_MAAND | -      | 2026-01-10 | -          | 78000    | 2026-01 | 55355  | 780.00 x 22 / 31 = 553.548.. -> 553.55
      S-PGB-TARIEF klasse 2 informeel vast max 22.80 (x 0.38)       | 02A01   | 02  | INFORMEEL | PER_MAAND | -      | 2026-01-01 | -          | 78000    | 2026-02 | 29640  | 780.00 x 22.80 / 60.00 = 296.40
      S-PGB-TARIEF klasse 2 informeel vast max, vanaf 10 jan        | 02A01   | 02  | INFORMEEL | PER_MAAND | -      | 2026-01-10 | -          | 78000    | 2026-01 | 21035  | tariff 296.40; 296.40 x 22 / 31 = 210.348.. -> 210.35
      S-PGB-TARIEF klasse 3 PV informeel 75 %                       | 03A01   | 03  | INFORMEEL | PER_MAAND | -      | 2026-01-01 | -          | 143000   | 2026-05 | 107250 | 1430.00 x 0.75 = 1072.50
      S-PGB-SVB dagbesteding 5 dagdelen formeel, maart = 6 weken    | 07C01   | 07  | FORMEEL   | PER_WEEK  | 5      | 2026-01-01 | 2026-12-31 | 3900     | 2026-03 | 117000 | IV077: 5 x 6 x 39.00 = 1170.00
      S-PGB-TARIEF dagbesteding 5 dagdelen informeel 75 %, maart    | 07C01   | 07  | INFORMEEL | PER_WEEK  | 5      | 2026-01-01 | 2026-12-31 | 3900     | 2026-03 | 87750  | 39.00 x 0.75 = 29.25; 5 x 6 x 29.25 = 877.50
      S-PGB-TARIEF OMD 2 dagdelen informeel, feb = 5 weken, half up | 07A01   | 07  | INFORMEEL | PER_WEEK  | 2      | 2026-01-01 | 2026-12-31 | 3850     | 2026-02 | 28880  | 38.50 x 0.75 = 28.875 -> 28.88; 2 x 5 x 28.88 = 288.80
      S-PGB-SVB maand na de einddatum                               | 07C01   | 07  | FORMEEL   | PER_WEEK  | 5      | 2026-01-01 | 2026-06-30 | 3900     | 2026-07 | 0      | no day of July in the beschikking
      """)
  void maandbudget(String naam, String product, String cat, Zorgsoort zorgsoort, Grondslag grondslag, BigDecimal vol,
      LocalDate start, LocalDate eind, long zinCent, String maand, long verwacht, String afleiding) {
    PgbBudget b = PgbBudget.voorJaar("B-1", grondslag, vol, Periode.inclusief(start, eind), product, cat, zorgsoort,
        List.of(new TariefPeriode(Periode.vanaf(LocalDate.of(2026, 1, 1)), Money.ofCents(zinCent))), TARIEVEN, 2026);
    assertEquals(Money.ofCents(verwacht), b.maand(Maand.parse(maand)), afleiding);
  }

  @Test
  @DisplayName("S-PGB-SVB: jaarbudget = som van de afgeronde maanden (klasse 2 vanaf 10 januari 2026)")
  void jaarIsSomVanAfgerondeMaanden() {
    PgbBudget b = PgbBudget.voorJaar("B-1", Grondslag.PER_MAAND, null, Periode.inclusief(LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 9)),
        "02A01", "02", Zorgsoort.FORMEEL,
        List.of(new TariefPeriode(Periode.vanaf(LocalDate.of(2026, 1, 1)), Money.ofCents(78000))), TARIEVEN, 2026);
    assertEquals(12, b.maanden().size());
    assertEquals(new MaandBedrag(Maand.of(2026, 1), Money.ofCents(55355)), b.maanden().get(0));
    // 553.55 + 11 x 780.00 = 9133.55
    assertEquals(Money.ofCents(913355), b.jaar(2026));
    assertEquals(Money.ZERO, b.jaar(2027), "only 2026 was computed");
  }

  @Test
  @DisplayName("S-PGB-TARIEF: zonder pgb-regel op een dag van de beschikking noemt de fout die dag")
  void ontbrekendePgbRegel() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PgbBudget.voorJaar("B-1", Grondslag.PER_MAAND, null,
        Periode.inclusief(LocalDate.of(2025, 12, 1), null), "02A01", "02", Zorgsoort.FORMEEL,
        List.of(new TariefPeriode(Periode.vanaf(LocalDate.of(2025, 1, 1)), Money.ofCents(78000))), TARIEVEN, 2025));
    assertTrue(e.getMessage().contains("2025-12-01"), e.getMessage());
  }
}
