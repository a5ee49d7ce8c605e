package nl.regio.wmo.interfaces.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What a file route left in a folder, found by the original name at the end of the unique name it got. */
public final class Mappen {

  private Mappen() {}

  /** The files in {@code map} named {@code <prefix>-<naam>} (none when the folder is missing). */
  public static List<Path> alle(Path map, String naam) throws IOException {
    if (!Files.isDirectory(map)) {
      return List.of();
    }
    try (Stream<Path> inhoud = Files.list(map)) {
      return inhoud.filter(p -> p.getFileName().toString().endsWith("-" + naam)).sorted().toList();
    }
  }

  /** Polls (bounded, 30 s) until {@code map} holds a file {@code <prefix>-<naam>}; asserts there is exactly one. */
  public static Path enige(Path map, String naam) throws IOException, InterruptedException {
    long grens = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (alle(map, naam).isEmpty() && System.nanoTime() < grens) {
      Thread.sleep(50);
    }
    List<Path> gevonden = alle(map, naam);
    assertEquals(1, gevonden.size(), "one file *-" + naam + " in " + map + ": " + gevonden);
    return gevonden.get(0);
  }

  /**
   * Waits (at most 20 s) until the route moved {@code bestand} out of its inbox, which it does only when the file's
   * exchange is done. A notifier's "done" alone is not enough: it may count the previous file's late completion.
   */
  public static void weg(Path bestand) throws InterruptedException {
    long grens = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    while (java.nio.file.Files.exists(bestand) && System.nanoTime() < grens) {
      Thread.sleep(50);
    }
    org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.exists(bestand), "the route handled " + bestand.getFileName());
  }

  /**
   * Collects what {@code loggers} log into {@code log}, so a test can count the lines a route wrote. Keep the loggers in
   * a static field of the test: a logger only weakly held by the JDK could be collected with its handler.
   */
  public static void vangLog(List<java.util.logging.Logger> loggers, List<java.util.logging.LogRecord> log) {
    java.util.logging.Handler opvanger = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord r) {
        log.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    loggers.forEach(l -> l.addHandler(opvanger));
  }
}
