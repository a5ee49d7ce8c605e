package nl.regio.wmo.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodesTest {

  @ParameterizedTest(name = "AGB {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      98000011  | true
      01234567  | true
      1234567   | false
      123456789 | false
      9800001A  | false
      ''        | false
      """)
  void agbCodeIsAchtCijfers(String code, boolean geldig) {
    if (geldig) {
      assertEquals(code, new AgbCode(code).waarde());
    } else {
      assertThrows(IllegalArgumentException.class, () -> new AgbCode(code));
    }
  }

  @ParameterizedTest(name = "gemeente {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0321  | true
      1961  | true
      321   | false
      03210 | false
      03a1  | false
      """)
  void gemeenteCodeIsVierCijfers(String code, boolean geldig) {
    if (geldig) {
      assertEquals(code, new GemeenteCode(code).waarde());
    } else {
      assertThrows(IllegalArgumentException.class, () -> new GemeenteCode(code));
    }
  }

  @ParameterizedTest(name = "IBAN {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      NL91ABNA0417164300        | true
      nl91 abna 0417 1643 00    | true
      NL92ABNA0417164300        | false
      NL91ABNA041716430         | false
      DE89370400440532013000    | true
      GB29NWBK60161331926819    | true
      XX                        | false
      """)
  void ibanMod97(String iban, boolean geldig) {
    if (geldig) {
      assertEquals(iban.replace(" ", "").toUpperCase(), new Iban(iban).waarde());
    } else {
      assertThrows(IllegalArgumentException.class, () -> new Iban(iban));
    }
  }
}
