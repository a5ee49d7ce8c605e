package nl.regio.wmo.domain.beschikking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected amounts per toewijzing per month. All expectations are hand-computed literals (cents);
 * the derivation is in the last column. Tariff column format: {@code begin/eindInclusief=euros}
 * separated by {@code ;}, an empty end is open-ended.
 *
 * <p>Calendar facts used (ISO weeks Mon–Sun touched by the full month): Feb 2027 (28 d, starts Mon)
 * = 4; Jan 2025 (31 d, Wed–Fri) = 5; Dec 2025 (Mon–Wed) = 5; Jan 2026 (Thu–Sat) = 5; Jun 2024 (30
 * d, starts Sat) = 5; Mar 2025 (31 d, starts Sat) = 6; Dec 2024 (31 d, starts Sun) = 6; Jun 2025
 * (30 d, starts Sun) = 6.
 */
class VerwachtingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                              | start      | eind incl. | weken | derivation
          IV077 Feb 2027 full, 28 d starting Mon: 4 weeks     | 2027-02-01 | 2027-02-28 | 4     | Mon 1 .. Sun 28 = weeks of 1, 8, 15, 22 Feb
          IV077 Jan 2025 full, Wed..Fri: 5 weeks              | 2025-01-01 | 2025-01-31 | 5     | weeks of 30 Dec, 6, 13, 20, 27 Jan
          IV077 Jun 2024 full, 30 d starting Sat: 5 weeks     | 2024-06-01 | 2024-06-30 | 5     | Sat 1 .. Sun 30 = weeks of 27 May, 3, 10, 17, 24 Jun
          IV077 Mar 2025 full, 31 d starting Sat: 6 weeks     | 2025-03-01 | 2025-03-31 | 6     | Sat 1 .. Mon 31 = weeks of 24 Feb, 3, 10, 17, 24, 31 Mar
          IV077 Dec 2024 full, 31 d starting Sun: 6 weeks     | 2024-12-01 | 2024-12-31 | 6     | Sun 1 .. Tue 31 = weeks of 25 Nov, 2, 9, 16, 23, 30 Dec
          IV077 Jun 2025 full, 30 d starting Sun: 6 weeks     | 2025-06-01 | 2025-06-30 | 6     | Sun 1 .. Mon 30 = weeks of 26 May, 2, 9, 16, 23, 30 Jun
          IV077 single day                                    | 2025-03-12 | 2025-03-12 | 1     | Wed 12 Mar
          IV077 Mon..Sun across month boundary: 1 week        | 2025-03-31 | 2025-04-06 | 1     | Mon 31 Mar .. Sun 6 Apr
          IV077 Sun 30 Mar + Mon 31 Mar: 2 weeks              | 2025-03-30 | 2025-03-31 | 2     | Sun ends week of 24 Mar, Mon starts week of 31 Mar
          IV077 7 days Tue..Mon: 2 weeks                      | 2025-04-01 | 2025-04-07 | 2     | weeks of 31 Mar and 7 Apr
          """)
  void weken(String naam, LocalDate start, LocalDate eind, int verwacht, String afleiding) {
    assertEquals(verwacht, Verwachting.weken(Periode.inclusief(start, eind)), afleiding);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                                | grondslag | vol/week | toewijzing | eind incl. | tarieven                                        | maand   | cent   | derivation
          # --- PER_WEEK, dagdeel product 2 per week at EUR 38.50 (IV077)
          IV077 PER_WEEK full Feb 2027, 4 weeks                  | PER_WEEK  | 2        | 2027-01-01 | 2027-12-31 | 2027-01-01/2027-12-31=38.50                     | 2027-02 | 30800  | 2 x 4 x 38.50 = 308.00
          IV077 PER_WEEK full Jan 2025, 5 weeks                  | PER_WEEK  | 2        | 2025-01-01 | 2025-12-31 | 2025-01-01/2025-12-31=38.50                     | 2025-01 | 38500  | 2 x 5 x 38.50 = 385.00
          IV077 PER_WEEK full Mar 2025, 6 weeks                  | PER_WEEK  | 2        | 2025-01-01 | 2025-12-31 | 2025-01-01/2025-12-31=38.50                     | 2025-03 | 46200  | 2 x 6 x 38.50 = 462.00
          IV077 PER_WEEK hours 3.5 h/week, Jan 2025              | PER_WEEK  | 3.5      | 2025-01-01 | 2025-12-31 | 2025-01-01/2025-12-31=11.50                     | 2025-01 | 20125  | 3.5 x 5 x 11.50 = 201.25
          IV077 PER_WEEK hours 2.25 h/week, Mar 2025, half up    | PER_WEEK  | 2.25     | 2025-01-01 | 2025-12-31 | 2025-01-01/2025-12-31=63.17                     | 2025-03 | 85280  | 2.25 x 6 x 63.17 = 852.795 -> 852.80
          IV077 PER_WEEK partial first month from Wed 15 Jan    | PER_WEEK  | 2        | 2025-01-15 |            | 2025-01-01/=38.50                               | 2025-01 | 23100  | 15..31 Jan = weeks of 13, 20, 27 Jan = 3; 2 x 3 x 38.50 = 231.00
          IV077 PER_WEEK partial last month to Thu 10 Apr       | PER_WEEK  | 2        | 2025-01-01 | 2025-04-10 | 2025-01-01/=38.50                               | 2025-04 | 15400  | Tue 1..Thu 10 Apr = weeks of 31 Mar, 7 Apr = 2; 2 x 2 x 38.50 = 154.00
          IV077 PER_WEEK single-day toewijzing                  | PER_WEEK  | 2        | 2025-05-14 | 2025-05-14 | 2025-01-01/=38.50                               | 2025-05 | 7700   | 1 week; 2 x 1 x 38.50 = 77.00
          IV077 PER_WEEK open-ended toewijzing, Mar 2025        | PER_WEEK  | 2        | 2024-01-01 |            | 2024-01-01/=38.50                               | 2025-03 | 46200  | 2 x 6 x 38.50 = 462.00
          IV077 PER_WEEK tariff change on 16 Jan                | PER_WEEK  | 2        | 2025-01-01 | 2025-12-31 | 2024-01-01/2025-01-15=38.50;2025-01-16/=39.20   | 2025-01 | 38861  | 2 x 5 x (15 x 38.50 + 16 x 39.20) / 31 = 12047 / 31 = 388.6129.. -> 388.61
          IV077 PER_WEEK tariff change on 20 Jan, partial month | PER_WEEK  | 2        | 2025-01-15 |            | 2024-01-01/2025-01-19=38.50;2025-01-20/=39.20   | 2025-01 | 23396  | P = 15..31 Jan, 17 d, 3 weeks; 2 x 3 x (5 x 38.50 + 12 x 39.20) / 17 = 3977.40 / 17 = 233.9647.. -> 233.96
          IV077 PER_WEEK month outside toewijzing               | PER_WEEK  | 2        | 2025-01-10 | 2025-03-31 |                                                 | 2025-05 | 0      | no day of May in the toewijzing; no tariff needed
          # --- PER_MAAND, trajectbedrag per klasse (demo: k1 390.00, k2 780.00, k3 1430.00, k4 2210.00, k5 2990.00)
          S-TRAJECT klasse 1 from 10 Jan 2025 (22/31)            | PER_MAAND |          | 2025-01-10 |            | 2025-01-01/=390.00                              | 2025-01 | 27677  | 390.00 x 22 / 31 = 276.7741.. -> 276.77
          S-TRAJECT klasse 2 from 10 Jan 2025 (22/31)            | PER_MAAND |          | 2025-01-10 |            | 2025-01-01/=780.00                              | 2025-01 | 55355  | 780.00 x 22 / 31 = 553.5483.. -> 553.55
          S-TRAJECT klasse 3 from 10 Jan 2025 (22/31)            | PER_MAAND |          | 2025-01-10 |            | 2025-01-01/=1430.00                             | 2025-01 | 101484 | 1430.00 x 22 / 31 = 1014.8387.. -> 1014.84
          S-TRAJECT klasse 4 from 10 Jan 2025 (22/31)            | PER_MAAND |          | 2025-01-10 |            | 2025-01-01/=2210.00                             | 2025-01 | 156839 | 2210.00 x 22 / 31 = 1568.3870.. -> 1568.39
          S-TRAJECT klasse 5 from 10 Jan 2025 (22/31)            | PER_MAAND |          | 2025-01-10 |            | 2025-01-01/=2990.00                             | 2025-01 | 212194 | 2990.00 x 22 / 31 = 2121.9354.. -> 2121.94
          S-TRAJECT klasse 1 from 10 Feb 2024, leap year (20/29) | PER_MAAND |          | 2024-02-10 |            | 2024-01-01/=390.00                              | 2024-02 | 26897  | 390.00 x 20 / 29 = 268.9655.. -> 268.97
          S-TRAJECT klasse 3 full Feb 2025 = exact amount        | PER_MAAND |          | 2025-01-10 |            | 2025-01-01/=1430.00                             | 2025-02 | 143000 | 28 / 28
          S-TRAJECT klasse 3 open-ended, full Nov 2026           | PER_MAAND |          | 2024-01-01 |            | 2024-01-01/=1430.00                             | 2026-11 | 143000 | 30 / 30
          S-TRAJECT klasse 4 partial last month to 17 Apr (17/30)| PER_MAAND |          | 2025-01-01 | 2025-04-17 | 2025-01-01/=2210.00                             | 2025-04 | 125233 | 2210.00 x 17 / 30 = 1252.3333.. -> 1252.33
          S-TRAJECT klasse 5 tariff change on 16 Mar (made up)   | PER_MAAND |          | 2025-01-01 |            | 2025-01-01/2025-03-15=2990.00;2025-03-16/=3050.00 | 2025-03 | 302097 | (15 x 2990.00 + 16 x 3050.00) / 31 = 93650 / 31 = 3020.9677.. -> 3020.97
          S-TRAJECT klasse 2 month before toewijzing             | PER_MAAND |          | 2025-01-10 |            | 2025-01-01/=780.00                              | 2024-12 | 0      | December 2024 is before the start
          # --- PER_MAAND, offerte with a custom monthly amount
          Offerte full month Jun 2025                            | PER_MAAND |          | 2025-01-01 |            | 2025-01-01/=3456.78                             | 2025-06 | 345678 | 30 / 30
          Offerte from 16 Jun 2025 (15/30)                       | PER_MAAND |          | 2025-06-16 |            | 2025-06-16/=3456.78                             | 2025-06 | 172839 | 3456.78 x 15 / 30 = 1728.39 exactly
          Offerte from 16 Jun 2025 (15/30), half up              | PER_MAAND |          | 2025-06-16 |            | 2025-06-16/=3456.77                             | 2025-06 | 172839 | 3456.77 x 15 / 30 = 1728.385 -> 1728.39 (half even would give 1728.38)
          Offerte from 10 Jan 2025 (22/31)                       | PER_MAAND |          | 2025-01-10 |            | 2025-01-10/=3456.78                             | 2025-01 | 245320 | 3456.78 x 22 / 31 = 2453.1987.. -> 2453.20
          """)
  void voorMaand(
      String naam,
      Grondslag grondslag,
      BigDecimal volumePerWeek,
      LocalDate start,
      LocalDate eind,
      String tarieven,
      String maand,
      long verwachtCent,
      String afleiding) {
    Money bedrag =
        Verwachting.voorMaand(
            grondslag,
            volumePerWeek,
            Periode.inclusief(start, eind),
            tarieven(tarieven),
            Maand.parse(maand));
    assertEquals(Money.ofCents(verwachtCent), bedrag, afleiding);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                       | grondslag | vol/week | toewijzing | eind incl. | tarieven                                       | maand   | first day without tariff
          IV077 gap in the middle of the month         | PER_WEEK  | 2        | 2025-01-01 |            | 2025-01-01/2025-01-19=38.50;2025-01-23/=39.20  | 2025-01 | 2025-01-20
          S-TRAJECT tariff starts after the toewijzing | PER_MAAND |          | 2025-01-01 |            | 2025-01-05/=1430.00                            | 2025-01 | 2025-01-01
          Offerte tariff ends before the toewijzing    | PER_MAAND |          | 2025-01-01 | 2025-12-31 | 2025-01-01/2025-06-30=3456.78                  | 2025-07 | 2025-07-01
          """)
  void ontbrekendTariefNoemtDeEersteDag(
      String naam,
      Grondslag grondslag,
      BigDecimal volumePerWeek,
      LocalDate start,
      LocalDate eind,
      String tarieven,
      String maand,
      String eersteDag) {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Verwachting.voorMaand(
                    grondslag,
                    volumePerWeek,
                    Periode.inclusief(start, eind),
                    tarieven(tarieven),
                    Maand.parse(maand)));
    assertTrue(e.getMessage().contains(eersteDag), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                                   | grondslag | vol/week | toewijzing | eind incl. | tarieven                                       | van     | tot     | cent per month                        | total  | derivation
          IV077 Wed 19 Nov 2025 .. Tue 10 Feb 2026, tariff 2026    | PER_WEEK  | 2        | 2025-11-19 | 2026-02-10 | 2025-01-01/2025-12-31=38.50;2026-01-01/=40.10  | 2025-10 | 2026-03 | 0;15400;38500;40100;24060;0           | 118060 | Oct 0; Nov 19..30 = 2 weeks x 2 x 38.50; Dec 5 weeks x 2 x 38.50; Jan 5 weeks x 2 x 40.10 (week of 29 Dec counts in Dec and Jan); Feb Sun 1..Tue 10 = 3 weeks x 2 x 40.10 = 240.60; Mar 0
          S-TRAJECT klasse 3, 10 Jan .. 20 Mar 2025                | PER_MAAND |          | 2025-01-10 | 2025-03-20 | 2025-01-01/=1430.00                            | 2025-01 | 2025-04 | 101484;143000;92258;0                 | 336742 | Jan 1430 x 22/31 = 1014.84; Feb full; Mar 1430 x 20/31 = 922.5806.. -> 922.58; Apr 0
          """)
  void perMaand(
      String naam,
      Grondslag grondslag,
      BigDecimal volumePerWeek,
      LocalDate start,
      LocalDate eind,
      String tarieven,
      String van,
      String tot,
      String centPerMaand,
      long totaalCent,
      String afleiding) {
    List<MaandBedrag> maanden =
        Verwachting.perMaand(
            grondslag,
            volumePerWeek,
            Periode.inclusief(start, eind),
            tarieven(tarieven),
            Maand.parse(van),
            Maand.parse(tot));

    List<Long> verwacht = Arrays.stream(centPerMaand.split(";")).map(Long::valueOf).toList();
    assertEquals(verwacht.size(), maanden.size(), "aantal maanden");
    Maand m = Maand.parse(van);
    for (int i = 0; i < verwacht.size(); i++, m = m.volgende()) {
      assertEquals(m, maanden.get(i).maand(), "maand " + i);
      assertEquals(Money.ofCents(verwacht.get(i)), maanden.get(i).bedrag(), m + ": " + afleiding);
    }
    Money totaal = Money.sum(maanden.stream().map(MaandBedrag::bedrag).toList());
    assertEquals(Money.ofCents(totaalCent), totaal, "totaal = som van de maanden");
  }

  // ---------------------------------------------------------------- BUDGET: a total for the whole period, pro rata

  /**
   * A budget toewijzing (iWmo Budget instead of an Omvang): month amount = round(B × days up to the
   * end of this month / N) − round(B × days up to the end of the previous month / N), half up, so
   * the months add up to the budget exactly. Column "cumulative" shows the rounded running totals.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                                        | budget   | toewijzing | eind incl. | van     | tot     | cent per month                                                                     | cumulative (exact -> rounded)
          BUDGET 1.200,00 over 2026 (365 d): 31/365 of it each 31-day month | 120000 | 2026-01-01 | 2026-12-31 | 2026-01 | 2026-12 | 10192;9205;10192;9863;10192;9863;10192;10191;9863;10192;9863;10192 | running totals (day: exact -> rounded) 31: 10191.78->10192; 59: 19397.26->19397; ...; 243: 79890.41->79890 (Aug 10191); 365: 120000
          BUDGET 1.000,00, 15 Jan .. 10 Apr 2026 (17+28+31+10 = 86 d)   | 100000   | 2026-01-15 | 2026-04-10 | 2025-12 | 2026-05 | 0;19767;32559;36046;11628;0                                                        | Dec 0; 17: 19767.44->19767; 45: 52325.58->52326; 76: 88372.09->88372; 86: 100000; May 0
          BUDGET 0,01 over Jan .. Mar 2026 (90 d): the cent lands in Feb | 1        | 2026-01-01 | 2026-03-31 | 2026-01 | 2026-03 | 0;1;0                                                                              | 31: 0.34->0; 59: 0.66->1; 90: 1
          BUDGET 0,03 over 31 Jan .. 1 Feb 2026: half up on the running total | 3    | 2026-01-31 | 2026-02-01 | 2026-01 | 2026-02 | 2;1                                                                                | 1: 1.5->2 (half up); 2: 3
          """)
  void budgetPerMaand(
      String naam, long budget, LocalDate start, LocalDate eind, String van, String tot, String centPerMaand, String afleiding) {
    List<MaandBedrag> maanden =
        Verwachting.budgetPerMaand(Money.ofCents(budget), Periode.inclusief(start, eind), Maand.parse(van), Maand.parse(tot));

    List<Long> verwacht = Arrays.stream(centPerMaand.split(";")).map(Long::valueOf).toList();
    assertEquals(verwacht, maanden.stream().map(m -> m.bedrag().cent()).toList(), afleiding);
    assertEquals(Money.ofCents(budget), Money.sum(maanden.stream().map(MaandBedrag::bedrag).toList()),
        "the months add up to the budget exactly");
  }

  @Test
  void budgetTelktPerMaandHetzelfdeInElkVenster() {
    // the budget of 1.000,00 above: March alone is what it is in the whole series
    Periode toewijzing = Periode.inclusief(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 10));
    assertEquals(Money.ofCents(36046), Verwachting.budgetVoorMaand(Money.ofCents(100000), toewijzing, Maand.of(2026, 3)));
  }

  @Test
  void budgetSomtOverJarenExactOpHetMaximum() {
    // LDT_Budget maximum 999.999,99 over 2026..2027 (730 days): 24 months, each within a cent of 31/730, 28/730 or 30/730
    Periode toewijzing = Periode.inclusief(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    List<MaandBedrag> maanden = Verwachting.budgetPerMaand(Money.ofCents(99_999_999), toewijzing, Maand.of(2026, 1), Maand.of(2027, 12));
    assertEquals(99_999_999L, maanden.stream().mapToLong(m -> m.bedrag().cent()).sum());
    assertEquals(Money.ofCents(4246575), maanden.get(0).bedrag(), "Jan 2026: 31/730 = 4246575.30 -> 4246575");
    assertEquals(Money.ofCents(3835617), maanden.get(1).bedrag(), "Feb 2026: 59/730 = 8082191.70 -> 8082192, minus 4246575");
  }

  @Test
  void budgetZonderEinddatumOfViaTarievenIsOngeldig() {
    Maand jan = Maand.of(2026, 1);
    // CD075: a budget belongs to a toewijzing with an end date
    assertThrows(IllegalArgumentException.class,
        () -> Verwachting.budgetVoorMaand(Money.ofCents(1000), Periode.vanaf(LocalDate.of(2026, 1, 1)), jan));
    assertThrows(IllegalArgumentException.class,
        () -> Verwachting.voorMaand(Grondslag.BUDGET, null, Periode.inclusief(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
            List.of(), jan));
  }

  @Test
  void perWeekZonderVolumeIsOngeldig() {
    Periode toewijzing = Periode.vanaf(LocalDate.of(2025, 1, 1));
    List<TariefPeriode> tarieven = tarieven("2025-01-01/=38.50");
    Maand jan = Maand.of(2025, 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> Verwachting.voorMaand(Grondslag.PER_WEEK, null, toewijzing, tarieven, jan));
    assertThrows(
        IllegalArgumentException.class,
        () -> Verwachting.voorMaand(Grondslag.PER_WEEK, BigDecimal.ZERO, toewijzing, tarieven, jan));
  }

  /** Parses {@code begin/eindInclusief=euros;...}; an empty end is open-ended; null = no tariffs. */
  private static List<TariefPeriode> tarieven(String tekst) {
    List<TariefPeriode> result = new ArrayList<>();
    if (tekst == null) {
      return result;
    }
    for (String deel : tekst.split(";")) {
      String[] periodeEnBedrag = deel.trim().split("=");
      String[] datums = periodeEnBedrag[0].split("/", -1);
      LocalDate eind = datums[1].isBlank() ? null : LocalDate.parse(datums[1]);
      result.add(
          new TariefPeriode(
              Periode.inclusief(LocalDate.parse(datums[0]), eind),
              Money.ofEuros(new BigDecimal(periodeEnBedrag[1]))));
    }
    return result;
  }
}
