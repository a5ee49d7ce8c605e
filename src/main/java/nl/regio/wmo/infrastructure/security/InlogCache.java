package nl.regio.wmo.infrastructure.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Remembers for a few minutes that a user name and password were verified, so that HTTP Basic (the password comes
 * with every request) costs one PBKDF2 check per user per few minutes instead of one per request. Never keeps the
 * password: only a SHA-256 of it with a random salt of this process and the user name. At most {@code max} users;
 * past that, expired entries go first, then the least recently used. Pure logic with an injected {@link Clock}.
 */
public final class InlogCache {

  /** A verified caller: the name and the groups (roles) the identity store gave. */
  public record Geldig(String naam, Set<String> groepen) {}

  private record Regel(byte[] vingerafdruk, Geldig geldig, Instant verloopt) {}

  private final Clock clock;
  private final Duration geldigheid;
  private final int max;
  private final byte[] zout = new byte[32];
  private final Map<String, Regel> perNaam = new LinkedHashMap<>(64, 0.75f, true);

  public InlogCache(Clock clock, Duration geldigheid, int max) {
    this.clock = clock;
    this.geldigheid = geldigheid;
    this.max = max;
    new SecureRandom().nextBytes(zout);
  }

  /** The verified caller when this exact name and password were verified less than {@code geldigheid} ago. */
  public Optional<Geldig> zoek(String naam, char[] wachtwoord) {
    if (geldigheid.isZero() || max <= 0) {
      return Optional.empty();
    }
    byte[] vingerafdruk = vingerafdruk(naam, wachtwoord);
    synchronized (this) {
      Regel r = perNaam.get(naam);
      if (r == null) {
        return Optional.empty();
      }
      if (!r.verloopt().isAfter(clock.instant())) {
        perNaam.remove(naam);
        return Optional.empty();
      }
      return MessageDigest.isEqual(r.vingerafdruk(), vingerafdruk) ? Optional.of(r.geldig()) : Optional.empty();
    }
  }

  /** Remembers a name and password the identity store has just verified. */
  public void bewaar(String naam, char[] wachtwoord, Geldig geldig) {
    if (geldigheid.isZero() || max <= 0) {
      return;
    }
    byte[] vingerafdruk = vingerafdruk(naam, wachtwoord);
    synchronized (this) {
      Instant nu = clock.instant();
      if (!perNaam.containsKey(naam) && perNaam.size() >= max) {
        perNaam.values().removeIf(r -> !r.verloopt().isAfter(nu));
        for (Iterator<String> oudste = perNaam.keySet().iterator(); perNaam.size() >= max && oudste.hasNext(); ) {
          oudste.next();
          oudste.remove();
        }
      }
      perNaam.put(naam, new Regel(vingerafdruk, geldig, nu.plus(geldigheid)));
    }
  }

  synchronized int grootte() {
    return perNaam.size();
  }

  private byte[] vingerafdruk(String naam, char[] wachtwoord) {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(wachtwoord));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(zout);
      sha.update(naam.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(bytes.duplicate());
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      if (bytes.hasArray()) {
        Arrays.fill(bytes.array(), (byte) 0);
      }
    }
  }
}
