package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.regio.wmo.domain.declaratie.Retourcode;
import nl.regio.wmo.interfaces.iwmo.Wmo323Kop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codes of a declaration as a whole (before its number is claimed): TR135 (8848) and S300. */
class DeclaratieKopCodesTest {

  private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 6);

  @ParameterizedTest(name = "bericht {0}, declaratie {1}, gemeente bekend {2}: {3}")
  @CsvSource({
      "2026-12-06, 2026-12-06, true,  ''",
      "2026-12-01, 2026-11-30, true,  ''",
      // TR135: the message's own Dagtekening (BerichtIdentificatie) after the system date
      "9999-12-31, 2026-12-01, true,  8848",
      "2026-12-07, 2026-12-01, true,  8848",
      // TR135: the DeclaratieDagtekening after the system date
      "2026-12-01, 2026-12-07, true,  8848",
      "9999-12-31, 9999-12-31, true,  8848",
      "2026-12-01, 2026-12-01, false, S300",
      "9999-12-31, 2026-12-01, false, S300 8848",
  })
  void TR135_dagtekeningNietNaVandaag_enS300(LocalDate bericht, LocalDate declaratie, boolean gemeenteBekend, String verwacht) {
    Wmo323Kop kop = new Wmo323Kop("98000022", "0356", "B1", bericht, "1.0.0", "1.0.0", "D1", LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 10, 31), declaratie, 0, "D");
    List<String> codes = DeclaratieBeoordeling.kopCodes(kop, gemeenteBekend, VANDAAG).stream().map(Retourcode::code).toList();
    assertEquals(verwacht.isBlank() ? List.of() : List.of(verwacht.split(" ")), codes);
  }
}
