package nl.regio.wmo.domain.afrekening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.regio.wmo.domain.afrekening.AfrekeningStatus.Actie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AfrekeningStatusTest {

  @DisplayName("AF-BEVROREN, AF-VIEROGEN: every step from every status")
  @ParameterizedTest(name = "{0} + {1} by {2} (proposed by {3}) -> {4}")
  @CsvSource(nullValues = "-", textBlock = """
      CONCEPT,     HERBEREKENEN,   financien1, -,          CONCEPT
      CONCEPT,     VERWIJDEREN,    financien1, -,          CONCEPT
      CONCEPT,     VOORSTELLEN,    financien1, -,          VOORGESTELD
      CONCEPT,     GOEDKEUREN,     financien2, -,          AF-BEVROREN
      CONCEPT,     AFKEUREN,       financien2, -,          AF-BEVROREN
      CONCEPT,     BETAALD_MELDEN, financien2, -,          AF-BEVROREN
      VOORGESTELD, HERBEREKENEN,   financien1, financien1, AF-BEVROREN
      VOORGESTELD, VERWIJDEREN,    financien1, financien1, AF-BEVROREN
      VOORGESTELD, VOORSTELLEN,    financien1, financien1, AF-BEVROREN
      VOORGESTELD, GOEDKEUREN,     financien2, financien1, GOEDGEKEURD
      VOORGESTELD, GOEDKEUREN,     financien1, financien1, AF-VIEROGEN
      VOORGESTELD, GOEDKEUREN,     FINANCIEN1, financien1, AF-VIEROGEN
      VOORGESTELD, AFKEUREN,       financien2, financien1, CONCEPT
      VOORGESTELD, BETAALD_MELDEN, financien2, financien1, AF-BEVROREN
      GOEDGEKEURD, HERBEREKENEN,   financien1, financien1, AF-BEVROREN
      GOEDGEKEURD, AFKEUREN,       financien2, financien1, AF-BEVROREN
      GOEDGEKEURD, GOEDKEUREN,     financien2, financien1, AF-BEVROREN
      GOEDGEKEURD, BETAALD_MELDEN, financien1, financien1, BETAALD
      BETAALD,     HERBEREKENEN,   financien1, financien1, AF-BEVROREN
      BETAALD,     VERWIJDEREN,    financien1, financien1, AF-BEVROREN
      BETAALD,     AFKEUREN,       financien2, financien1, AF-BEVROREN
      BETAALD,     BETAALD_MELDEN, financien2, financien1, AF-BEVROREN
      """)
  void stap(AfrekeningStatus van, Actie actie, String gebruiker, String voorgesteldDoor, String verwacht) {
    if (verwacht.startsWith("AF-")) {
      AfrekeningStatus.Geweigerd g = assertThrows(AfrekeningStatus.Geweigerd.class, () -> van.na(actie, gebruiker, voorgesteldDoor));
      assertEquals(verwacht, g.regel());
    } else {
      assertEquals(AfrekeningStatus.valueOf(verwacht), van.na(actie, gebruiker, voorgesteldDoor));
    }
  }

  @Test
  @DisplayName("AF-BEVROREN: only a CONCEPT run is not frozen")
  void bevroren() {
    assertEquals(false, AfrekeningStatus.CONCEPT.bevroren());
    assertEquals(true, AfrekeningStatus.VOORGESTELD.bevroren());
    assertEquals(true, AfrekeningStatus.BETAALD.bevroren());
  }
}
