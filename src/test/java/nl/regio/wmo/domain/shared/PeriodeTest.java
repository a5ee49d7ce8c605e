package nl.regio.wmo.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodeTest {

  private static Periode p(String van, String tot) {
    return Periode.inclusief(LocalDate.parse(van), tot == null || tot.isBlank() ? null : LocalDate.parse(tot));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      aansluitend raakt niet          | 2026-01-01 | 2026-01-31 | 2026-02-01 | 2026-02-28 | false
      één dag gemeen                  | 2026-01-01 | 2026-01-31 | 2026-01-31 | 2026-02-28 | true
      open overlapt later             | 2026-01-01 |            | 2030-01-01 | 2030-01-01 | true
      beide open                      | 2026-01-01 |            | 2020-01-01 |            | true
      later begin na einde            | 2026-01-01 | 2026-03-31 | 2026-04-01 |            | false
      binnen                          | 2026-01-01 | 2026-12-31 | 2026-05-01 | 2026-05-31 | true
      """)
  void overlapt(String geval, String a1, String a2, String b1, String b2, boolean overlap) {
    assertEquals(overlap, p(a1, a2).overlapt(p(b1, b2)));
    assertEquals(overlap, p(b1, b2).overlapt(p(a1, a2)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      op de begindag                  | 2026-01-01 | true
      op de einddag (inclusief)       | 2026-01-31 | true
      de dag na het einde             | 2026-02-01 | false
      de dag voor het begin           | 2025-12-31 | false
      """)
  void bevat(String geval, String dag, boolean bevat) {
    assertEquals(bevat, p("2026-01-01", "2026-01-31").bevat(LocalDate.parse(dag)));
  }

  @Test
  void dagenEnDoorsnede() {
    assertEquals(31, p("2026-01-01", "2026-01-31").dagen());
    assertEquals(p("2026-01-15", "2026-01-31"), p("2026-01-01", "2026-01-31").doorsnede(p("2026-01-15", null)).orElseThrow());
    assertEquals(LocalDate.parse("2026-01-31"), p("2026-01-01", "2026-01-31").einddatumInclusief());
    assertThrows(IllegalStateException.class, () -> p("2026-01-01", null).dagen());
  }

  @Test
  void eindeVoorBeginWordtGeweigerd() {
    assertThrows(IllegalArgumentException.class, () -> p("2026-02-01", "2026-01-31"));
  }

  @Test
  void eenDagIsEenGeldigePeriode() {
    assertEquals(1, p("2026-02-01", "2026-02-01").dagen());
  }

  @ParameterizedTest(name = "{0} heeft {1} dagen")
  @CsvSource({"2026-02, 28", "2028-02, 29", "2026-01, 31", "2026-04, 30"})
  void maand(String maand, int dagen) {
    Maand m = Maand.parse(maand);
    assertEquals(dagen, m.dagen());
    assertEquals(dagen, m.alsPeriode().dagen());
    assertEquals(m.laatsteDag(), m.alsPeriode().einddatumInclusief());
    assertEquals(m, Maand.van(m.laatsteDag()));
    assertEquals(m.laatsteDag().plusDays(1), m.volgende().eersteDag());
  }
}
