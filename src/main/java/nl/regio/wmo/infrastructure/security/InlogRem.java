package nl.regio.wmo.infrastructure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down password guessing. Failed logins are counted per user name and per client address in a sliding window;
 * from the {@code max}-th failure in the window on, that name (or address) is blocked for a time that doubles with
 * every further failure: {@code eersteBlokkade × 2^(failures − max)}, at most {@code langsteBlokkade}. While blocked,
 * an attempt is refused without checking its password, and it does not count. A successful login clears its user
 * name (not its address).
 *
 * <p>Pure logic with an injected {@link Clock}, safe for concurrent use. Memory is bounded: at most {@code maxSleutels}
 * names and as many addresses; past that, entries without a failure in the window go first, then the least recently
 * used.
 */
public final class InlogRem {

  /** The limits; see {@code wmo.inlog.*} in {@code microprofile-config.properties}. */
  public record Grenzen(
      int maxPerGebruiker, int maxPerAdres, Duration venster, Duration eersteBlokkade, Duration langsteBlokkade, int maxSleutels) {

    public static final Grenzen STANDAARD = new Grenzen(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(2), Duration.ofMinutes(15), 10_000);
  }

  /** After a failure: how long the caller must wait now (zero: not blocked), and whether this failure started a block. */
  public record Uitkomst(Duration wachttijd, boolean blokkadeBegonnen) {
    public boolean geblokkeerd() {
      return !wachttijd.isZero();
    }
  }

  /** The longest user name kept as a key; a longer one is cut (no real user has such a name). */
  static final int MAX_NAAM = 100;

  private static final class Teller {
    final ArrayDeque<Instant> mislukt = new ArrayDeque<>();
    Instant geblokkeerdTot = Instant.MIN;
  }

  private final Clock clock;
  private final Grenzen grenzen;
  private final Map<String, Teller> perGebruiker = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<String, Teller> perAdres = new LinkedHashMap<>(64, 0.75f, true);

  public InlogRem(Clock clock, Grenzen grenzen) {
    this.clock = clock;
    this.grenzen = grenzen;
  }

  /** How long this user name and address must still wait before a password is checked again; zero when they may try. */
  public synchronized Duration wachttijd(String gebruiker, String adres) {
    Instant nu = clock.instant();
    return langste(resterend(perGebruiker.get(sleutel(gebruiker)), nu), resterend(perAdres.get(adres), nu));
  }

  /** Counts a failed login of this user name from this address. */
  public synchronized Uitkomst mislukt(String gebruiker, String adres) {
    Instant nu = clock.instant();
    boolean gebruikerBegonnen = telMislukt(perGebruiker, sleutel(gebruiker), grenzen.maxPerGebruiker(), nu);
    boolean adresBegonnen = telMislukt(perAdres, adres, grenzen.maxPerAdres(), nu);
    Duration wacht = langste(resterend(perGebruiker.get(sleutel(gebruiker)), nu), resterend(perAdres.get(adres), nu));
    return new Uitkomst(wacht, gebruikerBegonnen || adresBegonnen);
  }

  /** A successful login: the user name starts with a clean sheet. */
  public synchronized void gelukt(String gebruiker) {
    perGebruiker.remove(sleutel(gebruiker));
  }

  synchronized int aantalSleutels() {
    return perGebruiker.size() + perAdres.size();
  }

  /** Adds a failure; true when it starts a block (the key was not blocked a moment ago). */
  private boolean telMislukt(Map<String, Teller> tellers, String sleutel, int max, Instant nu) {
    Teller t = tellers.get(sleutel);
    if (t == null) {
      ruimOp(tellers, nu);
      t = new Teller();
      tellers.put(sleutel, t);
    }
    vergeetOud(t, nu);
    t.mislukt.addLast(nu);
    int aantal = t.mislukt.size();
    if (aantal < max) {
      return false;
    }
    boolean wasGeblokkeerd = t.geblokkeerdTot.isAfter(nu);
    t.geblokkeerdTot = nu.plus(blokkade(aantal - max));
    return !wasGeblokkeerd;
  }

  /** {@code eersteBlokkade × 2^extra}, at most {@code langsteBlokkade}. */
  Duration blokkade(int extra) {
    Duration d = grenzen.eersteBlokkade();
    for (int i = 0; i < extra && d.compareTo(grenzen.langsteBlokkade()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(grenzen.langsteBlokkade()) > 0 ? grenzen.langsteBlokkade() : d;
  }

  private void vergeetOud(Teller t, Instant nu) {
    Instant grens = nu.minus(grenzen.venster());
    while (!t.mislukt.isEmpty() && !t.mislukt.peekFirst().isAfter(grens)) {
      t.mislukt.removeFirst();
    }
  }

  /** Keeps a map under its cap: first drops entries with nothing left to remember, then the least recently used. */
  private void ruimOp(Map<String, Teller> tellers, Instant nu) {
    if (tellers.size() < grenzen.maxSleutels()) {
      return;
    }
    for (Iterator<Teller> it = tellers.values().iterator(); it.hasNext(); ) {
      Teller t = it.next();
      vergeetOud(t, nu);
      if (t.mislukt.isEmpty() && !t.geblokkeerdTot.isAfter(nu)) {
        it.remove();
      }
    }
    Iterator<String> oudste = tellers.keySet().iterator();
    while (tellers.size() >= grenzen.maxSleutels() && oudste.hasNext()) {
      oudste.next();
      oudste.remove();
    }
  }

  private static Duration resterend(Teller t, Instant nu) {
    return t == null || !t.geblokkeerdTot.isAfter(nu) ? Duration.ZERO : Duration.between(nu, t.geblokkeerdTot);
  }

  private static Duration langste(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String sleutel(String gebruiker) {
    return gebruiker.length() > MAX_NAAM ? gebruiker.substring(0, MAX_NAAM) : gebruiker;
  }
}
