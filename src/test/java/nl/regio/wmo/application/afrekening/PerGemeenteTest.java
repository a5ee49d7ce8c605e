package nl.regio.wmo.application.afrekening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.regio.wmo.application.afrekening.AfrekeningBeheer.GemeenteTotaal;
import org.junit.jupiter.api.Test;

/** A run's totals per municipality are the sums of its municipality × category rows, to the cent, credits included. */
class PerGemeenteTest {

  @Test
  void deCategorieenVanEenGemeenteTellenOpTotHaarTotaal() {
    List<GemeenteTotaal> rijen = List.of(
        new GemeenteTotaal("0321", "02", "Begeleiding", 3, 10_300, 0, 10_300),
        new GemeenteTotaal("0321", "07", "Dagbesteding", 2, 2_550, 2_500, 50),
        new GemeenteTotaal("0356", "07", "Dagbesteding", 1, 0, 2_300, -2_300));

    assertEquals(List.of(
        new GemeenteTotaal("0321", null, null, 5, 12_850, 2_500, 10_350),
        new GemeenteTotaal("0356", null, null, 1, 0, 2_300, -2_300)), AfrekeningBeheer.perGemeente(rijen));
    assertEquals(List.of(), AfrekeningBeheer.perGemeente(List.of()));
  }
}
