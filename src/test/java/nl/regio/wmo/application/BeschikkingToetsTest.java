package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.regio.wmo.application.BeschikkingBeheer.BeschikkingGegevens;
import nl.regio.wmo.application.BeschikkingBeheer.OfferteGegevens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dry run {@link BeschikkingBeheer#toets} finds exactly what {@link BeschikkingBeheer#maak} refuses, by rule id
 * and field (domain/rules.md: S-KLASSE, S-IB-RANGE, S-MAX9, S-VERVOER, OP043, OP259, CONTRACT, CD076, TARIEF, BUDGET,
 * CD075, CD078, LDT_Budget, OMVANG), and stores nothing; what it accepts, maak stores. The region is the one of
 * {@link BeschikkingBeheerInGeheugen}; periods in 2026 unless the row says otherwise; offertes as {@code agb:cents}. Expected: {@code RULE@field}
 * items, {@code -@field} for an input fault without a rule, {@code ok} for accepted.
 */
class BeschikkingToetsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      S-KLASSE 5 uur is klasse 3: geaccepteerd             | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    | 3 | 5    |           |        |                                 | ok
      S-KLASSE 5 uur met klasse 1                          | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    | 1 | 5    |           |        |                                 | S-KLASSE@klasse
      S-KLASSE geen klasse                                 | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    |   |      |           |        |                                 | S-KLASSE@klasse
      S-KLASSE klasse 6 bestaat niet                       | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    | 6 |      |           |        |                                 | S-KLASSE@klasse
      S-IB-RANGE minder dan 1 uur                          | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    | 1 | 0.5  |           |        |                                 | S-IB-RANGE@urenPerWeek
      S-IB-RANGE 14 uur zonder offerte                     | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    | 5 | 14   |           |        |                                 | S-IB-RANGE@urenPerWeek
      S-IB-RANGE 13 uur is klasse 5 (grens)                | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    | 4 | 13   |           |        |                                 | S-KLASSE@klasse
      TARIEF geen trajectbedrag klasse 5                   | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    | 5 | 12   |           |        |                                 | TARIEF@klasse
      S-MAX9 10 dagdelen                                   | 1 | 07A01 | ZIN | 98000011 | 2026-12-31 | 10 |   |      |           |        |                                 | S-MAX9@volumePerWeek
      S-MAX9 9 dagdelen: geaccepteerd                      | 1 | 07A01 | ZIN | 98000011 | 2026-12-31 | 9  |   |      |           |        |                                 | ok
      S-MAX9 samen met bestaande 6 wordt 10 (en OP043)     | 2 | 07A01 | PGB |          | 2026-12-31 | 4  |   |      |           |        |                                 | OP043@leveringsvorm S-MAX9@volumePerWeek
      S-VERVOER zonder dagbesteding                        | 1 | 08A01 | ZIN | 98000011 | 2026-12-31 | 2  |   |      |           |        |                                 | S-VERVOER@productCode
      S-VERVOER met dagbesteding: geaccepteerd             | 2 | 08A01 | ZIN | 98000011 | 2026-12-31 | 2  |   |      |           |        |                                 | ok
      S-VERVOER langer dan de dagbesteding                 | 2 | 08A01 | ZIN | 98000011 | 2027-03-31 | 2  |   |      |           |        |                                 | S-VERVOER@productCode
      OP043 al als PGB beschikt                            | 2 | 01A01 | ZIN | 98000011 | 2026-12-31 | 3  |   |      |           |        |                                 | OP043@leveringsvorm
      OP259 zelfde product zelfde aanbieder overlappend    | 2 | 07A01 | ZIN | 98000011 | 2026-12-31 | 2  |   |      |           |        |                                 | OP259@aanbiederAgbCode
      CONTRACT aanbieder zonder contract                   | 1 | 01A01 | ZIN | 98000033 | 2026-12-31 | 3  |   |      |           |        |                                 | CONTRACT@aanbiederAgbCode
      CD076 omvang per week zonder einddatum               | 1 | 01A01 | ZIN | 98000011 |            | 3  |   |      |           |        |                                 | CD076@einddatum
      OMVANG geen volume per week                          | 1 | 01A01 | ZIN | 98000011 | 2026-12-31 |    |   |      |           |        |                                 | OMVANG@volumePerWeek
      OMVANG klasse bij een product per uur                | 1 | 01A01 | ZIN | 98000011 | 2026-12-31 | 3  | 2 |      |           |        |                                 | OMVANG@klasse
      budget in natura: geaccepteerd                       | 1 | 01A01 | ZIN | 98000011 | 2026-12-31 |    |   |      | 120000    |        |                                 | ok
      BUDGET bij een PGB                                   | 1 | 01A01 | PGB |          | 2026-12-31 |    |   |      | 120000    |        |                                 | BUDGET@budgetCent
      CD078 budget en volume samen                         | 1 | 01A01 | ZIN | 98000011 | 2026-12-31 | 3  |   |      | 120000    |        |                                 | CD078@budgetCent
      CD075 budget zonder einddatum                        | 1 | 01A01 | ZIN | 98000011 |            |    |   |      | 120000    |        |                                 | CD075@einddatum
      LDT_Budget budget 0                                  | 1 | 01A01 | ZIN | 98000011 | 2026-12-31 |    |   |      | 0         |        |                                 | LDT_Budget@budgetCent
      LDT_Budget budget boven 99 999 999 cent              | 1 | 01A01 | ZIN | 98000011 | 2026-12-31 |    |   |      | 100000000 |        |                                 | LDT_Budget@budgetCent
      invoer onbekend product, geen regel                  | 1 | 99X99 | ZIN | 98000011 | 2026-12-31 | 3  |   |      |           |        |                                 | -@productCode
      invoer onbekende cliënt, geen regel                  | 9 | 01A01 | ZIN | 98000011 | 2026-12-31 | 3  |   |      |           |        |                                 | -@clientId
      invoer einddatum voor ingangsdatum                   | 1 | 01A01 | ZIN | 98000011 | 2025-12-31 | 3  |   |      |           |        |                                 | -@einddatum
      invoer PGB met aanbieder, regels toch getoetst       | 1 | 02A01 | PGB | 98000011 | 2026-12-31 |    | 1 | 5    |           |        |                                 | -@aanbiederAgbCode S-KLASSE@klasse
      S-IB-RANGE offerte boven 13 uur: geaccepteerd        | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    |   | 14   |           | 250000 | 98000011:250000 98000033:260000 | ok
      S-IB-RANGE offerte met één aanbieder                 | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    |   | 14   |           | 250000 | 98000011:250000                 | S-IB-RANGE@offertes
      S-IB-RANGE offerte niet van de gekozen aanbieder     | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    |   | 14   |           | 250000 | 98000022:250000 98000033:260000 | S-IB-RANGE@offertes
      S-IB-RANGE offerte tot en met 13 uur                 | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    |   | 12   |           | 250000 | 98000011:250000 98000033:260000 | S-IB-RANGE@urenPerWeek
      S-IB-RANGE maandbedrag niet dat van de offerte       | 1 | 02A01 | ZIN | 98000011 | 2026-12-31 |    |   | 14   |           | 240000 | 98000011:250000 98000033:260000 | S-IB-RANGE@offerteMaandbedragCent
      """)
  void toetsVindtWatMaakWeigert(String geval, long client, String product, String vorm, String agb, String einde, Integer volume,
      Integer klasse, String uren, Long budget, Long offerte, String offertes, String verwacht) {
    BeschikkingBeheerInGeheugen beheer = new BeschikkingBeheerInGeheugen();
    BeschikkingGegevens invoer = new BeschikkingGegevens(null, client, product, vorm, agb, BeschikkingBeheerInGeheugen.BEGIN,
        einde == null ? null : LocalDate.parse(einde), volume, klasse, uren == null ? null : new BigDecimal(uren), offerte,
        offertes == null ? null : Arrays.stream(offertes.split(" ")).map(o -> o.split(":"))
            .map(o -> new OfferteGegevens(o[0], Long.valueOf(o[1]))).toList(), budget, null,
        null, null, null, null, null);
    int voor = beheer.opgeslagen.size();

    List<Fout> fouten = beheer.toets(invoer);

    assertEquals(voor, beheer.opgeslagen.size(), "a dry run stores nothing");
    assertEquals(new TreeSet<>(Arrays.asList(verwacht.split(" "))), regels(fouten), geval + ": " + fouten);
    if (fouten.isEmpty()) {
      BeschikkingGegevens vastgelegd = beheer.maak(invoer);
      assertEquals(voor + 1, beheer.opgeslagen.size());
      if (vorm.equals("ZIN")) {
        assertNotNull(vastgelegd.toewijzingNummer(), geval);
      }
    } else if (fouten.stream().allMatch(f -> regel(f).equals("-")) || verwacht.contains("-@")) {
      OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> beheer.maak(invoer));
      assertTrue(fouten.containsAll(e.fouten()), geval + ": maak refuses what toets found first: " + e.fouten());
      assertEquals(voor, beheer.opgeslagen.size());
    } else {
      OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> beheer.maak(invoer));
      assertEquals(fouten, e.fouten(), geval + ": maak refuses exactly what toets found");
      assertEquals(voor, beheer.opgeslagen.size());
    }
  }

  /** {@code RULE@field} per fault; {@code ok} when none. */
  static Set<String> regels(List<Fout> fouten) {
    return fouten.isEmpty() ? Set.of("ok") : fouten.stream().map(f -> regel(f) + "@" + f.veld()).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The rule id a message starts with ("S-KLASSE: …"), or "-" for a fault of the input itself. */
  static String regel(Fout f) {
    String kop = f.melding().split(":")[0];
    return kop.matches("[A-Z][A-Z0-9]*([-_][A-Za-z0-9]+)*") ? kop : "-";
  }
}
