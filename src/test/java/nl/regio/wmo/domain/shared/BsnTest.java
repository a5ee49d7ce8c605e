package nl.regio.wmo.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule CS002: a BSN is 9 digits and passes the 11-proef. */
class BsnTest {

  @ParameterizedTest(name = "CS002 {0}: {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      geldig, som 9+8+7+12+10+8+9+6−3 = 66              | 111222333 | true
      geldig met voorloopnul                                      | 012345672 | true
      geldig, bekend testnummer                                   | 999990019 | true
      laatste cijfer één te hoog                                  | 111222334 | false
      twee cijfers verwisseld                                     | 121122333 | false
      8 cijfers                                                   | 11122233  | false
      10 cijfers                                                  | 1112223330| false
      letters                                                     | 11122233A | false
      alleen nullen (som 0, toch ongeldig)                        | 000000000 | false
      spaties                                                     | 111 222 333| false
      """)
  void elfproef(String geval, String kandidaat, boolean geldig) {
    assertEquals(geldig, Bsn.isGeldig(kandidaat), geval);
    if (!geldig) {
      assertThrows(IllegalArgumentException.class, () -> new Bsn(kandidaat));
    }
  }

  @Test
  void toStringMaskeertHetNummer_CS002() {
    Bsn bsn = new Bsn("111222333");
    assertEquals("******333", bsn.toString());
    assertFalse(String.valueOf(bsn).contains("111222"));
  }

  @Test
  void foutmeldingNoemtHetNummerNiet() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Bsn("123456789"));
    assertFalse(e.getMessage().contains("123456789"));
  }
}
