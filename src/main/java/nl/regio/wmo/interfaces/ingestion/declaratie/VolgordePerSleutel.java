package nl.regio.wmo.interfaces.ingestion.declaratie;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks on an executor, at most {@code maxTegelijk} at a time, and the tasks of one key strictly one after the
 * other in the order they were handed in. Declarations of one provider must be judged in the order they arrived (a
 * credit in the second file needs the debit of the first), those of different providers are independent and use
 * both cores.
 */
final class VolgordePerSleutel {

  private static final Logger LOG = Logger.getLogger(VolgordePerSleutel.class.getName());

  private final Executor uitvoerder;
  private final int maxTegelijk;
  /** Per key with work: the tasks still waiting behind the one that runs or will run first. */
  private final Map<String, ArrayDeque<Runnable>> wachtrijen = new HashMap<>();
  /** Keys with work that have no thread yet, in the order their first task came in. */
  private final ArrayDeque<String> klaarOmTeBeginnen = new ArrayDeque<>();
  private int bezig;

  VolgordePerSleutel(Executor uitvoerder, int maxTegelijk) {
    if (maxTegelijk < 1) {
      throw new IllegalArgumentException("maxTegelijk must be at least 1, was " + maxTegelijk);
    }
    this.uitvoerder = uitvoerder;
    this.maxTegelijk = maxTegelijk;
  }

  /** Queues the task behind the earlier tasks of its key; it runs when they are done and a thread is free. */
  void voerUit(String sleutel, Runnable taak) {
    synchronized (this) {
      ArrayDeque<Runnable> rij = wachtrijen.get(sleutel);
      if (rij != null) {
        rij.add(taak);
        return;
      }
      rij = new ArrayDeque<>();
      rij.add(taak);
      wachtrijen.put(sleutel, rij);
      klaarOmTeBeginnen.add(sleutel);
    }
    begin();
  }

  /** Starts a thread for each key waiting, as long as fewer than maxTegelijk run. */
  private void begin() {
    while (true) {
      String sleutel;
      synchronized (this) {
        if (bezig >= maxTegelijk || klaarOmTeBeginnen.isEmpty()) {
          return;
        }
        sleutel = klaarOmTeBeginnen.poll();
        bezig++;
      }
      try {
        uitvoerder.execute(() -> werk(sleutel));
      } catch (RuntimeException e) {
        synchronized (this) {
          bezig--;
          klaarOmTeBeginnen.addFirst(sleutel);
        }
        throw e;
      }
    }
  }

  /** Runs the key's tasks until its queue is empty; then gives the thread to the next waiting key. */
  private void werk(String sleutel) {
    try {
      while (true) {
        Runnable taak;
        synchronized (this) {
          ArrayDeque<Runnable> rij = wachtrijen.get(sleutel);
          taak = rij.poll();
          if (taak == null) {
            wachtrijen.remove(sleutel);
            bezig--;
            break;
          }
        }
        try {
          taak.run();
        } catch (RuntimeException | Error e) {
          LOG.log(Level.SEVERE, "taak voor " + sleutel + " faalde buiten zijn eigen foutafhandeling", e);
        }
      }
    } finally {
      begin();
    }
  }
}
