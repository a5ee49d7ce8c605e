package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.regio.wmo.domain.declaratie.Prestatie;
import nl.regio.wmo.interfaces.iwmo.Wmo323Kop;
import nl.regio.wmo.interfaces.iwmo.Wmo323Prestatie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one read before judging: the spool gives back every prestatie exactly, the credits and sets are right. */
class GelezenBerichtTest {

  @TempDir Path map;

  private static final LocalDate OKT = LocalDate.of(2026, 10, 1);

  private static Wmo323Kop kop(long totaal) {
    return new Wmo323Kop("12345678", "0321", "B1", OKT, "1.0.0", "1.0.0", "D1", OKT, OKT.plusMonths(1).minusDays(1), OKT.plusMonths(1),
        totaal, "D");
  }

  private static Wmo323Prestatie prestatie(int nr, String ref, String vorige, long toewijzing, Long tarief, long bedrag, String dc) {
    return new Wmo323Prestatie(nr, "123456782", ref, vorige, toewijzing, "02", "02A01", OKT, OKT.plusDays(30), tarief == null ? bedrag : 10, tarief == null ? "83" : "04",
        tarief, bedrag, dc);
  }

  @Test
  void deSpoelGeeftElkePrestatieTerugZoalsZeGelezenWerd() throws Exception {
    List<Wmo323Prestatie> berichten = List.of(
        prestatie(1, "R1", null, 1001, 1250L, 12500, "D"),
        prestatie(2, "R2", "R0", 1002, null, 800, "C"),
        prestatie(3, "ÄÖ-é", null, 1001, 0L, 0, "D"));
    try (GelezenBericht g = new GelezenBericht(map.resolve("s"))) {
      g.kop(kop(12500 - 800));
      berichten.forEach(g::prestatie);
      g.gelezen();
      List<Prestatie> terug = new ArrayList<>();
      g.lees(terug::add);
      assertEquals(berichten.stream().map(GelezenBericht::naarDomein).toList(), terug);
      List<Prestatie> nogmaals = new ArrayList<>();
      g.lees(nogmaals::add);
      assertEquals(terug, nogmaals, "as often as asked");
      assertEquals(3, g.aantal());
      assertEquals(Set.of("R1", "R2", "ÄÖ-é"), g.referenties());
      assertEquals(Set.of(1001L, 1002L), g.toewijzingen());
      assertEquals(List.of(GelezenBericht.naarDomein(berichten.get(1))), g.credits());
      assertTrue(g.binnenBericht().isEmpty(), g.binnenBericht()::toString);
    }
    assertFalse(Files.exists(map.resolve("s")), "the spool is deleted on close");
  }

  @Test
  void deBinnenBerichtControleZietDeTotalen() throws Exception {
    try (GelezenBericht g = new GelezenBericht(map.resolve("s"))) {
      g.kop(kop(999));
      g.prestatie(prestatie(1, "R1", null, 1001, 1250L, 12500, "D"));
      g.gelezen();
      assertFalse(g.binnenBericht().isEmpty(), "TotaalIngediendBedrag 999 is not the sum 12500");
    }
  }

  @Test
  void teVeelCreditsWordenUitDeSpoelGelezen() throws Exception {
    try (GelezenBericht g = new GelezenBericht(map.resolve("s"))) {
      int n = GelezenBericht.MAX_CREDITS_IN_GEHEUGEN + 1;
      g.kop(new Wmo323Kop("12345678", "0321", "B1", OKT, "1.0.0", "1.0.0", "D1", OKT, OKT.plusMonths(1).minusDays(1),
          OKT.plusMonths(1), n * 1000L, "C"));
      for (int i = 0; i < n; i++) {
        g.prestatie(prestatie(i + 1, "C" + i, "D" + i, 1001, 100L, 1000, "C"));
      }
      g.gelezen();
      assertNull(g.credits(), "more credits than kept: the caller reads them from the spool");
      long[] aantal = {0};
      g.lees(p -> aantal[0] += p.credit() ? 1 : 0);
      assertEquals(n, aantal[0]);
      assertTrue(g.binnenBericht().isEmpty(), g.binnenBericht()::toString);
    }
  }

  @Test
  void lezenVoordatHetBerichtUitIsKanNiet() throws Exception {
    try (GelezenBericht g = new GelezenBericht(map.resolve("s"))) {
      assertThrows(IllegalStateException.class, () -> g.lees(p -> {}));
    }
  }
}
