package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.regio.wmo.bench.BenchApp;

/**
 * What the ITs that start the app as a process of their own (HerstartIT, StoringIT, BrowserIT) share: a clean work
 * folder, the environment (the CI's PostgreSQL when it gives one, else an H2 file in the work folder; demo data; inbox
 * and outbox in the work folder), waiting on a condition, and the app's log.
 */
final class EigenApp {

  private EigenApp() {}

  /** The work folder, emptied. */
  static void leeg(Path werk) throws IOException {
    if (Files.exists(werk)) {
      try (Stream<Path> s = Files.walk(werk)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(werk);
  }

  /** DB_URL/USER/PASSWORD of the CI when it runs on PostgreSQL, else an H2 file database in {@code werk}; demo data on. */
  static Map<String, String> omgeving(Path werk) {
    Map<String, String> env = new HashMap<>();
    String url = System.getenv().getOrDefault("DB_URL", "");
    if (url.startsWith("jdbc:postgresql:")) {
      env.put("DB_URL", url);
      env.put("DB_USER", System.getenv("DB_USER"));
      env.put("DB_PASSWORD", System.getenv("DB_PASSWORD"));
    } else {
      env.put("DB_URL", "jdbc:h2:file:" + werk.resolve("db/wmo") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
      env.put("DB_USER", "wmo");
      env.put("DB_PASSWORD", "wmo");
    }
    env.put("WMO_DEMO", "true");
    env.put("WMO_INBOX", werk.resolve("inbox").toString());
    env.put("WMO_OUTBOX", werk.resolve("outbox").toString());
    return env;
  }

  /** Polls until the condition holds, at most {@code grens}; fails with what it waited for. */
  static void wacht(String wat, Duration grens, BooleanSupplier klaar) throws InterruptedException {
    long tot = System.nanoTime() + grens.toNanos();
    while (!klaar.getAsBoolean()) {
      assertTrue(System.nanoTime() < tot, "waited " + grens + " for: " + wat);
      Thread.sleep(50);
    }
  }

  /** Everything the app logged so far, or empty when the log cannot be read. */
  static String log(BenchApp app) {
    try {
      return app.logTekst();
    } catch (IOException e) {
      return "";
    }
  }
}
