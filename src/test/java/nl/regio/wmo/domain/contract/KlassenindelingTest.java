package nl.regio.wmo.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.regio.wmo.ConfigFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule S-KLASSE (seed 004 ch. 10): klasse 1 = up to 2 h/week, 2 = 2–4, 3 = 4–7, 4 = 7–10, 5 = 10–13,
 * tested against the region's own config/regio/klassen.csv. A band includes its upper bound: the
 * seed allows 13 hours, which must be klasse 5, so "van 10 tot 13" is read as (10, 13].
 */
class KlassenindelingTest {

  private final Klassenindeling indeling = ConfigFixture.klassenindeling();

  @ParameterizedTest(name = "S-KLASSE {0} uur per week -> klasse {1}")
  @CsvSource(textBlock = """
      0.5,  1
      1,    1
      2,    1
      2.01, 2
      4,    2
      4.5,  3
      7,    3
      7.25, 4
      10,   4
      10.5, 5
      13,   5
      """)
  void klasseVoorUren(String uren, int klasse) {
    assertEquals(Optional.of(klasse), indeling.klasseVoor(new BigDecimal(uren)));
  }

  @Test
  void bovenDertienUurGeenKlasseMaarOfferte_SKLASSE() {
    assertEquals(Optional.empty(), indeling.klasseVoor(new BigDecimal("13.5")));
    assertEquals(Optional.empty(), indeling.klasseVoor(new BigDecimal("20")));
  }

  @Test
  void vijfKlassenUitDeConfiguratie_SKLASSE() {
    assertEquals(5, indeling.aantal());
    assertTrue(indeling.bestaat(1) && indeling.bestaat(5));
    assertTrue(!indeling.bestaat(0) && !indeling.bestaat(6));
  }

  @Test
  void nulUurIsGeenKlasse() {
    assertThrows(IllegalArgumentException.class, () -> indeling.klasseVoor(BigDecimal.ZERO));
  }

  @Test
  void bandenMetEenGatWordenGeweigerd_SKLASSE() {
    List<KlasseBand> metGat =
        List.of(new KlasseBand(1, BigDecimal.ZERO, new BigDecimal("2")), new KlasseBand(2, new BigDecimal("3"), new BigDecimal("4")));
    assertThrows(IllegalArgumentException.class, () -> new Klassenindeling(metGat));
    List<KlasseBand> verkeerdGenummerd =
        List.of(new KlasseBand(1, BigDecimal.ZERO, new BigDecimal("2")), new KlasseBand(3, new BigDecimal("2"), new BigDecimal("4")));
    assertThrows(IllegalArgumentException.class, () -> new Klassenindeling(verkeerdGenummerd));
  }
}
