package nl.regio.wmo.domain.pgb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PGB tariff lines (rule S-PGB-TARIEF). All expectations are hand-computed; derivation in the last column. */
class PgbTarievenTest {

  static final Periode VANAF_2026 = Periode.vanaf(LocalDate.of(2026, 1, 1));

  static PgbTariefRegel regel(String product, String cat, Zorgsoort z, Periode p, String pct, Long maxCent, Long zinUurCent) {
    return new PgbTariefRegel(product, cat, z, p, pct == null ? null : new BigDecimal(pct),
        maxCent == null ? null : Money.ofCents(maxCent), zinUurCent == null ? null : Money.ofCents(zinUurCent));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # case                                                             | pct   | max  | zinUur | ZIN/eenheid | PGB/eenheid | max/uur | derivation
      S-PGB-TARIEF formeel 100 % van ZIN, klasse 2                       | 100   | -    | 6000   | 78000       | 78000       | 6000    | 780.00 x 100 / 100; max = 60.00
      S-PGB-TARIEF informeel 75 % van ZIN, klasse 3 (Venray)             | 75    | -    | 6000   | 143000      | 107250      | 4500    | 1430.00 x 0.75 = 1072.50; max 60.00 x 0.75 = 45.00
      S-PGB-TARIEF informeel 75 % van dagdeel 38.50, half up             | 75    | -    | -      | 3850        | 2888        | -       | 38.50 x 0.75 = 28.875 -> 28.88; no ZIN hourly rate: not checked
      S-PGB-TARIEF informeel 75 % van uurtarief 11.50                    | 75    | -    | 1150   | 1150        | 863         | 863     | 11.50 x 0.75 = 8.625 -> 8.63
      S-PGB-TARIEF informeel vast max 22.80 per uur, klasse 2            | -     | 2280 | 6000   | 78000       | 29640       | 2280    | 780.00 x 22.80 / 60.00 = 296.40
      S-PGB-TARIEF informeel vast max 22.80 per uur, klasse 2 vanaf 10-1 | -     | 2280 | 6000   | 55355       | 21035       | 2280    | 553.55 x 0.38 = 210.349 -> 210.35
      S-PGB-TARIEF informeel vast max 22.80 op uurproduct 60.00          | -     | 2280 | 6000   | 6000        | 2280        | 2280    | the cap itself
      S-PGB-TARIEF informeel vast max 22.80, ZIN-uur 57.50, klasse 1     | -     | 2280 | 5750   | 37400       | 14830       | 2280    | 374.00 x 22.80 / 57.50 = 148.2991.. -> 148.30
      S-PGB-TARIEF formeel 99.5 %, half up                               | 99.5  | -    | -      | 3850        | 3831        | -       | 38.50 x 0.995 = 38.3075 -> 38.31
      """)
  void tariefPerEenheid(String naam, String pct, Long max, Long zinUur, long zin, long pgb, Long maxUur, String afleiding) {
    PgbTariefRegel r = regel(null, "02", pct == null ? Zorgsoort.INFORMEEL : Zorgsoort.FORMEEL, VANAF_2026, pct, max, zinUur);
    assertEquals(Money.ofCents(pgb), r.tariefPerEenheid(Money.ofCents(zin)), afleiding);
    assertEquals(Optional.ofNullable(maxUur).map(Money::ofCents), r.maxUurtarief(), afleiding);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      S-PGB-TARIEF percentage boven 100 (nooit hoger dan ZIN) | 100.01 | -    | 6000 | S-PGB-TARIEF
      S-PGB-TARIEF percentage 0                               | 0      | -    | 6000 | S-PGB-TARIEF
      S-PGB-TARIEF vast max boven ZIN-uurtarief               | -      | 6001 | 6000 | S-PGB-TARIEF
      S-PGB-TARIEF vast max zonder ZIN-uurtarief              | -      | 2280 | -    | zinUurtariefCent
      S-PGB-TARIEF percentage en vast max allebei             | 75     | 2280 | 6000 | precies een
      S-PGB-TARIEF geen van beide                             | -      | -    | 6000 | precies een
      """)
  void ongeldigeRegel(String naam, String pct, Long max, Long zinUur, String melding) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> regel(null, "02", Zorgsoort.INFORMEEL, VANAF_2026, pct, max, zinUur));
    assertTrue(e.getMessage().contains(melding), e.getMessage());
  }

  @Test
  @DisplayName("S-PGB-TARIEF: een regel voor het product gaat voor de regel van de categorie")
  void productGaatVoorCategorie() {
    PgbTarieven t = new PgbTarieven(List.of(
        regel(null, "02", Zorgsoort.INFORMEEL, VANAF_2026, null, 2280L, 6000L),
        regel("02A02", null, Zorgsoort.INFORMEEL, VANAF_2026, "75", null, 7500L)));
    LocalDate dag = LocalDate.of(2026, 3, 1);
    assertEquals(Optional.of(Money.ofCents(5625)), t.regel("02A02", "02", Zorgsoort.INFORMEEL, dag).flatMap(PgbTariefRegel::maxUurtarief));
    assertEquals(Optional.of(Money.ofCents(2280)), t.regel("02A01", "02", Zorgsoort.INFORMEEL, dag).flatMap(PgbTariefRegel::maxUurtarief));
    assertEquals(Optional.empty(), t.regel("02A01", "02", Zorgsoort.FORMEEL, dag));
    assertEquals(Optional.empty(), t.regel("02A01", "02", Zorgsoort.INFORMEEL, LocalDate.of(2025, 12, 31)));
  }

  @Test
  @DisplayName("S-PGB-TARIEF: overlappende regels voor hetzelfde product en dezelfde zorgsoort worden geweigerd")
  void overlapWordtGeweigerd() {
    assertThrows(IllegalArgumentException.class, () -> new PgbTarieven(List.of(
        regel(null, "02", Zorgsoort.FORMEEL, VANAF_2026, "100", null, 6000L),
        regel(null, "02", Zorgsoort.FORMEEL, Periode.inclusief(LocalDate.of(2026, 6, 1), null), "90", null, 6000L))));
  }

  @Test
  @DisplayName("S-PGB-TARIEF: de pgb-tijdlijn splitst een ZIN-tariefversie waar een pgb-regel begint of eindigt")
  void tijdlijn() {
    // 02: formal 100 % in 2025 (ZIN-uur 57.50), 90 % from 2026 (made up); ZIN klasse 3: 1370.00 in 2025 and 1430.00 from 2026
    PgbTarieven t = new PgbTarieven(List.of(
        regel(null, "02", Zorgsoort.FORMEEL, Periode.inclusief(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), "100", null, 5750L),
        regel(null, "02", Zorgsoort.FORMEEL, VANAF_2026, "90", null, 6000L)));
    List<TariefPeriode> zin = List.of(
        new TariefPeriode(Periode.inclusief(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 3, 31)), Money.ofCents(137000)),
        new TariefPeriode(Periode.vanaf(LocalDate.of(2026, 4, 1)), Money.ofCents(143000)));
    assertEquals(List.of(
            new TariefPeriode(Periode.inclusief(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)), Money.ofCents(137000)),
            new TariefPeriode(Periode.inclusief(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), Money.ofCents(123300)),
            new TariefPeriode(Periode.vanaf(LocalDate.of(2026, 4, 1)), Money.ofCents(128700))),
        t.tijdlijn("02A01", "02", Zorgsoort.FORMEEL, zin),
        "1370.00 x 100 %; 1370.00 x 90 % = 1233.00; 1430.00 x 90 % = 1287.00");
  }
}
