package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.regio.wmo.bench.BenchApp;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while providers upload and a file is dropped, and comes back (issue 12, item 2). Between the
 * app and PostgreSQL sits a pass-through ({@link Doorgeefluik}) that the test cuts and restores, so only this app's
 * database disappears. While it is gone: every answer is 503 with {@code Retry-After} and a sentence saying the
 * database is unavailable, never a 500; the dropped file stays in the inbox. Once it is back: the app answers again
 * within seconds, every upload that was retried is stored exactly once, and the file is processed without a hand
 * lifted. Needs PostgreSQL (127.0.0.1:5432, or the host of the CI's {@code DB_URL}); the app runs as its own process.
 */
class StoringIT {

  private static final Path WERK = Path.of("target/storing").toAbsolutePath();
  private static final String DB = "wmo_it_storing";
  private static final int UPLOADS = 12;

  @Test
  void deDatabaseValtWegEnKomtTerugZonder500EnZonderVerlies() throws Exception {
    EigenApp.leeg(WERK);
    Files.createDirectories(WERK.resolve("inbox/declaraties"));
    String[] pg = postgres();
    maakDatabase(pg);
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    run = run.substring(run.length() - 6);
    try (Doorgeefluik db = new Doorgeefluik(pg[0], Integer.parseInt(pg[1]))) {
      Map<String, String> env = Map.of(
          "DB_URL", "jdbc:postgresql://127.0.0.1:" + db.poort() + "/" + DB, "DB_USER", "postgres", "DB_PASSWORD", "postgres",
          "WMO_DEMO", "true", "WMO_INBOX", WERK.resolve("inbox").toString(), "WMO_OUTBOX", WERK.resolve("outbox").toString());
      BenchApp app = BenchApp.start(Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")),
          Path.of(System.getProperty("wmo.war", "target/wmo-settlement.war")), WERK, env, "payara.log");
      ExecutorService draden = Executors.newFixedThreadPool(UPLOADS);
      try {
        Api api = new Api(new URL("http://127.0.0.1:" + app.port() + "/"));
        api.postXml("aanbieder-98000011", "/api/declaraties", bericht("S" + run + "V")).verwacht(200);

        // uploads in flight as the database goes; each retries on 503/429 as a provider's software would
        AtomicInteger weigeringen = new AtomicInteger();
        ConcurrentLinkedQueue<String> fouten = new ConcurrentLinkedQueue<>();
        List<Future<?>> uploads = new ArrayList<>();
        List<String> nummers = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
          String nummer = "S" + run + "U" + i;
          nummers.add(nummer);
          uploads.add(draden.submit(() -> uploadTotGelukt(api, nummer, weigeringen, fouten)));
        }
        db.snijDoor();

        EigenApp.wacht("uploads refused with 503 while the database is gone", Duration.ofMinutes(2), () -> weigeringen.get() >= 3 || !fouten.isEmpty());
        assertTrue(fouten.isEmpty(), "only 503/429 with Retry-After while the database is gone: " + fouten);
        Api.Antwoord tarief = api.get("contractbeheer", "/api/tarieven/geldend?aanbieder=98000011&product=07A01&datum=2026-03-01");
        assertEquals(503, tarief.status(), tarief.body());
        assertTrue(tarief.contentType().startsWith("application/problem+json"), tarief.contentType());
        assertTrue(tarief.raw().headers().firstValue("Retry-After").isPresent(), "Retry-After");
        assertTrue(tarief.body().contains("database"), tarief.body());

        // a file dropped while the database is gone waits in the inbox and is not sent to fout/
        String bestandNummer = "S" + run + "B";
        Path tijdelijk = WERK.resolve("storing.xml.tmp");
        Files.writeString(tijdelijk, bericht(bestandNummer), StandardCharsets.UTF_8);
        Files.move(tijdelijk, WERK.resolve("inbox/declaraties/storing.xml"), StandardCopyOption.ATOMIC_MOVE);
        EigenApp.wacht("the file route tried the file and failed on the database", Duration.ofMinutes(2),
            () -> EigenApp.log(app).contains("storing.xml") || !Files.exists(WERK.resolve("inbox/declaraties/storing.xml")));
        assertTrue(leeg(WERK.resolve("inbox/declaraties/fout")), "nothing in fout/ for a database outage");

        db.herstel();
        long terug = System.nanoTime();
        EigenApp.wacht("the app answers again after the database returned", Duration.ofSeconds(60),
            () -> api.get("contractbeheer", "/api/tarieven/geldend?aanbieder=98000011&product=07A01&datum=2026-03-01").status() == 200);
        double seconden = (System.nanoTime() - terug) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "StoringIT: answering again %.1f s after the database returned%n", seconden);
        assertTrue(seconden < 30, "recovered in " + seconden + " s");

        for (Future<?> f : uploads) {
          f.get(3, TimeUnit.MINUTES);
        }
        assertTrue(fouten.isEmpty(), "no answer other than 200/429/503: " + fouten);
        EigenApp.wacht("the file's WMO325 after the database returned", Duration.ofMinutes(2), () -> antwoorden() == 1);
        assertTrue(leeg(WERK.resolve("inbox/declaraties/fout")), "nothing in fout/");

        nummers.add(bestandNummer);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + pg[0] + ":" + pg[1] + "/" + DB, "postgres", "postgres");
            PreparedStatement ps = c.prepareStatement("select count(*) from declaratie where afzender_agb = '98000011' and declaratie_nummer = ?")) {
          for (String nummer : nummers) {
            ps.setString(1, nummer);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              assertEquals(1, rs.getInt(1), "declaration " + nummer + " stored exactly once");
            }
          }
        }
        System.out.println("StoringIT: " + weigeringen.get() + " uploads answered 503/429 during the outage, all stored once afterwards");
      } finally {
        draden.shutdownNow();
        app.stop();
      }
    }
  }

  /** Uploads until 200; 503/429 must carry Retry-After and problem+json; anything else is recorded as a failure. */
  private static void uploadTotGelukt(Api api, String nummer, AtomicInteger weigeringen, ConcurrentLinkedQueue<String> fouten) {
    String xml = bericht(nummer);
    long grens = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < grens) {
      Api.Antwoord a;
      try {
        a = api.postXml("aanbieder-98000011", "/api/declaraties", xml);
      } catch (RuntimeException verbroken) {
        fouten.add(nummer + ": " + verbroken);
        return;
      }
      if (a.status() == 200) {
        return;
      }
      if (a.status() != 503 && a.status() != 429 || a.raw().headers().firstValue("Retry-After").isEmpty()
          || !a.contentType().startsWith("application/problem+json")) {
        fouten.add(nummer + ": HTTP " + a.status() + " " + a.body());
        return;
      }
      weigeringen.incrementAndGet();
      try {
        // as a provider's software: wait as asked (capped, so the test stays short)
        long seconden = Long.parseLong(a.raw().headers().firstValue("Retry-After").get().trim());
        Thread.sleep(Math.min(seconden * 1000, 500));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    fouten.add(nummer + ": never accepted within 3 minutes");
  }

  private static String bericht(String nummer) {
    // a toewijzing that does not exist: the lines are refused (9338), the declaration and its answer are stored
    return new Wmo323Maker("98000011", "0356", nummer, "2026-10-01", "2026-10-31")
        .debet("142288615", nummer + "-1", 1L, "07", "07A01", "2026-10-01", "2026-10-31", 1, "14", 1000L, 1000)
        .xml();
  }

  private static long antwoorden() {
    try (Stream<Path> s = Files.list(WERK.resolve("outbox/declaraties"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".wmo325.xml")).count();
    } catch (java.io.IOException geenMap) {
      return 0;
    }
  }

  private static boolean leeg(Path map) throws java.io.IOException {
    if (!Files.exists(map)) {
      return true;
    }
    try (Stream<Path> s = Files.list(map)) {
      return s.findAny().isEmpty();
    }
  }

  /** Host and port of the PostgreSQL the CI uses (its DB_URL), else 127.0.0.1:5432. */
  private static String[] postgres() {
    String url = System.getenv().getOrDefault("DB_URL", "");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/").matcher(url);
    return m.find() ? new String[] {m.group(1), m.group(2) == null ? "5432" : m.group(2)} : new String[] {"127.0.0.1", "5432"};
  }

  private static void maakDatabase(String[] pg) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + pg[0] + ":" + pg[1] + "/postgres", "postgres", "postgres");
        java.sql.Statement st = c.createStatement()) {
      st.execute("drop database if exists " + DB + " with (force)");
      st.execute("create database " + DB);
    }
  }
}
