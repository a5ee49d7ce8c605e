package nl.regio.wmo.interfaces.ingestion.declaratie;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs jobs of two phases on an executor, at most {@code maxTegelijk} phases at a time. The second phases of one key
 * run strictly one after the other, in the order the jobs were handed in: declarations of one provider must be judged
 * in the order they arrived (a credit in the second file needs the debit of the first). The first phase of a job
 * (reading and checking a file, which depends on no earlier outcome) may run ahead of its turn, as soon as a thread is
 * free, for at most {@code maxVooruit} jobs read and not yet judged, and at most {@code maxTegelijk} of one key (so
 * one provider's files cannot take all the read-ahead while other providers' files wait to be read). So one provider
 * with half of a month's files is not held to one thread for all of it: the others read its next files while one
 * judges.
 *
 * <p>A thread that finishes a phase takes, in this order: the second phase of a key whose next job is read; else
 * the first phase of the oldest job not yet read whose key may read ahead (if the read-ahead allows). A key's jobs are
 * read in their order, so the oldest job read and waiting is always the next of its key, and the read-ahead can never
 * fill up with jobs that all wait for each other.
 */
final class VolgordePerSleutel {

  private static final Logger LOG = Logger.getLogger(VolgordePerSleutel.class.getName());

  /** A job: {@code get()} is the first phase, the {@code Runnable} it answers the second. */
  interface Taak extends Supplier<Runnable> {}

  private static final class Baan {
    final String sleutel;
    final Taak taak;
    Runnable tweede; // set when the first phase is done

    Baan(String sleutel, Taak taak) {
      this.sleutel = sleutel;
      this.taak = taak;
    }
  }

  private final Executor uitvoerder;
  private final int maxTegelijk;
  private final int maxVooruit;
  /** Jobs whose first phase has not begun, in the order handed in. */
  private final ArrayDeque<Baan> teLezen = new ArrayDeque<>();
  /** Per key with work: its jobs in order, the first being the next to get its second phase (or in it). */
  private final Map<String, ArrayDeque<Baan>> rijen = new HashMap<>();
  /** Per key: its jobs whose first phase has begun and whose second has not ended. */
  private final Map<String, Integer> vooruitPerSleutel = new HashMap<>();
  /** Keys whose first job is read and whose second phase may begin now, in the order they became so. */
  private final ArrayDeque<String> klaarVoorTweede = new ArrayDeque<>();
  /** Jobs whose first phase has begun and whose second has not ended: what they read is held until then. */
  private int vooruit;
  /** Threads taken from the executor. */
  private int bezig;

  /** For single-phase jobs ({@link #voerUit}), which need no read-ahead. */
  VolgordePerSleutel(Executor uitvoerder, int maxTegelijk) {
    this(uitvoerder, maxTegelijk, maxTegelijk);
  }

  VolgordePerSleutel(Executor uitvoerder, int maxTegelijk, int maxVooruit) {
    if (maxTegelijk < 1 || maxVooruit < 1) {
      throw new IllegalArgumentException("maxTegelijk and maxVooruit must be at least 1, were " + maxTegelijk + ", " + maxVooruit);
    }
    this.uitvoerder = uitvoerder;
    this.maxTegelijk = maxTegelijk;
    this.maxVooruit = maxVooruit;
  }

  /** A job of one phase: runs behind the earlier jobs of its key, when they are done and a thread is free. */
  void voerUit(String sleutel, Runnable taak) {
    voerUitInTweeFasen(sleutel, () -> taak);
  }

  /**
   * Queues a two-phase job. Its first phase may run before the earlier jobs of its key are done; the second runs
   * after them and after its own first phase. A phase that throws is logged; a first phase that throws leaves nothing
   * to do in the second, which then only keeps its place in the order.
   */
  void voerUitInTweeFasen(String sleutel, Taak taak) {
    synchronized (this) {
      Baan baan = new Baan(sleutel, taak);
      teLezen.add(baan);
      rijen.computeIfAbsent(sleutel, s -> new ArrayDeque<>()).add(baan);
    }
    begin();
  }

  /** Takes threads while there is work that may begin now and fewer than maxTegelijk threads are taken. */
  private void begin() {
    while (true) {
      synchronized (this) {
        if (bezig >= maxTegelijk || !heeftWerk()) {
          return;
        }
        bezig++;
      }
      try {
        uitvoerder.execute(this::werk);
      } catch (RuntimeException e) {
        synchronized (this) {
          bezig--;
        }
        throw e;
      }
    }
  }

  private boolean heeftWerk() {
    return !klaarVoorTweede.isEmpty() || teLezenNu() != null;
  }

  /** The oldest job not yet read whose key may read ahead, if the read-ahead allows one more; else null. */
  private Baan teLezenNu() {
    if (vooruit >= maxVooruit) {
      return null;
    }
    for (Baan baan : teLezen) {
      if (vooruitPerSleutel.getOrDefault(baan.sleutel, 0) < maxTegelijk) {
        return baan;
      }
    }
    return null;
  }

  /** Runs phases while there are any that may begin; then gives the thread back. */
  private void werk() {
    try {
      while (true) {
        Baan baan;
        boolean tweede;
        synchronized (this) {
          if (!klaarVoorTweede.isEmpty()) {
            baan = rijen.get(klaarVoorTweede.poll()).peek();
            tweede = true;
          } else if ((baan = teLezenNu()) != null) {
            teLezen.remove(baan);
            tweede = false;
            vooruit++;
            vooruitPerSleutel.merge(baan.sleutel, 1, Integer::sum);
          } else {
            bezig--;
            return;
          }
        }
        if (tweede) {
          voer(baan.sleutel, baan.tweede);
          volgendeVan(baan);
        } else {
          eerste(baan);
        }
      }
    } finally {
      begin(); // a phase that ended may have made work for more threads
    }
  }

  private void eerste(Baan baan) {
    Runnable tweede;
    try {
      tweede = baan.taak.get();
    } catch (RuntimeException | Error e) {
      LOG.log(Level.SEVERE, "eerste fase voor " + baan.sleutel + " faalde buiten zijn eigen foutafhandeling", e);
      tweede = null;
    }
    synchronized (this) {
      baan.tweede = tweede == null ? () -> { } : tweede;
      if (rijen.get(baan.sleutel).peek() == baan) {
        klaarVoorTweede.add(baan.sleutel);
      }
    }
  }

  /** The key's job is done: its next job, if read, may have its second phase. */
  private void volgendeVan(Baan baan) {
    synchronized (this) {
      vooruit--;
      vooruitPerSleutel.merge(baan.sleutel, -1, (a, b) -> a + b == 0 ? null : a + b);
      ArrayDeque<Baan> rij = rijen.get(baan.sleutel);
      rij.poll();
      Baan volgende = rij.peek();
      if (volgende == null) {
        rijen.remove(baan.sleutel);
      } else if (volgende.tweede != null) {
        klaarVoorTweede.add(baan.sleutel);
      }
    }
  }

  private static void voer(String sleutel, Runnable fase) {
    try {
      fase.run();
    } catch (RuntimeException | Error e) {
      LOG.log(Level.SEVERE, "taak voor " + sleutel + " faalde buiten zijn eigen foutafhandeling", e);
    }
  }
}
