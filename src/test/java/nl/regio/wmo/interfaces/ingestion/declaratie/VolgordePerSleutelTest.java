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
}
