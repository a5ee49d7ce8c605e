package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Dropping files in a channel's inbox as a sender would, and waiting (bounded) for what the route leaves behind. */
final class Inbox {

  private Inbox() {}

  /**
   * Writes the file beside the inbox and moves it in, so the route never sees it half-written, then the {@code .done}
   * marker beside it, so the route takes it at once (without waiting for the quiet time).
   */
  static void zetIn(Path inbox, String naam, String inhoud) throws IOException {
    Files.createDirectories(inbox);
    Path tijdelijk = inbox.resolveSibling(naam + ".tmp");
    Files.writeString(tijdelijk, inhoud, StandardCharsets.UTF_8);
    Files.move(tijdelijk, inbox.resolve(naam));
    Files.writeString(inbox.resolve(naam + ".done"), "");
  }

  /** The files in {@code map} named {@code <unique prefix>-<naam>}, as a channel archives them (none when no folder). */
  static List<Path> alle(Path map, String naam) throws IOException {
    if (!Files.isDirectory(map)) {
      return List.of();
    }
    try (Stream<Path> inhoud = Files.list(map)) {
      return inhoud.filter(p -> p.getFileName().toString().endsWith("-" + naam)).sorted().toList();
    }
  }

  /** Polls until {@code map} holds a file {@code <unique prefix>-<naam>}, at most 60 s; asserts there is exactly one. */
  static Path wachtOpEen(Path map, String naam) throws IOException, InterruptedException {
    Instant grens = Instant.now().plus(Duration.ofSeconds(60));
    while (alle(map, naam).isEmpty() && Instant.now().isBefore(grens)) {
      Thread.sleep(200); // polling for the route's result, bounded; not a fixed wait
    }
    List<Path> gevonden = alle(map, naam);
    assertEquals(1, gevonden.size(), "one file *-" + naam + " in " + map + ": " + gevonden);
    return gevonden.get(0);
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

  /**
   * A symbolic link to /etc/passwd named {@code naam} in the inbox: after more than the quiet time and two polls it is
   * still there, untouched, and nothing about it is in {@code fout/} (it was never read). The link is removed after.
   */
  static void linkWordtGenegeerd(Path inbox, String naam) throws IOException, InterruptedException {
    Path link = inbox.resolve(naam);
    Files.createSymbolicLink(link, Path.of("/etc/passwd"));
    try {
      Thread.sleep(3500); // nothing may happen: there is no event to wait for
      assertTrue(Files.isSymbolicLink(link), "left alone");
      assertTrue(alle(inbox.resolve("fout"), naam).isEmpty(), "not read: no parse error in fout/");
    } finally {
      Files.delete(link);
    }
  }
}
