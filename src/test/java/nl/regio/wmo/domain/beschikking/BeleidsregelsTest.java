package nl.regio.wmo.domain.beschikking;

import static java.util.stream.Collectors.toCollection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import nl.regio.wmo.domain.beschikking.Beleidsregels.Bestaand;
import nl.regio.wmo.domain.beschikking.Beleidsregels.Offerte;
import nl.regio.wmo.domain.beschikking.Beleidsregels.ProductSoort;
import nl.regio.wmo.domain.beschikking.Beleidsregels.Voorstel;
import nl.regio.wmo.domain.contract.Eenheid;
import nl.regio.wmo.domain.contract.KlasseBand;
import nl.regio.wmo.domain.contract.Klassenindeling;
import nl.regio.wmo.domain.contract.Productcategorie;
import nl.regio.wmo.domain.shared.Periode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The policy rules a beschikking must meet (domain/rules.md; seed 004 ch. 10–11): S-KLASSE,
 * S-IB-RANGE, S-MAX9, S-VERVOER, OP043, OP259, and our own CONTRACT and OMVANG. Every row names its
 * rule id, so {@code grep -rn S-MAX9 src/test} finds it.
 *
 * <p>Conventions of the tables: dates are inclusive (as users write them), an empty end date is
 * open-ended. Column {@code verwacht} is the exact set of {@code regel:veld} the rules must return,
 * comma separated; empty means accepted (no overtreding at all). Column {@code melding} is a text the
 * message must contain (the day named, the sum reached). Provider 11111111 is the provider the
 * consulent chooses, 22222222 and 33333333 are other providers; a PGB has no provider. Unless a
 * CONTRACT case says otherwise the provider is contracted since 2020, open-ended.
 */
class BeleidsregelsTest {

  private static final String GEKOZEN = "11111111";
  private static final String ANDERE = "22222222";

  /** Seed 004 ch. 10: klasse 1 up to 2 h, 2 = 2–4, 3 = 4–7, 4 = 7–10, 5 = 10–13 (lower bound exclusive). */
  private static final Klassenindeling KLASSEN = new Klassenindeling(List.of(
      band(1, "0", "2"),
      band(2, "2", "4"),
      band(3, "4", "7"),
      band(4, "7", "10"),
      band(5, "10", "13")));

  /** A subset of config/regio/producten.csv, as the rules see it. */
  private static final Map<String, ProductSoort> PRODUCTEN = Map.of(
      "07A01", dagdelen("07A01"), // OMD niveau 1
      "07C01", dagdelen("07C01"), // dagactiviteit VG licht
      "07C04", dagdelen("07C04"), // dagactiviteit LG licht
      "07D01", new ProductSoort("07D01", Productcategorie.DAGBESTEDING, Eenheid.UUR, false), // dagactiviteit GGZ, per uur
      "08A02", new ProductSoort("08A02", Productcategorie.VERVOERDIENSTEN, Eenheid.DAGDEEL, false), // vervoer GHZ
      "08A04", new ProductSoort("08A04", Productcategorie.VERVOERDIENSTEN, Eenheid.DAGDEEL, false), // vervoer GGZ
      "02A01", new ProductSoort("02A01", Productcategorie.BEGELEIDING, Eenheid.EURO, true), // begeleiding individueel basis
      "03A01", new ProductSoort("03A01", Productcategorie.PERSOONLIJKE_VERZORGING, Eenheid.EURO, true));

  private static final Periode JAAR_2026 = periode("2026-01-01", "2026-12-31");
  private static final List<Periode> ALTIJD_GECONTRACTEERD = List.of(Periode.vanaf(LocalDate.of(2020, 1, 1)));

  private final AtomicLong volgnummer = new AtomicLong();

  // ---------------------------------------------------------------- S-KLASSE, S-IB-RANGE (klasse)

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                                           | product | klasse | uren | verwacht
          S-KLASSE accepted: klasse 3 without hours (FO beschikt op klasse)  | 02A01   | 3      |      |
          S-KLASSE accepted: 2 h is klasse 1 (upper bound inclusive)         | 02A01   | 1      | 2    |
          S-KLASSE refused: 2 h is klasse 1, not klasse 2                    | 02A01   | 2      | 2    | S-KLASSE:klasse
          S-KLASSE accepted: 2.01 h is klasse 2                              | 02A01   | 2      | 2.01 |
          S-KLASSE accepted: 4 h is klasse 2                                 | 02A01   | 2      | 4    |
          S-KLASSE refused: 4.5 h is klasse 3, not klasse 2                  | 02A01   | 2      | 4.5  | S-KLASSE:klasse
          S-KLASSE accepted: 7 h is klasse 3                                 | 02A01   | 3      | 7    |
          S-KLASSE accepted: 10 h is klasse 4                                | 02A01   | 4      | 10   |
          S-KLASSE refused: 10 h is klasse 4, not klasse 5                   | 02A01   | 5      | 10   | S-KLASSE:klasse
          S-KLASSE accepted: 10.5 h is klasse 5                              | 02A01   | 5      | 10.5 |
          S-KLASSE accepted: persoonlijke verzorging, 3 h is klasse 2        | 03A01   | 2      | 3    |
          S-KLASSE refused: persoonlijke verzorging, 3 h is not klasse 3     | 03A01   | 3      | 3    | S-KLASSE:klasse
          S-KLASSE refused: no klasse and no hours                           | 02A01   |        |      | S-KLASSE:klasse
          S-KLASSE refused: hours but no klasse                              | 02A01   |        | 5    | S-KLASSE:klasse
          S-KLASSE refused: klasse 6 does not exist                          | 02A01   | 6      |      | S-KLASSE:klasse
          S-KLASSE refused: klasse 0 does not exist                          | 02A01   | 0      |      | S-KLASSE:klasse
          S-IB-RANGE accepted: 1 h, the minimum, is klasse 1                 | 02A01   | 1      | 1    |
          S-IB-RANGE accepted: 13 h, the maximum, with klasse 5              | 02A01   | 5      | 13   |
          S-IB-RANGE refused: 13.5 h with klasse 5 and without offerte       | 02A01   | 5      | 13.5 | S-IB-RANGE:urenPerWeek
          S-IB-RANGE refused: 13.5 h without klasse and without offerte      | 02A01   |        | 13.5 | S-IB-RANGE:urenPerWeek
          S-IB-RANGE refused: 0.5 h is below the minimum of 1 h              | 02A01   | 1      | 0.5  | S-IB-RANGE:urenPerWeek
          S-IB-RANGE refused: 0.99 h is below the minimum of 1 h             | 02A01   | 1      | 0.99 | S-IB-RANGE:urenPerWeek
          S-IB-RANGE refused: 0 h                                            | 02A01   | 1      | 0    | S-IB-RANGE:urenPerWeek
          """)
  void klasseEnUren(String naam, String product, Integer klasse, BigDecimal uren, String verwacht) {
    Voorstel v = klasseVoorstel(PRODUCTEN.get(product), klasse, uren);

    assertOvertredingen(verwacht, toets(v));
  }

  // ---------------------------------------------------------------- S-IB-RANGE (offerte)

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                                                        | vorm | klasse | uren | maandbedrag | offertes (agb=cent)                             | verwacht
          S-IB-RANGE accepted: offerte 14 h, 2 quotes, chosen quote is the monthly amount | ZIN  |        | 14   | 250000      | 11111111=250000 22222222=270000                 |
          S-IB-RANGE accepted: offerte 13.5 h, 3 quotes, chosen one is not the cheapest   | ZIN  |        | 13.5 | 250000      | 22222222=240000 11111111=250000 33333333=260000 |
          S-IB-RANGE refused: offerte with 1 quote                                        | ZIN  |        | 14   | 250000      | 11111111=250000                                 | S-IB-RANGE:offertes
          S-IB-RANGE refused: offerte without quotes                                      | ZIN  |        | 14   | 250000      |                                                 | S-IB-RANGE:offertes
          S-IB-RANGE refused: chosen provider missing from the quotes                     | ZIN  |        | 14   | 250000      | 22222222=250000 33333333=270000                 | S-IB-RANGE:offertes
          S-IB-RANGE refused: monthly amount is another provider quote                    | ZIN  |        | 14   | 240000      | 11111111=250000 22222222=240000                 | S-IB-RANGE:offerteMaandbedragCent
          S-IB-RANGE refused: offerte with 12 h (klasse 5 applies)                        | ZIN  |        | 12   | 250000      | 11111111=250000 22222222=270000                 | S-IB-RANGE:urenPerWeek
          S-IB-RANGE refused: offerte with exactly 13 h                                   | ZIN  |        | 13   | 250000      | 11111111=250000 22222222=270000                 | S-IB-RANGE:urenPerWeek
          S-IB-RANGE refused: offerte without hours                                       | ZIN  |        |      | 250000      | 11111111=250000 22222222=270000                 | S-IB-RANGE:urenPerWeek
          S-IB-RANGE refused: offerte together with a klasse                              | ZIN  | 5      | 14   | 250000      | 11111111=250000 22222222=270000                 | S-IB-RANGE:klasse
          S-IB-RANGE refused: offerte with a monthly amount of 0                          | ZIN  |        | 14   | 0           | 11111111=0 22222222=270000                      | S-IB-RANGE:offerteMaandbedragCent
          S-IB-RANGE refused: offerte with 12 h and 1 quote                               | ZIN  |        | 12   | 250000      | 11111111=250000                                 | S-IB-RANGE:urenPerWeek, S-IB-RANGE:offertes
          S-IB-RANGE accepted: PGB offerte with 2 quotes (no chosen provider to match)    | PGB  |        | 14   | 250000      | 22222222=250000 33333333=270000                 |
          S-IB-RANGE refused: PGB offerte with 1 quote                                    | PGB  |        | 14   | 250000      | 22222222=250000                                 | S-IB-RANGE:offertes
          """)
  void offerte(String naam, Leveringsvorm vorm, Integer klasse, BigDecimal uren, Long maandbedrag, String offertes, String verwacht) {
    Voorstel v = new Voorstel(PRODUCTEN.get("02A01"), vorm, aanbiederBij(vorm), JAAR_2026, null, klasse, uren, maandbedrag, offertes(offertes));

    assertOvertredingen(verwacht, toets(v));
  }

  // ---------------------------------------------------------------- OMVANG

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                                                 | product | volume | klasse | uren | maandbedrag | verwacht
          OMVANG accepted: dagbesteding 3 dagdelen                                 | 07C01   | 3      |        |      |             |
          OMVANG accepted: OMD niveau 1, 1 dagdeel                                 | 07A01   | 1      |        |      |             |
          OMVANG accepted: dagactiviteit GGZ 6 hours as volume                     | 07D01   | 6      |        |      |             |
          OMVANG refused: dagbesteding without volume                              | 07C01   |        |        |      |             | OMVANG:volumePerWeek
          OMVANG refused: dagbesteding with volume 0                               | 07C01   | 0      |        |      |             | OMVANG:volumePerWeek
          OMVANG refused: dagbesteding with a klasse                               | 07C01   | 3      | 2      |      |             | OMVANG:klasse
          OMVANG refused: dagbesteding with an offerte amount                      | 07C01   | 3      |        |      | 250000      | OMVANG:klasse
          OMVANG refused: dagactiviteit GGZ hours in urenPerWeek, not as volume    | 07D01   |        |        | 6    |             | OMVANG:volumePerWeek, OMVANG:klasse
          OMVANG refused: begeleiding in a volume                                  | 02A01   | 3      | 2      |      |             | OMVANG:volumePerWeek
          OMVANG refused: begeleiding in a volume without klasse                   | 02A01   | 3      |        |      |             | OMVANG:volumePerWeek, S-KLASSE:klasse
          """)
  void omvang(String naam, String product, Integer volume, Integer klasse, BigDecimal uren, Long maandbedrag, String verwacht) {
    Voorstel v = new Voorstel(PRODUCTEN.get(product), Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, volume, klasse, uren, maandbedrag, null);

    assertOvertredingen(verwacht, toets(v));
  }

  // ---------------------------------------------------------------- Budget instead of omvang: BUDGET, CD075, CD078, LDT_Budget

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                                                   | product | vorm | eind       | volume | klasse | budget    | verwacht
          CD078 accepted: dagbesteding with a budget of 1.200,00 instead of a volume  | 07C01   | ZIN  | 2026-12-31 |        |        | 120000    |
          CD078 accepted: begeleiding with a budget instead of a klasse               | 02A01   | ZIN  | 2026-12-31 |        |        | 500000    |
          CD078 refused: a budget and a volume per week together                      | 07C01   | ZIN  | 2026-12-31 | 2      |        | 120000    | CD078:budgetCent
          CD078 refused: a budget and a klasse together                               | 02A01   | ZIN  | 2026-12-31 |        | 3      | 500000    | CD078:budgetCent
          CD075 refused: a budget without an end date                                 | 07C01   | ZIN  |            |        |        | 120000    | CD075:einddatum
          CD075 accepted: a budget for a single day                                   | 07C01   | ZIN  | 2026-01-01 |        |        | 3900      |
          BUDGET refused: a PGB with a budget (only in kind)                          | 07C01   | PGB  | 2026-12-31 |        |        | 120000    | BUDGET:budgetCent
          LDT_Budget accepted: 1 cent, the minimum                                    | 07C01   | ZIN  | 2026-12-31 |        |        | 1         |
          LDT_Budget accepted: 99999999 cent, the maximum                             | 07C01   | ZIN  | 2026-12-31 |        |        | 99999999  |
          LDT_Budget refused: 0 cent                                                  | 07C01   | ZIN  | 2026-12-31 |        |        | 0         | LDT_Budget:budgetCent
          LDT_Budget refused: 100000000 cent, above the maximum                       | 07C01   | ZIN  | 2026-12-31 |        |        | 100000000 | LDT_Budget:budgetCent
          LDT_Budget refused: a negative budget                                       | 07C01   | ZIN  | 2026-12-31 |        |        | -1        | LDT_Budget:budgetCent
          BUDGET CD075 CD078 refused: PGB, open-ended, with a volume and a budget     | 07C01   | PGB  |            | 2      |        | 120000    | BUDGET:budgetCent, CD078:budgetCent, CD075:einddatum
          """)
  void budget(String naam, String product, Leveringsvorm vorm, LocalDate eind, Integer volume, Integer klasse, Long budget, String verwacht) {
    Voorstel v = new Voorstel(PRODUCTEN.get(product), vorm, aanbiederBij(vorm), periode(LocalDate.of(2026, 1, 1), eind), volume, klasse,
        null, null, null, budget);

    assertOvertredingen(verwacht, toets(v));
  }

  @Test
  @DisplayName("CD078/S-MAX9: a budget dagbesteding has no dagdelen per week, so it does not count towards the 9")
  void budgetTeltNietMeeVoorMax9() {
    Voorstel v = new Voorstel(PRODUCTEN.get("07C01"), Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, null, null, null, null, null, 120000L);

    assertEquals(List.of(), toets(v, List.of(bestaand("07C04", Leveringsvorm.ZIN, ANDERE, JAAR_2026, 9))));
  }

  // ---------------------------------------------------------------- S-MAX9

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                                                 | product | vol | start      | eind       | ander | vorm | vol | start      | eind       | verwacht             | melding
          S-MAX9 accepted: dagbesteding 9 dagdelen alone                           | 07C01   | 9   | 2026-01-01 | 2026-12-31 |       |      |     |            |            |                      |
          S-MAX9 refused: dagbesteding 10 dagdelen alone                           | 07C01   | 10  | 2026-01-01 | 2026-12-31 |       |      |     |            |            | S-MAX9:volumePerWeek | beschikt: 10
          S-MAX9 accepted: 5 + 4 overlapping                                       | 07C01   | 5   | 2026-01-01 | 2026-12-31 | 07C04 | ZIN  | 4   | 2026-01-01 | 2026-12-31 |                      |
          S-MAX9 refused: 5 + 5 overlapping                                        | 07C01   | 5   | 2026-01-01 | 2026-12-31 | 07C04 | ZIN  | 5   | 2026-01-01 | 2026-12-31 | S-MAX9:volumePerWeek | op 2026-01-01 10 dagdelen
          S-MAX9 refused: 5 + 5 overlapping, the other one as PGB                  | 07C01   | 5   | 2026-01-01 | 2026-12-31 | 07C04 | PGB  | 5   | 2026-01-01 | 2026-12-31 | S-MAX9:volumePerWeek | op 2026-01-01 10 dagdelen
          S-MAX9 refused: 5 + 5 OMD niveau 1 (OMD is dagbesteding in dagdelen)     | 07A01   | 5   | 2026-01-01 | 2026-12-31 | 07C04 | ZIN  | 5   | 2026-01-01 | 2026-12-31 | S-MAX9:volumePerWeek | op 2026-01-01 10 dagdelen
          S-MAX9 accepted: 5 + 5 consecutive, the other ends the day before        | 07C01   | 5   | 2026-01-01 | 2026-12-31 | 07C04 | ZIN  | 5   | 2025-01-01 | 2025-12-31 |                      |
          S-MAX9 accepted: 5 + 5 consecutive, the other starts the day after       | 07C01   | 5   | 2026-01-01 | 2026-06-30 | 07C04 | ZIN  | 5   | 2026-07-01 |            |                      |
          S-MAX9 refused: 5 + 5 sharing one day                                    | 07C01   | 5   | 2026-01-01 | 2026-12-31 | 07C04 | ZIN  | 5   | 2025-01-01 | 2026-01-01 | S-MAX9:volumePerWeek | op 2026-01-01 10 dagdelen
          S-MAX9 refused: 5 + 5 only from a later start, the other starts mid-way  | 07C01   | 5   | 2026-01-01 | 2026-12-31 | 07C04 | ZIN  | 5   | 2026-07-01 |            | S-MAX9:volumePerWeek | op 2026-07-01 10 dagdelen
          S-MAX9 refused: open-ended 5 + 5 starting next year                      | 07C01   | 5   | 2026-01-01 |            | 07C04 | ZIN  | 5   | 2027-03-01 | 2027-12-31 | S-MAX9:volumePerWeek | op 2027-03-01 10 dagdelen
          S-MAX9 accepted: 5 dagdelen + 8 hours dagactiviteit GGZ (07/04 not counted) | 07C01 | 5  | 2026-01-01 | 2026-12-31 | 07D01 | ZIN  | 8   | 2026-01-01 | 2026-12-31 |                      |
          S-MAX9 accepted: 20 hours dagactiviteit GGZ next to 9 dagdelen (07/04 not counted) | 07D01 | 20 | 2026-01-01 | 2026-12-31 | 07C04 | ZIN | 9 | 2026-01-01 | 2026-12-31 |           |
          S-MAX9 accepted: 9 dagdelen + 4 dagdelen vervoer (vervoer not counted)   | 07C01   | 9   | 2026-01-01 | 2026-12-31 | 08A02 | ZIN  | 4   | 2026-01-01 | 2026-12-31 |                      |
          """)
  void max9(
      String naam,
      String product, int volume, LocalDate start, LocalDate eind,
      String anderProduct, Leveringsvorm anderVorm, Integer anderVolume, LocalDate anderStart, LocalDate anderEind,
      String verwacht, String melding) {
    Voorstel v = volumeVoorstel(product, Leveringsvorm.ZIN, GEKOZEN, periode(start, eind), volume);
    List<Bestaand> anderen = anderProduct == null
        ? List.of()
        : List.of(bestaand(anderProduct, anderVorm, aanbiederBij(anderVorm, ANDERE), periode(anderStart, anderEind), anderVolume));

    List<Overtreding> fouten = toets(v, anderen);

    assertOvertredingen(verwacht, fouten);
    assertMelding(melding, fouten);
  }

  @Test
  @DisplayName("S-MAX9 accepted: 3 + 3 + 3 overlapping is exactly 9")
  void s_max9_accepted_three_overlapping_up_to_exactly_9() {
    Voorstel v = volumeVoorstel("07C01", Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, 3);
    List<Bestaand> anderen = List.of(
        bestaand("07C04", Leveringsvorm.ZIN, ANDERE, JAAR_2026, 3),
        bestaand("07A01", Leveringsvorm.PGB, null, JAAR_2026, 3));

    assertOvertredingen(null, toets(v, anderen));
  }

  @Test
  @DisplayName("S-MAX9 refused: 4 + 3 + 3 overlapping is 10")
  void s_max9_refused_three_overlapping_summing_to_10() {
    Voorstel v = volumeVoorstel("07C01", Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, 4);
    List<Bestaand> anderen = List.of(
        bestaand("07C04", Leveringsvorm.ZIN, ANDERE, JAAR_2026, 3),
        bestaand("07A01", Leveringsvorm.PGB, null, JAAR_2026, 3));

    List<Overtreding> fouten = toets(v, anderen);

    assertOvertredingen("S-MAX9:volumePerWeek", fouten);
    assertMelding("op 2026-01-01 10 dagdelen", fouten);
  }

  @Test
  @DisplayName("S-MAX9 refused: 4 + 4 until June, 4 + 6 from a later start on 2026-07-01")
  void s_max9_refused_max_reached_only_when_a_later_one_starts_mid_way() {
    // 4 (whole year) + 4 (first half) = 8 until June; from 1 July 4 + 6 = 10.
    Voorstel v = volumeVoorstel("07C01", Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, 4);
    List<Bestaand> anderen = List.of(
        bestaand("07C04", Leveringsvorm.ZIN, ANDERE, periode("2026-01-01", "2026-06-30"), 4),
        bestaand("07C04", Leveringsvorm.ZIN, ANDERE, periode("2026-07-01", null), 6));

    List<Overtreding> fouten = toets(v, anderen);

    assertOvertredingen("S-MAX9:volumePerWeek", fouten);
    assertMelding("op 2026-07-01 10 dagdelen", fouten);
  }

  @Test
  @DisplayName("S-MAX9 accepted: 4 + 4 until June, 4 + 5 from 2026-07-01 stays at 9")
  void s_max9_accepted_later_one_starting_mid_way_stays_at_9() {
    // 4 + 4 = 8 until June; from 1 July 4 + 5 = 9.
    Voorstel v = volumeVoorstel("07C01", Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, 4);
    List<Bestaand> anderen = List.of(
        bestaand("07C04", Leveringsvorm.ZIN, ANDERE, periode("2026-01-01", "2026-06-30"), 4),
        bestaand("07C04", Leveringsvorm.ZIN, ANDERE, periode("2026-07-01", null), 5));

    assertOvertredingen(null, toets(v, anderen));
  }

  // ---------------------------------------------------------------- S-VERVOER

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                                                   | vervoer | start      | eind       | dagbesteding | vorm | start      | eind       | verwacht              | melding
          S-VERVOER accepted: dagbesteding covers the whole period                   | 08A02   | 2026-01-01 | 2026-12-31 | 07C01        | ZIN  | 2026-01-01 | 2026-12-31 |                       |
          S-VERVOER accepted: open-ended dagbesteding since 2025 covers it           | 08A02   | 2026-03-01 | 2026-12-31 | 07C01        | ZIN  | 2025-01-01 |            |                       |
          S-VERVOER accepted: open-ended vervoer with open-ended dagbesteding        | 08A02   | 2026-01-01 |            | 07C01        | ZIN  | 2026-01-01 |            |                       |
          S-VERVOER accepted: dagbesteding as PGB                                    | 08A02   | 2026-01-01 | 2026-12-31 | 07C01        | PGB  | 2026-01-01 | 2026-12-31 |                       |
          S-VERVOER accepted: vervoer GGZ with dagactiviteit GGZ in hours            | 08A04   | 2026-01-01 | 2026-12-31 | 07D01        | ZIN  | 2026-01-01 | 2026-12-31 |                       |
          S-VERVOER refused: no dagbesteding at all                                  | 08A02   | 2026-01-01 | 2026-12-31 |              |      |            |            | S-VERVOER:productCode | op 2026-01-01
          S-VERVOER refused: dagbesteding ends mid-way (gap at the end)              | 08A02   | 2026-01-01 | 2026-12-31 | 07C01        | ZIN  | 2026-01-01 | 2026-06-30 | S-VERVOER:productCode | op 2026-07-01
          S-VERVOER refused: dagbesteding starts a month late (gap at the start)     | 08A02   | 2026-01-01 | 2026-12-31 | 07C01        | ZIN  | 2026-02-01 | 2026-12-31 | S-VERVOER:productCode | op 2026-01-01
          S-VERVOER refused: dagbesteding ends the day before the last vervoer day   | 08A02   | 2026-01-01 | 2026-12-31 | 07C01        | ZIN  | 2026-01-01 | 2026-12-30 | S-VERVOER:productCode | op 2026-12-31
          S-VERVOER refused: open-ended vervoer with a closed dagbesteding           | 08A02   | 2026-01-01 |            | 07C01        | ZIN  | 2026-01-01 | 2026-12-31 | S-VERVOER:productCode | op 2027-01-01
          S-VERVOER refused: dagbesteding ended before vervoer starts                | 08A02   | 2026-01-01 | 2026-12-31 | 07C01        | ZIN  | 2025-01-01 | 2025-12-31 | S-VERVOER:productCode | op 2026-01-01
          S-VERVOER refused: individual begeleiding is not dagbesteding              | 08A02   | 2026-01-01 | 2026-12-31 | 02A01        | ZIN  | 2026-01-01 | 2026-12-31 | S-VERVOER:productCode | op 2026-01-01
          """)
  void vervoer(
      String naam,
      String vervoer, LocalDate start, LocalDate eind,
      String dagbesteding, Leveringsvorm dagVorm, LocalDate dagStart, LocalDate dagEind,
      String verwacht, String melding) {
    Voorstel v = volumeVoorstel(vervoer, Leveringsvorm.ZIN, GEKOZEN, periode(start, eind), 4);
    List<Bestaand> anderen = dagbesteding == null
        ? List.of()
        : List.of(bestaand(dagbesteding, dagVorm, aanbiederBij(dagVorm, ANDERE), periode(dagStart, dagEind), 4));

    List<Overtreding> fouten = toets(v, anderen);

    assertOvertredingen(verwacht, fouten);
    assertMelding(melding, fouten);
  }

  @Test
  @DisplayName("S-VERVOER accepted: covered by two consecutive dagbesteding beschikkingen")
  void s_vervoer_accepted_covered_by_two_consecutive_dagbesteding_beschikkingen() {
    Voorstel v = volumeVoorstel("08A02", Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, 4);
    List<Bestaand> anderen = List.of(
        bestaand("07C04", Leveringsvorm.ZIN, ANDERE, periode("2026-07-01", "2026-12-31"), 4),
        bestaand("07C01", Leveringsvorm.ZIN, ANDERE, periode("2026-01-01", "2026-06-30"), 4));

    assertOvertredingen(null, toets(v, anderen));
  }

  @Test
  @DisplayName("S-VERVOER accepted: open-ended vervoer covered by a closed then an open-ended dagbesteding")
  void s_vervoer_accepted_open_ended_covered_by_closed_then_open_ended_dagbesteding() {
    Voorstel v = volumeVoorstel("08A02", Leveringsvorm.ZIN, GEKOZEN, periode("2026-01-01", null), 4);
    List<Bestaand> anderen = List.of(
        bestaand("07C01", Leveringsvorm.ZIN, ANDERE, periode("2025-06-01", "2026-03-31"), 4),
        bestaand("07C04", Leveringsvorm.PGB, null, periode("2026-04-01", null), 4));

    assertOvertredingen(null, toets(v, anderen));
  }

  @Test
  @DisplayName("S-VERVOER refused: two dagbesteding beschikkingen with a one-day gap on 2026-07-01")
  void s_vervoer_refused_two_dagbesteding_beschikkingen_with_a_one_day_gap() {
    Voorstel v = volumeVoorstel("08A02", Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, 4);
    List<Bestaand> anderen = List.of(
        bestaand("07C01", Leveringsvorm.ZIN, ANDERE, periode("2026-01-01", "2026-06-30"), 4),
        bestaand("07C04", Leveringsvorm.ZIN, ANDERE, periode("2026-07-02", "2026-12-31"), 4));

    List<Overtreding> fouten = toets(v, anderen);

    assertOvertredingen("S-VERVOER:productCode", fouten);
    assertMelding("op 2026-07-01", fouten);
  }

  // ---------------------------------------------------------------- OP043, OP259

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                                               | product | vorm | agb      | start      | eind       | ander | vorm | agb      | start      | eind       | verwacht
          OP043 refused: in kind while the same product runs as PGB              | 07C01   | ZIN  | 11111111 | 2026-01-01 | 2026-12-31 | 07C01 | PGB  |          | 2026-01-01 | 2026-12-31 | OP043:leveringsvorm
          OP043 refused: PGB while the same product runs in kind                 | 07C01   | PGB  |          | 2026-01-01 | 2026-12-31 | 07C01 | ZIN  | 22222222 | 2025-01-01 |            | OP043:leveringsvorm
          OP043 refused: in kind ends on the day the PGB starts (one day)        | 07C01   | PGB  |          | 2026-07-01 | 2026-12-31 | 07C01 | ZIN  | 22222222 | 2026-01-01 | 2026-07-01 | OP043:leveringsvorm
          OP043 accepted: in kind ends the day before the PGB starts             | 07C01   | PGB  |          | 2026-07-01 | 2026-12-31 | 07C01 | ZIN  | 22222222 | 2026-01-01 | 2026-06-30 |
          OP043 accepted: PGB ends the day before in kind starts                 | 07C01   | ZIN  | 11111111 | 2026-07-01 |            | 07C01 | PGB  |          | 2025-01-01 | 2026-06-30 |
          OP043 accepted: other product in kind and as PGB at the same time      | 07C01   | ZIN  | 11111111 | 2026-01-01 | 2026-12-31 | 07C04 | PGB  |          | 2026-01-01 | 2026-12-31 |
          OP259 refused: same product, same provider, overlapping                | 07C01   | ZIN  | 11111111 | 2026-01-01 | 2026-12-31 | 07C01 | ZIN  | 11111111 | 2026-06-01 | 2027-05-31 | OP259:aanbiederAgbCode
          OP259 refused: same product, same provider, existing open-ended        | 07C01   | ZIN  | 11111111 | 2026-01-01 | 2026-12-31 | 07C01 | ZIN  | 11111111 | 2025-01-01 |            | OP259:aanbiederAgbCode
          OP259 accepted: same product, other provider, overlapping              | 07C01   | ZIN  | 11111111 | 2026-01-01 | 2026-12-31 | 07C01 | ZIN  | 22222222 | 2026-01-01 | 2026-12-31 |
          OP259 accepted: same product, same provider, consecutive periods       | 07C01   | ZIN  | 11111111 | 2026-01-01 | 2026-12-31 | 07C01 | ZIN  | 11111111 | 2025-01-01 | 2025-12-31 |
          OP259 accepted: other product, same provider, overlapping              | 07C01   | ZIN  | 11111111 | 2026-01-01 | 2026-12-31 | 07C04 | ZIN  | 11111111 | 2026-01-01 | 2026-12-31 |
          """)
  void zelfdeProduct(
      String naam,
      String product, Leveringsvorm vorm, String agb, LocalDate start, LocalDate eind,
      String anderProduct, Leveringsvorm anderVorm, String anderAgb, LocalDate anderStart, LocalDate anderEind,
      String verwacht) {
    // 2 + 2 dagdelen: far below S-MAX9, so only OP043/OP259 can speak
    Voorstel v = volumeVoorstel(product, vorm, agb, periode(start, eind), 2);
    List<Bestaand> anderen = List.of(bestaand(anderProduct, anderVorm, anderAgb, periode(anderStart, anderEind), 2));

    assertOvertredingen(verwacht, toets(v, anderen));
  }

  // ---------------------------------------------------------------- CONTRACT

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                                                     | vorm | start      | eind       | contract 1 | t/m        | contract 2 | t/m        | verwacht                  | melding
          CONTRACT accepted: one contract covers the period                           | ZIN  | 2026-01-01 | 2026-12-31 | 2026-01-01 | 2026-12-31 |            |            |                           |
          CONTRACT accepted: two adjoining contracts                                  | ZIN  | 2026-01-01 | 2026-12-31 | 2025-01-01 | 2026-06-30 | 2026-07-01 | 2027-12-31 |                           |
          CONTRACT accepted: two adjoining contracts, the later one listed first      | ZIN  | 2026-01-01 | 2026-12-31 | 2026-07-01 | 2027-12-31 | 2025-01-01 | 2026-06-30 |                           |
          CONTRACT refused: one-day gap between two contracts                         | ZIN  | 2026-01-01 | 2026-12-31 | 2025-01-01 | 2026-06-30 | 2026-07-02 | 2027-12-31 | CONTRACT:aanbiederAgbCode | op 2026-07-01 geen contract
          CONTRACT refused: no contract at all                                        | ZIN  | 2026-01-01 | 2026-12-31 |            |            |            |            | CONTRACT:aanbiederAgbCode | op 2026-01-01 geen contract
          CONTRACT refused: contract starts a day late                                | ZIN  | 2026-01-01 | 2026-12-31 | 2026-01-02 |            |            |            | CONTRACT:aanbiederAgbCode | op 2026-01-01 geen contract
          CONTRACT refused: contract ends a day early                                 | ZIN  | 2026-01-01 | 2026-12-31 | 2025-01-01 | 2026-12-30 |            |            | CONTRACT:aanbiederAgbCode | op 2026-12-31 geen contract
          CONTRACT refused: open-ended beschikking, closed contract                   | ZIN  | 2026-01-01 |            | 2025-01-01 | 2026-12-31 |            |            | CONTRACT:aanbiederAgbCode | op 2027-01-01 geen contract
          CONTRACT accepted: open-ended beschikking, open-ended contract              | ZIN  | 2026-01-01 |            | 2025-01-01 |            |            |            |                           |
          CONTRACT accepted: open-ended beschikking, closed then open-ended contract  | ZIN  | 2026-01-01 |            | 2025-01-01 | 2026-12-31 | 2027-01-01 |            |                           |
          CONTRACT accepted: PGB needs no contract                                    | PGB  | 2026-01-01 | 2026-12-31 |            |            |            |            |                           |
          CONTRACT accepted: open-ended PGB needs no contract                         | PGB  | 2026-01-01 |            |            |            |            |            |                           |
          """)
  void contract(
      String naam,
      Leveringsvorm vorm, LocalDate start, LocalDate eind,
      LocalDate contract1, LocalDate contract1Eind, LocalDate contract2, LocalDate contract2Eind,
      String verwacht, String melding) {
    Voorstel v = volumeVoorstel("07C01", vorm, aanbiederBij(vorm), periode(start, eind), 2);
    List<Periode> dekking = new ArrayList<>();
    if (contract1 != null) {
      dekking.add(periode(contract1, contract1Eind));
    }
    if (contract2 != null) {
      dekking.add(periode(contract2, contract2Eind));
    }

    List<Overtreding> fouten = Beleidsregels.toets(v, List.of(), dekking, KLASSEN);

    assertOvertredingen(verwacht, fouten);
    assertMelding(melding, fouten);
  }

  // ---------------------------------------------------------------- several rules at once

  @Test
  @DisplayName("CONTRACT + S-VERVOER refused: vervoer without contract and without dagbesteding")
  void contract_and_s_vervoer_refused_together_vervoer_without_contract_and_without_dagbesteding() {
    Voorstel v = volumeVoorstel("08A02", Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, 4);

    List<Overtreding> fouten = Beleidsregels.toets(v, List.of(), List.of(), KLASSEN);

    assertOvertredingen("CONTRACT:aanbiederAgbCode, S-VERVOER:productCode", fouten);
  }

  @Test
  @DisplayName("OP259 + S-MAX9 refused: 5 + 5 dagdelen of the same product at the same provider")
  void op259_and_s_max9_refused_together_same_dagbesteding_twice_at_one_provider() {
    Voorstel v = volumeVoorstel("07C01", Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, 5);
    List<Bestaand> anderen = List.of(bestaand("07C01", Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, 5));

    assertOvertredingen("OP259:aanbiederAgbCode, S-MAX9:volumePerWeek", toets(v, anderen));
  }

  // ---------------------------------------------------------------- helpers

  private static KlasseBand band(int nummer, String vanaf, String totEnMet) {
    return new KlasseBand(nummer, new BigDecimal(vanaf), new BigDecimal(totEnMet));
  }

  private static ProductSoort dagdelen(String code) {
    return new ProductSoort(code, Productcategorie.DAGBESTEDING, Eenheid.DAGDEEL, false);
  }

  private static ProductSoort product(String code) {
    ProductSoort p = PRODUCTEN.get(code);
    if (p == null) {
      throw new IllegalArgumentException("unknown product in test table: " + code);
    }
    return p;
  }

  /** Inclusive dates; a null end is open-ended. */
  private static Periode periode(LocalDate start, LocalDate eindInclusief) {
    return Periode.inclusief(start, eindInclusief);
  }

  private static Periode periode(String start, String eindInclusief) {
    return periode(LocalDate.parse(start), eindInclusief == null ? null : LocalDate.parse(eindInclusief));
  }

  /** In kind goes to a provider, a PGB has none. */
  private static String aanbiederBij(Leveringsvorm vorm) {
    return aanbiederBij(vorm, GEKOZEN);
  }

  private static String aanbiederBij(Leveringsvorm vorm, String agb) {
    return vorm == Leveringsvorm.ZIN ? agb : null;
  }

  /** Begeleiding or persoonlijke verzorging per klasse, in kind at the chosen provider, for 2026. */
  private static Voorstel klasseVoorstel(ProductSoort product, Integer klasse, BigDecimal uren) {
    return new Voorstel(product, Leveringsvorm.ZIN, GEKOZEN, JAAR_2026, null, klasse, uren, null, null);
  }

  /** A product per unit per week (dagdelen, hours of dagactiviteit GGZ, vervoer). */
  private static Voorstel volumeVoorstel(String product, Leveringsvorm vorm, String agb, Periode periode, int volume) {
    return new Voorstel(product(product), vorm, agb, periode, volume, null, null, null, null);
  }

  private Bestaand bestaand(String product, Leveringsvorm vorm, String agb, Periode periode, Integer volume) {
    return new Bestaand(volgnummer.incrementAndGet(), product(product), vorm, agb, periode, volume);
  }

  /** "11111111=250000 22222222=270000": quotes per provider, in cents. */
  private static List<Offerte> offertes(String tekst) {
    if (tekst == null) {
      return List.of();
    }
    return Arrays.stream(tekst.trim().split("\\s+"))
        .map(o -> o.split("="))
        .map(d -> new Offerte(d[0], Long.parseLong(d[1])))
        .toList();
  }

  private static List<Overtreding> toets(Voorstel v) {
    return toets(v, List.of());
  }

  private static List<Overtreding> toets(Voorstel v, List<Bestaand> anderen) {
    return Beleidsregels.toets(v, anderen, ALTIJD_GECONTRACTEERD, KLASSEN);
  }

  /** {@code verwacht} null: accepted, no overtreding at all; else the exact set of "regel:veld". */
  private static void assertOvertredingen(String verwacht, List<Overtreding> fouten) {
    if (verwacht == null) {
      assertEquals(List.of(), fouten, "expected no overtreding");
      return;
    }
    Set<String> verwachteSet = Arrays.stream(verwacht.split(","))
        .map(String::strip)
        .collect(toCollection(TreeSet::new));
    Set<String> gevonden = fouten.stream()
        .map(f -> f.regel() + ":" + f.veld())
        .collect(toCollection(TreeSet::new));
    assertEquals(verwachteSet, gevonden, () -> "overtredingen: " + fouten);
  }

  private static void assertMelding(String melding, List<Overtreding> fouten) {
    if (melding == null) {
      return;
    }
    assertTrue(fouten.stream().anyMatch(f -> f.melding().contains(melding)),
        () -> "no message contains '" + melding + "': " + fouten);
  }

  @Test
  @DisplayName("S-VERVOER refused: vervoer GGZ goes only with dagactiviteit GGZ, not with VG dagbesteding")
  void vervoerHoortBijDeJuisteSoortDagbesteding() {
    ProductSoort vervoerGgz = new ProductSoort("08A04", Productcategorie.VERVOERDIENSTEN, Eenheid.DAGDEEL, false, java.util.Set.of("07D01"));
    ProductSoort vgLicht = new ProductSoort("07C01", Productcategorie.DAGBESTEDING, Eenheid.DAGDEEL, false);
    ProductSoort ggz = new ProductSoort("07D01", Productcategorie.DAGBESTEDING, Eenheid.UUR, false);
    nl.regio.wmo.domain.shared.Periode jaar =
        nl.regio.wmo.domain.shared.Periode.inclusief(java.time.LocalDate.parse("2026-01-01"), java.time.LocalDate.parse("2026-12-31"));
    Beleidsregels.Voorstel vervoer =
        new Beleidsregels.Voorstel(vervoerGgz, Leveringsvorm.ZIN, "98000044", jaar, 2, null, null, null, java.util.List.of());
    java.util.List<Overtreding> metVg = Beleidsregels.toets(vervoer,
        java.util.List.of(new Beleidsregels.Bestaand(1, vgLicht, Leveringsvorm.ZIN, "98000022", jaar, 3)), java.util.List.of(jaar),
        klassenVoorVervoer());
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("S-VERVOER"), metVg.stream().map(Overtreding::regel).toList());
    org.junit.jupiter.api.Assertions.assertTrue(metVg.get(0).melding().contains("07D01"), metVg.get(0).melding());
    java.util.List<Overtreding> metGgz = Beleidsregels.toets(vervoer,
        java.util.List.of(new Beleidsregels.Bestaand(2, ggz, Leveringsvorm.ZIN, "98000044", jaar, 4)), java.util.List.of(jaar),
        klassenVoorVervoer());
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), metGgz);
  }

  private static nl.regio.wmo.domain.contract.Klassenindeling klassenVoorVervoer() {
    return nl.regio.wmo.ConfigFixture.klassenindeling();
  }
}
