package nl.regio.wmo.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      hele euro's                         | 12       | 1200
      twee decimalen                      | 12.34    | 1234
      één decimaal                        | 0.5      | 50
      negatief (credit)                   | -3.07    | -307
      nullen achter de komma tellen niet  | 1.2300   | 123
      """)
  void vanEuros(String geval, String euros, long cent) {
    assertEquals(cent, Money.ofEuros(new BigDecimal(euros)).cent());
  }

  @Test
  void meerDanTweeDecimalenWordtGeweigerd() {
    assertThrows(IllegalArgumentException.class, () -> Money.ofEuros(new BigDecimal("1.005")));
  }

  @ParameterizedTest(name = "afronden {0}")
  @CsvSource(delimiter = '|', textBlock = """
      half naar boven               | 1.005    | 101
      net onder half                | 1.00499  | 100
      negatief half van nul af      | -1.005   | -101
      derde van 100 euro            | 33.333333| 3333
      """)
  void afrondenHalfUp(String geval, String exact, long cent) {
    assertEquals(cent, Money.rounded(new BigDecimal(exact)).cent());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      9 dagdelen à 38,50            | 3850  | 9        | 34650
      2,5 uur à 11,50               | 1150  | 2.5      | 2875
      pro rata 10/31 van 390,00     | 39000 | 0.322580645 | 12581
      """)
  void maalEenFactorRondtEenmaalAf(String geval, long tariefCent, String factor, long verwacht) {
    assertEquals(verwacht, Money.ofCents(tariefCent).times(new BigDecimal(factor)).cent());
  }

  @Test
  void somIsExact() {
    List<Money> regels = List.of(Money.ofCents(1), Money.ofCents(2), Money.ofCents(-3), Money.ofCents(1_000_000_07));
    assertEquals(Money.ofCents(1_000_000_07), Money.sum(regels));
    assertEquals(Money.ofCents(10), Money.ofCents(25).minus(Money.ofCents(15)));
    assertEquals(Money.ofCents(-25), Money.ofCents(25).negate());
  }

  @Test
  void overloopWordtNietStilGemaskeerd() {
    assertThrows(ArithmeticException.class, () -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      123456    | € 1.234,56
      5         | € 0,05
      -5        | € -0,05
      100000000 | € 1.000.000,00
      """)
  void nederlandseNotatie(long cent, String tekst) {
    assertEquals(tekst, Money.ofCents(cent).toString());
  }

  /** The text without String.format is the same as the String.format one it replaced, for every size and sign. */
  @Test
  void notatieGelijkAanFormat() {
    java.util.Random r = new java.util.Random(42);
    List<Long> waarden = new java.util.ArrayList<>(List.of(0L, 1L, -1L, 9L, 10L, 99L, 100L, -100L, 101L, 99_999L, 100_000L,
        123_456_789L, -123_456_789L, 100_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE));
    for (int i = 0; i < 10_000; i++) {
      waarden.add(r.nextLong() >> r.nextInt(63));
    }
    for (long cent : waarden) {
      long abs = Math.abs(cent);
      String euros = String.format(java.util.Locale.ROOT, "%,d", abs / 100).replace(',', '.');
      String verwacht = String.format(java.util.Locale.ROOT, "€ %s%s,%02d", cent < 0 ? "-" : "", euros, abs % 100);
      assertEquals(verwacht, Money.ofCents(cent).toString(), "cent " + cent);
    }
  }
}
