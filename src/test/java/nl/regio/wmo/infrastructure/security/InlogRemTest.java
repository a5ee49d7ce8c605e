package nl.regio.wmo.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Brute-force throttling per user name and per address: limits, exponential back-off, sliding window, memory cap. */
class InlogRemTest {

  private static final InlogRem.Grenzen GRENZEN =
      new InlogRem.Grenzen(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(2), Duration.ofMinutes(15), 100);

  private final Klok klok = new Klok();
  private final InlogRem rem = new InlogRem(klok, GRENZEN);

  /**
   * A script of steps "M" (a failure of user piet from 10.0.0.1), "S" (a success of piet), "+Ns" (the clock moves N
   * seconds on); after the script: the wait piet must still wait, and whether the last failure started a block.
   */
  static Stream<Arguments> scripts() {
    return Stream.of(
        Arguments.of("4 failures: not blocked yet", "M M M M", 0, false),
        Arguments.of("the 5th failure blocks for 2 s", "M M M M M", 2, true),
        Arguments.of("blocked: 1 s later 1 s left", "M M M M M +1s", 1, true),
        Arguments.of("the block passes", "M M M M M +2s", 0, true),
        Arguments.of("6th failure after the block: 4 s", "M M M M M +2s M", 4, true),
        Arguments.of("7th: 8 s", "M M M M M +2s M +4s M", 8, true),
        Arguments.of("a failure during a block does not start another", "M M M M M M", 4, false),
        Arguments.of("a success clears the user", "M M M M S M", 0, false),
        Arguments.of("failures older than the window are forgotten", "M M M M +901s M", 0, false),
        Arguments.of("within the window they count", "M M M M +899s M", 2, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void script(String naam, String script, int wachtSeconden, boolean laatsteBegon) {
    InlogRem.Uitkomst laatste = null;
    for (String stap : script.split(" ")) {
      switch (stap) {
        case "M" -> laatste = rem.mislukt("piet", "10.0.0.1");
        case "S" -> rem.gelukt("piet");
        default -> klok.verder(Duration.ofSeconds(Long.parseLong(stap.substring(1, stap.length() - 1))));
      }
    }
    assertEquals(Duration.ofSeconds(wachtSeconden), rem.wachttijd("piet", "10.0.0.1"));
    assertEquals(laatsteBegon, laatste != null && laatste.blokkadeBegonnen());
  }

  @Test
  void deBlokkadeVerdubbeltTotHoogstensDeLangste() {
    List<Long> seconden = Stream.of(0, 1, 2, 3, 8, 9, 10, 40).map(rem::blokkade).map(Duration::toSeconds).toList();
    assertEquals(List.of(2L, 4L, 8L, 16L, 512L, 900L, 900L, 900L), seconden);
  }

  @Test
  void perAdresOverVeleNamenHeen() {
    for (int i = 0; i < 19; i++) {
      assertFalse(rem.mislukt("naam" + i, "10.0.0.2").geblokkeerd());
    }
    InlogRem.Uitkomst twintigste = rem.mislukt("naam19", "10.0.0.2");
    assertTrue(twintigste.blokkadeBegonnen());
    assertEquals(Duration.ofSeconds(2), rem.wachttijd("iemand-anders", "10.0.0.2"));
    assertEquals(Duration.ZERO, rem.wachttijd("iemand-anders", "10.0.0.3"), "another address may go on");
    rem.gelukt("naam19");
    assertEquals(Duration.ofSeconds(2), rem.wachttijd("naam19", "10.0.0.2"), "a success does not clear the address");
  }

  @Test
  void eenGeblokkeerdeGebruikerOokVanafEenAnderAdres() {
    for (int i = 0; i < 5; i++) {
      rem.mislukt("jan", "10.0.0." + i);
    }
    assertEquals(Duration.ofSeconds(2), rem.wachttijd("jan", "10.9.9.9"));
  }

  @Test
  void hetGeheugenBlijftBegrensd() {
    for (int i = 0; i < 10_000; i++) {
      rem.mislukt("naam" + i, "10.1." + (i / 256) + "." + (i % 256));
    }
    assertTrue(rem.aantalSleutels() <= 200, "at most 100 names and 100 addresses: " + rem.aantalSleutels());
  }

  @Test
  void eenLangeNaamWordtAfgekapt() {
    String lang = "x".repeat(10_000);
    for (int i = 0; i < 5; i++) {
      rem.mislukt(lang + i, "10.0.0.1");
    }
    assertEquals(Duration.ofSeconds(2), rem.wachttijd(lang, "10.0.0.9"), "names equal in their first 100 characters share a counter");
  }
}
