package nl.regio.wmo.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.regio.wmo.application.OngeldigeInvoerException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An amount typed on a page becomes exact cents, never rounded; what is not an amount is refused naming the field. */
class BedragenTest {

  @ParameterizedTest(name = "''{0}'' → {1} cent")
  @CsvSource(delimiter = '|', value = {
    "612,00|61200",
    "612|61200",
    "40,25|4025",
    "40.25|4025",
    "€ 1.234,56|123456",
    "1.234.567,8|123456780",
    "0,01|1",
    "-12,50|-1250"
  })
  void naarCent(String tekst, long cent) {
    assertEquals(cent, Bedragen.naarCent("bedragCent", tekst));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,345", "twaalf", "1,2,3", "€"})
  void geenBedragOfTeVeelDecimalen(String tekst) {
    OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> Bedragen.naarCent("bedragCent", tekst));
    assertEquals("bedragCent", e.fouten().get(0).veld());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void leegIsGeenBedrag(String tekst) {
    assertNull(Bedragen.naarCent("bedragCent", tekst));
  }
}
