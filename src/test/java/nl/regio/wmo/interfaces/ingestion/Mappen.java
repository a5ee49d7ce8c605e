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
}
