package nl.regio.wmo.interfaces.ingestion.declaratie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One provider's files strictly in order, different providers side by side, never more at once than allowed. */
class VolgordePerSleutelTest {

  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void takenVanEenSleutelLopenNaElkaarInDeVolgordeVanBinnenkomst() throws Exception {
    VolgordePerSleutel volgorde = new VolgordePerSleutel(threads, 4);
    List<Integer> gedaan = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger tegelijk = new AtomicInteger();
    AtomicInteger hoogste = new AtomicInteger();
    CountDownLatch alles = new CountDownLatch(200);
    for (int i = 0; i < 200; i++) {
      int nummer = i;
      volgorde.voerUit("12345678", () -> {
        hoogste.accumulateAndGet(tegelijk.incrementAndGet(), Math::max);
        gedaan.add(nummer);
        tegelijk.decrementAndGet();
        alles.countDown();
      });
    }
    assertTrue(alles.await(30, TimeUnit.SECONDS));
    assertEquals(1, hoogste.get(), "never two files of one provider at once");
    List<Integer> verwacht = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      verwacht.add(i);
    }
    assertEquals(verwacht, gedaan);
  }

  @Test
  void sleutelsLopenNaastElkaar() throws Exception {
    VolgordePerSleutel volgorde = new VolgordePerSleutel(threads, 2);
    CountDownLatch bBegonnen = new CountDownLatch(1);
    CountDownLatch klaar = new CountDownLatch(2);
    boolean[] aZagB = new boolean[1];
    volgorde.voerUit("A", () -> {
      try {
        aZagB[0] = bBegonnen.await(30, TimeUnit.SECONDS); // only true when B runs while A still runs
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      klaar.countDown();
    });
    volgorde.voerUit("B", () -> {
      bBegonnen.countDown();
      klaar.countDown();
    });
    assertTrue(klaar.await(60, TimeUnit.SECONDS));
    assertTrue(aZagB[0], "provider B did not have to wait for provider A");
  }

  @Test
  void nooitMeerTegelijkDanToegestaan() throws Exception {
    VolgordePerSleutel volgorde = new VolgordePerSleutel(threads, 2);
    AtomicInteger tegelijk = new AtomicInteger();
    AtomicInteger hoogste = new AtomicInteger();
    CountDownLatch alles = new CountDownLatch(300);
    List<String> volgordeVanC = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 300; i++) {
      String sleutel = "P" + (i % 7);
      int nummer = i;
      volgorde.voerUit(sleutel, () -> {
        hoogste.accumulateAndGet(tegelijk.incrementAndGet(), Math::max);
        if (sleutel.equals("P3")) {
          volgordeVanC.add(String.valueOf(nummer));
        }
        tegelijk.decrementAndGet();
        alles.countDown();
      });
    }
    assertTrue(alles.await(30, TimeUnit.SECONDS));
    assertTrue(hoogste.get() <= 2, "at most 2 at once, saw " + hoogste.get());
    List<String> verwacht = new ArrayList<>();
    for (int i = 3; i < 300; i += 7) {
      verwacht.add(String.valueOf(i));
    }
    assertEquals(verwacht, volgordeVanC);
  }

  @Test
  void eenFalendeTaakHoudtDeRijNietTegen() throws Exception {
    VolgordePerSleutel volgorde = new VolgordePerSleutel(threads, 1);
    CountDownLatch tweede = new CountDownLatch(1);
    volgorde.voerUit("A", () -> {
      throw new IllegalStateException("kapot");
    });
    volgorde.voerUit("A", tweede::countDown);
    assertTrue(tweede.await(30, TimeUnit.SECONDS));
  }

  @Test
  void minstensEenTegelijk() {
    assertThrows(IllegalArgumentException.class, () -> new VolgordePerSleutel(threads, 0));
  }

  @Test
  void eenLatereEerstefaseLooptVoorTerwijlDeEerdereWordtBeoordeeld() throws Exception {
    // one provider, two files: the second is read while the first is judged, and judged only after it
    VolgordePerSleutel volgorde = new VolgordePerSleutel(threads, 2, 4);
    CountDownLatch tweedeGelezen = new CountDownLatch(1);
    CountDownLatch klaar = new CountDownLatch(2);
    List<String> gebeurd = Collections.synchronizedList(new ArrayList<>());
    boolean[] eersteZagLezen = new boolean[1];
    volgorde.voerUitInTweeFasen("A", () -> {
      gebeurd.add("lees 1");
      return () -> {
        try {
          eersteZagLezen[0] = tweedeGelezen.await(30, TimeUnit.SECONDS); // true only if file 2 is read meanwhile
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        gebeurd.add("beoordeel 1");
        klaar.countDown();
      };
    });
    volgorde.voerUitInTweeFasen("A", () -> {
      gebeurd.add("lees 2");
      tweedeGelezen.countDown();
      return () -> {
        gebeurd.add("beoordeel 2");
        klaar.countDown();
      };
    });
    assertTrue(klaar.await(60, TimeUnit.SECONDS));
    assertTrue(eersteZagLezen[0], "file 2 was not read while file 1 was judged");
    assertEquals(List.of("lees 1", "lees 2", "beoordeel 1", "beoordeel 2"), gebeurd);
  }

  @Test
  void tweedeFasenPerSleutelInVolgordeOokAlsEersteFasenAndersEindigen() throws Exception {
    VolgordePerSleutel volgorde = new VolgordePerSleutel(threads, 4, 3);
    java.util.Map<String, List<Integer>> beoordeeld = new java.util.concurrent.ConcurrentHashMap<>();
    AtomicInteger vooruit = new AtomicInteger();
    AtomicInteger hoogsteVooruit = new AtomicInteger();
    AtomicInteger tegelijk = new AtomicInteger();
    AtomicInteger hoogste = new AtomicInteger();
    java.util.Random r = new java.util.Random(325);
    CountDownLatch alles = new CountDownLatch(240);
    for (int i = 0; i < 240; i++) {
      String sleutel = "P" + (i % 3);
      int nummer = i;
      long slaap = r.nextInt(3);
      volgorde.voerUitInTweeFasen(sleutel, () -> {
        hoogste.accumulateAndGet(tegelijk.incrementAndGet(), Math::max);
        hoogsteVooruit.accumulateAndGet(vooruit.incrementAndGet(), Math::max);
        try {
          Thread.sleep(slaap); // first phases end in another order than they began
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        tegelijk.decrementAndGet();
        return () -> {
          hoogste.accumulateAndGet(tegelijk.incrementAndGet(), Math::max);
          vooruit.decrementAndGet();
          beoordeeld.computeIfAbsent(sleutel, s -> Collections.synchronizedList(new ArrayList<>())).add(nummer);
          tegelijk.decrementAndGet();
          alles.countDown();
        };
      });
    }
    assertTrue(alles.await(60, TimeUnit.SECONDS));
    for (int k = 0; k < 3; k++) {
      List<Integer> verwacht = new ArrayList<>();
      for (int i = k; i < 240; i += 3) {
        verwacht.add(i);
      }
      assertEquals(verwacht, beoordeeld.get("P" + k), "order of P" + k);
    }
    assertTrue(hoogste.get() <= 4, "at most 4 phases at once, saw " + hoogste.get());
    assertTrue(hoogsteVooruit.get() <= 3, "at most 3 read ahead, saw " + hoogsteVooruit.get());
  }

  @Test
  void eenFalendeEersteFaseHoudtDeRijNietTegen() throws Exception {
    VolgordePerSleutel volgorde = new VolgordePerSleutel(threads, 1, 1);
    CountDownLatch tweede = new CountDownLatch(1);
    volgorde.voerUitInTweeFasen("A", () -> {
      throw new IllegalStateException("kapot");
    });
    volgorde.voerUitInTweeFasen("A", () -> tweede::countDown);
    assertTrue(tweede.await(30, TimeUnit.SECONDS));
  }

  @Test
  void eenSleutelNeemtNietAlleVooruitgelezenPlaatsen() throws Exception {
    // provider A has many files ahead of B's one; A's first file is judged only once B's file is done. If A's files
    // could take all four read-ahead places, B would never be read and A would wait for ever.
    VolgordePerSleutel volgorde = new VolgordePerSleutel(threads, 2, 4);
    CountDownLatch bKlaar = new CountDownLatch(1);
    CountDownLatch alles = new CountDownLatch(11);
    for (int i = 0; i < 10; i++) {
      boolean eerste = i == 0;
      volgorde.voerUitInTweeFasen("A", () -> () -> {
        if (eerste) {
          try {
            bKlaar.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        alles.countDown();
      });
    }
    volgorde.voerUitInTweeFasen("B", () -> () -> {
      bKlaar.countDown();
      alles.countDown();
    });
    assertTrue(bKlaar.await(20, TimeUnit.SECONDS), "B's file was read and judged while A's first was judged");
    assertTrue(alles.await(30, TimeUnit.SECONDS));
  }
}
