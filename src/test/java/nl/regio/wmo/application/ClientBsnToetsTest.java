package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CS002 as the client page checks it while typing ({@link ClientBeheer#toetsBsn}): the same check as storing, the rule id in the message, never the number. */
class ClientBsnToetsTest {

  @ParameterizedTest(name = "CS002 {0}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      geldig                       | 123456782 | -
      laatste cijfer fout          | 123456789 | CS002
      8 cijfers                    | 12345678  | CS002
      letters                      | 12345678A | CS002
      alleen nullen                | 000000000 | CS002
      leeg                         |           | verplicht
      """)
  void toetsBsn(String geval, String bsn, String verwacht) {
    Optional<Fout> fout = new ClientBeheer().toetsBsn(bsn);
    assertEquals(verwacht.equals("-"), fout.isEmpty(), geval);
    fout.ifPresent(f -> {
      assertEquals("bsn", f.veld());
      assertEquals(verwacht.equals("CS002") ? "CS002: BSN moet 9 cijfers hebben en aan de 11-proef voldoen." : "is verplicht", f.melding());
      assertFalse(bsn != null && f.melding().contains(bsn));
    });
  }
}
