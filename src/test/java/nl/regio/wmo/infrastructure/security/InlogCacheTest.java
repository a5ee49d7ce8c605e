package nl.regio.wmo.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cache of verified credentials: only the same name and password, only for a while, bounded. */
class InlogCacheTest {

  private static final InlogCache.Geldig PIET = new InlogCache.Geldig("piet", Set.of("consulent"));

  private final Klok klok = new Klok();
  private final InlogCache cache = new InlogCache(klok, Duration.ofMinutes(5), 3);

  static Stream<Arguments> gevallen() {
    return Stream.of(
        Arguments.of("same name and password", "piet", "geheim", 0, true),
        Arguments.of("just before it expires", "piet", "geheim", 299, true),
        Arguments.of("expired", "piet", "geheim", 300, false),
        Arguments.of("another password", "piet", "Geheim", 0, false),
        Arguments.of("a prefix of the password", "piet", "gehei", 0, false),
        Arguments.of("another name, same password", "jan", "geheim", 0, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gevallen")
  void zoek(String naam, String gebruiker, String wachtwoord, int secondenLater, boolean gevonden) {
    cache.bewaar("piet", "geheim".toCharArray(), PIET);
    klok.verder(Duration.ofSeconds(secondenLater));
    assertEquals(gevonden ? Optional.of(PIET) : Optional.empty(), cache.zoek(gebruiker, wachtwoord.toCharArray()));
  }

  @Test
  void begrensdOudsteEerst() {
    for (String naam : new String[] {"a", "b", "c"}) {
      cache.bewaar(naam, "pw".toCharArray(), new InlogCache.Geldig(naam, Set.of()));
    }
    cache.zoek("a", "pw".toCharArray()); // a used lately: b is now the least recently used
    cache.bewaar("d", "pw".toCharArray(), new InlogCache.Geldig("d", Set.of()));
    assertEquals(3, cache.grootte());
    assertTrue(cache.zoek("b", "pw".toCharArray()).isEmpty());
    assertTrue(cache.zoek("a", "pw".toCharArray()).isPresent());
    assertTrue(cache.zoek("d", "pw".toCharArray()).isPresent());
  }

  @Test
  void uitgezetMetGeldigheidNul() {
    InlogCache uit = new InlogCache(klok, Duration.ZERO, 100);
    uit.bewaar("piet", "geheim".toCharArray(), PIET);
    assertTrue(uit.zoek("piet", "geheim".toCharArray()).isEmpty());
  }
}
