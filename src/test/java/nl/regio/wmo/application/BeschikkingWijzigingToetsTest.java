package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import nl.regio.wmo.application.BeschikkingBeheer.BeschikkingGegevens;
import nl.regio.wmo.application.BeschikkingBeheer.OfferteGegevens;
import nl.regio.wmo.application.BeschikkingBeheer.OmvangWijziging;
import nl.regio.wmo.domain.beschikking.Beschikking;
import nl.regio.wmo.domain.beschikking.Leveringsvorm;
import nl.regio.wmo.domain.beschikking.Toewijzing;
import nl.regio.wmo.domain.shared.Periode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dry run {@link BeschikkingBeheer#toetsWijziging} finds exactly what {@link BeschikkingBeheer#wijzigOmvang} refuses,
 * by rule id and field (domain/rules.md: S-KLASSE, S-IB-RANGE, S-MAX9, S-VERVOER, OP043, OP259, CONTRACT, TARIEF, BUDGET,
 * CD078, LDT_Budget, OMVANG), with the old beschikking counted as it will end (the day before the wijziging), and
 * changes nothing; what it accepts, wijzigOmvang makes. The region is the one of {@link BeschikkingBeheerInGeheugen};
 * the beschikking changed, all 2026 and in kind at 98000011 unless said: {@code dagbesteding} 07A01 6 dagdelen and
 * {@code pgb} 01A01 3 hours as PGB (client 2, as the region has them), {@code vervoer} 08A01 2 dagdelen beside that
 * dagbesteding, {@code dagbesteding-22} 07A01 2 dagdelen at 98000022 beside it (stored when 98000022 still had a
 * contract), {@code begeleiding} 02A01 klasse 3 at 5 hours and {@code hulp} 01A01 3 hours (client 1). Offertes as
 * {@code agb:cents}. Expected: {@code RULE@field} items, {@code -@field} for an input fault without a rule, {@code ok}.
 */
class BeschikkingWijzigingToetsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      S-KLASSE 8 uur met klasse 3                                 | begeleiding     | 2026-07-01 |            |          |    | 3 | 8   |        |        |                                 | S-KLASSE@klasse
      S-KLASSE 8 uur is klasse 4: gewijzigd                       | begeleiding     | 2026-07-01 |            |          |    | 4 | 8   |        |        |                                 | ok
      S-KLASSE geen klasse                                        | begeleiding     | 2026-07-01 |            |          |    |   |     |        |        |                                 | S-KLASSE@klasse
      S-IB-RANGE 14 uur zonder offerte                            | begeleiding     | 2026-07-01 |            |          |    | 5 | 14  |        |        |                                 | S-IB-RANGE@urenPerWeek
      S-IB-RANGE offerte boven 13 uur: gewijzigd                  | begeleiding     | 2026-07-01 |            |          |    |   | 14  |        | 250000 | 98000011:250000 98000033:260000 | ok
      S-IB-RANGE offerte met één aanbieder                        | begeleiding     | 2026-07-01 |            |          |    |   | 14  |        | 250000 | 98000011:250000                 | S-IB-RANGE@offertes
      TARIEF geen trajectbedrag klasse 5                          | begeleiding     | 2026-07-01 |            |          |    | 5 | 12  |        |        |                                 | TARIEF@klasse
      CONTRACT naar een aanbieder zonder contract                 | begeleiding     | 2026-07-01 |            | 98000033 |    | 3 | 5   |        |        |                                 | CONTRACT@aanbiederAgbCode
      S-MAX9 10 dagdelen vanaf juli                               | dagbesteding    | 2026-07-01 |            |          | 10 |   |     |        |        |                                 | S-MAX9@volumePerWeek
      S-MAX9 OP259 9 dagdelen: de oude telt na juni niet mee      | dagbesteding    | 2026-07-01 |            |          | 9  |   |     |        |        |                                 | ok
      S-MAX9 CONTRACT 4 dagdelen bij 98000022 naast 6 wordt 10    | dagbesteding-22 | 2026-07-01 |            |          | 4  |   |     |        |        |                                 | CONTRACT@aanbiederAgbCode S-MAX9@volumePerWeek
      OP259 naar de aanbieder die dagbesteding al levert          | dagbesteding-22 | 2026-07-01 |            | 98000011 | 2  |   |     |        |        |                                 | OP259@aanbiederAgbCode
      S-VERVOER langer dan de dagbesteding                        | vervoer         | 2026-07-01 | 2027-03-31 |          | 2  |   |     |        |        |                                 | S-VERVOER@productCode
      S-VERVOER binnen de dagbesteding: gewijzigd                 | vervoer         | 2026-07-01 |            |          | 3  |   |     |        |        |                                 | ok
      OMVANG geen volume per week                                 | hulp            | 2026-07-01 |            |          |    |   |     |        |        |                                 | OMVANG@volumePerWeek
      OMVANG klasse bij een product per uur                       | hulp            | 2026-07-01 |            |          | 3  | 2 |     |        |        |                                 | OMVANG@klasse
      budget in natura: gewijzigd                                 | hulp            | 2026-07-01 |            |          |    |   |     | 60000  |        |                                 | ok
      CD078 budget en volume samen                                | hulp            | 2026-07-01 |            |          | 3  |   |     | 60000  |        |                                 | CD078@budgetCent
      LDT_Budget budget 0                                         | hulp            | 2026-07-01 |            |          |    |   |     | 0      |        |                                 | LDT_Budget@budgetCent
      BUDGET bij een PGB                                          | pgb             | 2026-07-01 |            |          |    |   |     | 60000  |        |                                 | BUDGET@budgetCent
      OP043 een PGB blijft PGB, de oude na juni telt niet: gewijzigd | pgb        | 2026-07-01 |            |          | 5  |   |     |        |        |                                 | ok
      invoer ingangsdatum gelijk aan die van de beschikking       | begeleiding     | 2026-01-01 |            |          |    | 3 | 5   |        |        |                                 | -@ingangsdatum
      invoer ingangsdatum na de looptijd (en na de einddatum)     | begeleiding     | 2027-01-01 |            |          |    | 3 | 5   |        |        |                                 | -@einddatum -@ingangsdatum
      invoer geen ingangsdatum                                    | begeleiding     |            |            |          |    | 3 | 5   |        |        |                                 | -@ingangsdatum
      invoer einddatum voor de ingangsdatum                       | begeleiding     | 2026-07-01 | 2026-06-30 |          |    | 3 | 5   |        |        |                                 | -@einddatum
      invoer onbekende aanbieder                                  | begeleiding     | 2026-07-01 |            | 98000099 |    | 3 | 5   |        |        |                                 | -@aanbiederAgbCode
      invoer offerte zonder bedrag, regels toch getoetst          | begeleiding     | 2026-07-01 |            |          |    | 1 | 5   |        |        | 98000011:0                      | -@offertes[0].maandbedragCent S-KLASSE@klasse
      """)
  void toetsWijzigingVindtWatWijzigOmvangWeigert(String geval, String beschikking, String vanaf, String einde, String agb, Integer volume,
      Integer klasse, String uren, Long budget, Long offerte, String offertes, String verwacht) {
    BeschikkingBeheerInGeheugen beheer = new BeschikkingBeheerInGeheugen();
    Beschikking oud = beheer.vind(teWijzigen(beheer, beschikking));
    OmvangWijziging w = new OmvangWijziging(vanaf == null ? null : LocalDate.parse(vanaf), einde == null ? null : LocalDate.parse(einde), agb,
        volume, klasse, uren == null ? null : new BigDecimal(uren), offerte,
        offertes == null ? null : Arrays.stream(offertes.split(" ")).map(o -> o.split(":"))
            .map(o -> new OfferteGegevens(o[0], Long.valueOf(o[1]))).toList(), budget);
    int voor = beheer.opgeslagen.size();
    Periode looptijd = oud.periode();
    Periode toegewezen = oud.toewijzing().map(Toewijzing::periode).orElse(null);

    List<Fout> fouten = beheer.toetsWijziging(oud.id(), w);

    assertEquals(voor, beheer.opgeslagen.size(), "a dry run stores nothing");
    assertEquals(looptijd, oud.periode(), "a dry run does not shorten the old beschikking");
    assertEquals(toegewezen, oud.toewijzing().map(Toewijzing::periode).orElse(null), "nor its toewijzing");
    assertEquals(new TreeSet<>(Arrays.asList(verwacht.split(" "))), BeschikkingToetsTest.regels(fouten), geval + ": " + fouten);
    if (fouten.isEmpty()) {
      BeschikkingGegevens nieuw = beheer.wijzigOmvang(oud.id(), w);
      assertEquals(voor + 1, beheer.opgeslagen.size());
      assertEquals(w.ingangsdatum().minusDays(1), oud.periode().einddatumInclusief(), geval + ": the old one ends the day before");
      assertEquals(oud.id(), nieuw.vorigeId());
      if (oud.leveringsvorm() == Leveringsvorm.ZIN) {
        assertNotNull(nieuw.toewijzingNummer(), geval);
        assertEquals(w.ingangsdatum().minusDays(1), oud.toewijzing().orElseThrow().periode().einddatumInclusief(), geval);
      }
      return;
    }
    OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> beheer.wijzigOmvang(oud.id(), w));
    List<Fout> invoer = fouten.stream().filter(f -> BeschikkingToetsTest.regel(f).equals("-")).toList();
    assertEquals(invoer.isEmpty() ? fouten : invoer, e.fouten(), geval + ": wijzigOmvang refuses exactly what the dry run found (the input first)");
    assertEquals(voor, beheer.opgeslagen.size(), "a refused wijziging stores nothing");
    assertEquals(looptijd, oud.periode(), "and leaves the old beschikking as it was");
    assertEquals(toegewezen, oud.toewijzing().map(Toewijzing::periode).orElse(null));
  }

  /** The id of the row's beschikking, made first where the region does not have it. */
  private static long teWijzigen(BeschikkingBeheerInGeheugen beheer, String welke) {
    return switch (welke) {
      case "dagbesteding" -> 1L;
      case "pgb" -> 2L;
      case "begeleiding" -> beheer.maak(nieuw(1, "02A01", null, 3, new BigDecimal("5"))).id();
      case "hulp" -> beheer.maak(nieuw(1, "01A01", 3, null, null)).id();
      case "vervoer" -> beheer.maak(nieuw(2, "08A01", 2, null, null)).id();
      case "dagbesteding-22" -> beheer.opslaan(beheer.clienten.get(2L), beheer.productenOpCode.get("07A01"), beheer.aanbiedersOpAgb.get("98000022"),
          beheer.voorstel("07A01", Leveringsvorm.ZIN, "98000022", 2), 2, null, null).id();
      default -> throw new IllegalArgumentException(welke);
    };
  }

  private static BeschikkingGegevens nieuw(long client, String product, Integer volume, Integer klasse, BigDecimal uren) {
    return new BeschikkingGegevens(null, client, product, "ZIN", "98000011", BeschikkingBeheerInGeheugen.BEGIN, BeschikkingBeheerInGeheugen.EINDE,
        volume, klasse, uren, null, null, null, null, null, null, null, null, null);
  }
}
