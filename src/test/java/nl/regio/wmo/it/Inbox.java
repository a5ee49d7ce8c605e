package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Dropping files in a channel's inbox as a sender would, and waiting (bounded) for what the route leaves behind. */
final class Inbox {

  private Inbox() {}

  /** Writes the file beside the inbox and moves it in, so the route never sees it half-written. */
  static void zetIn(Path inbox, String naam, String inhoud) throws IOException {
    Files.createDirectories(inbox);
    Path tijdelijk = inbox.resolveSibling(naam + ".tmp");
    Files.writeString(tijdelijk, inhoud, StandardCharsets.UTF_8);
    Files.move(tijdelijk, inbox.resolve(naam));
  }

  /** Polls until the file exists, at most 60 s; fails naming it otherwise. */
  static Path wachtOp(Path bestand) throws InterruptedException {
    Instant grens = Instant.now().plus(Duration.ofSeconds(60));
    while (!Files.exists(bestand) && Instant.now().isBefore(grens)) {
      Thread.sleep(200); // polling for the route's result, bounded; not a fixed wait
    }
    assertTrue(Files.exists(bestand), "verwacht: " + bestand);
    return bestand;
  }
}
