package nl.regio.wmo.application;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Who may read or judge a declaration now, decided in memory <em>before</em> a database connection is taken, so that
 * nobody holds a connection while waiting (a burst of one provider once starved the pool and stalled every user).
 *
 * <ul>
 *   <li><b>A provider's turn.</b> One provider's messages are judged one at a time, in the order they came (their
 *       outcomes depend on each other: credits, volumes, references). A REST upload waits for its turn at most {@code
 *       maxWacht}, and at most {@code maxWachtend} uploads of one provider wait at all; beyond that the caller gets
 *       429 with {@code Retry-After} (its own burst, not the system, is the problem) — counted at the door, before
 *       the upload is read. The file channel waits as long
 *       as it takes: its order matters and nobody waits on the other end.
 *   <li><b>Judging slots.</b> At most {@code beoordelen} messages of all providers are judged at once (each holds a
 *       database connection, most of the CPU and a lock per provider), so the pool keeps connections for everybody
 *       else. A slot is asked for only by the holder of a provider's turn, so one provider never takes two.
 *   <li><b>Reading slots.</b> At most {@code lezen} REST uploads are read and checked at once (steps 1–2, CPU
 *       only); one that cannot get a slot within {@code maxWacht} gets 503 with {@code Retry-After}.
 * </ul>
 *
 * A {@code Retry-After} is the provider's measured time per message times the queue ahead, with jitter so a burst of
 * retries does not come back all at the same second; between 1 and 60 s.
 */
public final class Beurten {

  private final int maxWachtend;
  private final Duration maxWacht;
  private final Semaphore beoordelen;
  private final Semaphore lezen;
  private final ConcurrentHashMap<String, Beurt> perAanbieder = new ConcurrentHashMap<>();

  public Beurten(int maxWachtend, Duration maxWacht, int beoordelen, int lezen) {
    this.maxWachtend = maxWachtend;
    this.maxWacht = maxWacht;
    this.beoordelen = new Semaphore(beoordelen, true);
    this.lezen = new Semaphore(lezen, true);
  }

  /** One provider's turn: the lock, how many hold or want it, and how long a turn takes (moving average). */
  private static final class Beurt {
    final ReentrantLock slot = new ReentrantLock(true);
    final AtomicInteger inRij = new AtomicInteger();
    volatile long duurNs = 200_000_000L;

    void gemeten(long ns) {
      duurNs = (duurNs * 3 + ns) / 4;
    }
  }

  /**
   * Runs {@code werk} (a whole REST upload: receiving, reading, judging) with a place in the provider's queue: at most
   * {@code maxWachtend} + 1 uploads of one provider are in the app at once, so a burst is answered 429 at the door,
   * before its bytes are read.
   *
   * @throws Storing.Onbeschikbaar (429) when the provider's queue is full (nothing was done)
   */
  public <T> T metPlaatsInRij(String agb, Supplier<T> werk) {
    Beurt beurt = beurt(agb);
    int rij = beurt.inRij.incrementAndGet(); // counting this caller
    try {
      if (rij > maxWachtend + 1) {
        throw teVeel(beurt, rij);
      }
      return werk.get();
    } finally {
      beurt.inRij.decrementAndGet();
    }
  }

  /**
   * Runs {@code werk} in the provider's turn and a judging slot. {@code begrensd}: a REST caller, who waits a bounded
   * time and gets 429/503 beyond it; otherwise (file channel) waits as long as it takes.
   *
   * @throws Storing.Onbeschikbaar when a bounded caller cannot have its turn or a slot in time (nothing was done)
   */
  public <T> T inBeurt(String agb, boolean begrensd, Supplier<T> werk) {
    Beurt beurt = beurt(agb);
    if (!neem(beurt.slot, begrensd)) {
      throw teVeel(beurt, Math.max(2, beurt.inRij.get()));
    }
    try {
      if (!neem(beoordelen, begrensd)) {
        throw bezet(beurt.duurNs);
      }
      try {
        long t0 = System.nanoTime();
        T uitkomst = werk.get();
        beurt.gemeten(System.nanoTime() - t0);
        return uitkomst;
      } finally {
        beoordelen.release();
      }
    } finally {
      beurt.slot.unlock();
    }
  }

  private Beurt beurt(String agb) {
    return perAanbieder.computeIfAbsent(agb, k -> new Beurt());
  }

  /** Runs {@code werk} (reading a REST upload) in one of the reading slots, waiting at most {@code maxWacht}. */
  public <T> T metLeesplek(Supplier<T> werk) {
    if (!neem(lezen, true)) {
      throw bezet(1_000_000_000L);
    }
    try {
      return werk.get();
    } finally {
      lezen.release();
    }
  }

  private boolean neem(ReentrantLock slot, boolean begrensd) {
    try {
      if (begrensd) {
        return slot.tryLock(maxWacht.toNanos(), TimeUnit.NANOSECONDS);
      }
      slot.lockInterruptibly();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Storing.Onbeschikbaar("De verwerking wordt gestopt; probeer het zo opnieuw.", 5, false);
    }
  }

  private boolean neem(Semaphore slots, boolean begrensd) {
    try {
      if (begrensd) {
        return slots.tryAcquire(maxWacht.toNanos(), TimeUnit.NANOSECONDS);
      }
      slots.acquire();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Storing.Onbeschikbaar("De verwerking wordt gestopt; probeer het zo opnieuw.", 5, false);
    }
  }

  private static Storing.Onbeschikbaar teVeel(Beurt beurt, int rij) {
    int seconden = wachttijd(beurt.duurNs, rij);
    return new Storing.Onbeschikbaar("Er wachten al " + (rij - 1) + " declaraties van deze aanbieder; ze worden één voor één"
        + " beoordeeld. Stuur deze over " + seconden + " seconden opnieuw (er is niets opgeslagen).", seconden, true);
  }

  private static Storing.Onbeschikbaar bezet(long duurNs) {
    int seconden = wachttijd(duurNs, 2);
    return new Storing.Onbeschikbaar("Het is nu erg druk; er is niets opgeslagen. Probeer het over " + seconden
        + " seconden opnieuw.", seconden, false);
  }

  /** The time {@code rij} turns of {@code duurNs} take, plus up to half again as jitter; 1–60 s. */
  static int wachttijd(long duurNs, int rij) {
    double seconden = duurNs / 1e9 * Math.max(1, rij);
    seconden *= 1 + ThreadLocalRandom.current().nextDouble(0.5);
    return (int) Math.max(1, Math.min(60, Math.ceil(seconden)));
  }
}
