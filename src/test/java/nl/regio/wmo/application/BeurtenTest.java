package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A provider's burst waits in memory, bounded, and is answered 429/503 with a wait time beyond that; other providers
 * go on side by side. Waiting is proven with latches (no sleeping): a zero wait time makes a refusal immediate.
 */
class BeurtenTest {

  private final ExecutorService draden = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    draden.shutdownNow();
  }

  /** Starts {@code werk} in the provider's turn on another thread and returns once it holds the turn. */
  private Future<String> houdBeurt(Beurten beurten, String agb, CountDownLatch los) throws InterruptedException {
    CountDownLatch binnen = new CountDownLatch(1);
    Future<String> f = draden.submit(() -> beurten.metPlaatsInRij(agb, () -> beurten.inBeurt(agb, true, () -> {
      binnen.countDown();
      wacht(los);
      return agb;
    })));
    assertTrue(binnen.await(10, TimeUnit.SECONDS), "de beurt is genomen");
    return f;
  }

  @Test
  void eenDrukkeAanbiederKrijgt429MetWachttijdZodraDeRijVolIs() throws Exception {
    Beurten beurten = new Beurten(0, Duration.ZERO, 4, 4); // nobody may wait besides the one judged
    CountDownLatch los = new CountDownLatch(1);
    Future<String> eerste = houdBeurt(beurten, "98000011", los);

    Storing.Onbeschikbaar fout = assertThrows(Storing.Onbeschikbaar.class, () -> beurten.metPlaatsInRij("98000011", () -> "tweede"));
    assertTrue(fout.teVeel(), "429: de aanbieder zelf stuurt te veel tegelijk");
    assertTrue(fout.wachtSeconden() >= 1 && fout.wachtSeconden() <= 60, "Retry-After " + fout.wachtSeconden());
    assertTrue(fout.getMessage().contains("niets opgeslagen"), fout.getMessage());

    // another provider is not held up by it
    assertEquals("98000022", beurten.metPlaatsInRij("98000022", () -> beurten.inBeurt("98000022", true, () -> "98000022")));
    los.countDown();
    assertEquals("98000011", eerste.get(10, TimeUnit.SECONDS));
    assertEquals("daarna", beurten.metPlaatsInRij("98000011", () -> "daarna"), "na de beurt is de rij weer vrij");
  }

  @Test
  void eenWachtendeDieZijnBeurtNietOpTijdKrijgtKrijgt429() throws Exception {
    Beurten beurten = new Beurten(10, Duration.ZERO, 4, 4); // may queue, but waits no time at all
    CountDownLatch los = new CountDownLatch(1);
    houdBeurt(beurten, "98000011", los);
    Storing.Onbeschikbaar fout = assertThrows(Storing.Onbeschikbaar.class, () -> beurten.inBeurt("98000011", true, () -> "x"));
    assertTrue(fout.teVeel());
    los.countDown();
  }

  @Test
  void hetBestandskanaalWachtOpZijnBeurtEnGaatDaarnaDoor() throws Exception {
    Beurten beurten = new Beurten(0, Duration.ZERO, 4, 4);
    CountDownLatch los = new CountDownLatch(1);
    Future<String> eerste = houdBeurt(beurten, "98000011", los);
    Future<String> bestand = draden.submit(() -> beurten.inBeurt("98000011", false, () -> "bestand"));
    assertFalse(bestand.isDone(), "het bestand wacht (niet begrensd) in plaats van een 429");
    los.countDown();
    assertEquals("98000011", eerste.get(10, TimeUnit.SECONDS));
    assertEquals("bestand", bestand.get(10, TimeUnit.SECONDS));
  }

  @Test
  void eenAanbiederHeeftNooitTweeBeurtenTegelijk() throws Exception {
    Beurten beurten = new Beurten(1000, Duration.ofMinutes(1), 8, 8);
    int[] bezig = {0};
    int[] hoogste = {0};
    List<Future<String>> klaar = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      klaar.add(draden.submit(() -> beurten.inBeurt("98000011", true, () -> {
        synchronized (bezig) {
          hoogste[0] = Math.max(hoogste[0], ++bezig[0]);
        }
        synchronized (bezig) {
          bezig[0]--;
        }
        return "ok";
      })));
    }
    for (Future<String> f : klaar) {
      assertEquals("ok", f.get(30, TimeUnit.SECONDS));
    }
    assertEquals(1, hoogste[0], "één beurt per aanbieder tegelijk");
  }

  @Test
  void zijnDeBeoordeelplekkenVolDanKrijgtEenAndereAanbieder503() throws Exception {
    Beurten beurten = new Beurten(4, Duration.ZERO, 1, 4); // one message judged at a time in all
    CountDownLatch los = new CountDownLatch(1);
    Future<String> eerste = houdBeurt(beurten, "98000011", los);
    Storing.Onbeschikbaar fout = assertThrows(Storing.Onbeschikbaar.class, () -> beurten.inBeurt("98000022", true, () -> "x"));
    assertFalse(fout.teVeel(), "503: het systeem is druk, niet de aanbieder");
    los.countDown();
    eerste.get(10, TimeUnit.SECONDS);
    assertEquals("y", beurten.inBeurt("98000022", true, () -> "y"), "de beurt van 98000022 is vrijgegeven na de weigering");
  }

  @Test
  void zijnDeLeesplekkenVolDanVolgt503() throws Exception {
    Beurten beurten = new Beurten(4, Duration.ZERO, 4, 1);
    CountDownLatch binnen = new CountDownLatch(1);
    CountDownLatch los = new CountDownLatch(1);
    Future<String> eerste = draden.submit(() -> beurten.metLeesplek(() -> {
      binnen.countDown();
      wacht(los);
      return "eerste";
    }));
    assertTrue(binnen.await(10, TimeUnit.SECONDS));
    Storing.Onbeschikbaar fout = assertThrows(Storing.Onbeschikbaar.class, () -> beurten.metLeesplek(() -> "tweede"));
    assertFalse(fout.teVeel());
    los.countDown();
    assertEquals("eerste", eerste.get(10, TimeUnit.SECONDS));
    assertEquals("derde", beurten.metLeesplek(() -> "derde"));
  }

  @Test
  void eenFoutInHetWerkGeeftDeBeurtEnDePlekWeerVrij() {
    Beurten beurten = new Beurten(0, Duration.ZERO, 1, 1);
    assertThrows(IllegalStateException.class, () -> beurten.inBeurt("98000011", true, () -> {
      throw new IllegalStateException("kapot");
    }));
    assertEquals("weer", beurten.inBeurt("98000011", true, () -> "weer"));
  }

  @ParameterizedTest(name = "{0} ns x {1} in de rij -> {2}..{3} s")
  @CsvSource({
    "0, 1, 1, 1",
    "200000000, 1, 1, 1",
    "1000000000, 3, 3, 5",
    "2000000000, 10, 20, 30",
    "30000000000, 10, 60, 60"
  })
  void deWachttijdIsDeRijMaalDeDuurMetSpreidingTussenEenEnZestigSeconden(long duurNs, int rij, int min, int max) {
    for (int i = 0; i < 50; i++) {
      int s = Beurten.wachttijd(duurNs, rij);
      assertTrue(s >= min && s <= max, s + " niet in " + min + ".." + max);
    }
  }

  private static void wacht(CountDownLatch los) {
    try {
      if (!los.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("niet losgelaten");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
