package nl.regio.wmo.bench;

import static nl.regio.wmo.bench.BenchApp.log;
import static nl.regio.wmo.bench.BenchApp.mb;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.regio.wmo.bench.Wmo323Generator.Groep;
import nl.regio.wmo.bench.Wmo323Generator.Paar;
import nl.regio.wmo.bench.Wmo323Generator.Toewijzing;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Benchmark of the declaration pipeline (WMO323 file drop → WMO325) against PostgreSQL, compared
 * with a plain COPY of the same rows, in one run. Lives under src/test so it is not in the war.
 *
 * <ol>
 *   <li>(re)creates database {@code bench.db} (default wmo_bench) and starts Payara Micro (-Xmx512m)
 *       on a free port with the demo data, inbox and outbox in a temp dir;
 *   <li>reads the demo toewijzingen (JDBC) and the tariff in force ({@code /api/tarieven/geldend});
 *   <li>writes valid WMO323 files: one per (provider, gemeente, month) and round, N prestaties in all,
 *       one per (toewijzing, month), volume × tariff, correct totals; beyond the number of distinct
 *       (toewijzing, month) pairs the pairs repeat in later rounds (rejected with 9389 etc.);
 *   <li>drops them (atomic move) and times until every file has its WMO325, polling the app's heap;
 *   <li>COPYs the very rows the pipeline stored (declaratie_regel, exported as CSV) into a table with
 *       the same columns, timed with {@link CopyManager};
 *   <li>prints the figures and stops Payara.
 * </ol>
 *
 * System properties: {@code n} (default 20000), {@code bench.linesPerFile} (0 = one round per file,
 * else several rounds of a group in one file up to about this many lines), {@code bench.timeout}
 * (seconds to wait for the WMO325s, default 7200), {@code bench.db}, {@code bench.pg} (host:port),
 * {@code bench.keep} (keep the temp dir), {@code bench.dir} (project dir, default the working dir),
 * {@code bench.warmup} (about this many lines through the pre-flight endpoint before the timed run, nothing stored;
 * default 300000; 0 times a cold JVM).
 */
public final class DeclaratieBenchmark {

  private static final String PG_COLS = "id, declaratie_id, afzender_agb, volgnummer, bsn, referentie_nummer, vorig_referentie_nummer,"
      + " toewijzing_nummer, product_categorie, product_code, begindatum, einddatum, geleverd_volume, eenheid, product_tarief_cent,"
      + " ingediend_bedrag_cent, debet_credit, goedgekeurd, retourcodes, gemeente, tarief_id, toelichting, gecrediteerd_door";
  private static final long MAX_BYTES = 25L * 1024 * 1024;

  private final long n = Long.getLong("n", 20_000);
  private final int linesPerFile = Integer.getInteger("bench.linesPerFile", 0);
  private final long timeoutSeconds = Long.getLong("bench.timeout", 7200);
  private final String db = System.getProperty("bench.db", "wmo_bench");
  private final String pg = System.getProperty("bench.pg", "127.0.0.1:5432");
  private final boolean keep = Boolean.getBoolean("bench.keep");
  /** Lines (about) sent through the pre-flight endpoint before the timed run; 0 measures a cold JVM. */
  private final long warmUpRegels = Long.getLong("bench.warmup", 300_000);
  private final Path project = Path.of(System.getProperty("bench.dir", System.getProperty("user.dir"))).toAbsolutePath();
  private final LocalDate vandaag = LocalDate.now();

  private BenchApp app;
  private Wmo323Generator generator;
  private Path werk;

  public static void main(String[] args) throws Exception {
    DeclaratieBenchmark b = new DeclaratieBenchmark();
    Thread stopper = new Thread(b::stopPayara);
    Runtime.getRuntime().addShutdownHook(stopper);
    int rc = 0;
    try {
      b.run();
    } catch (Exception | Error e) {
      System.err.println("BENCHMARK FAILED: " + e);
      e.printStackTrace();
      rc = 1;
    } finally {
      b.stopPayara();
      Runtime.getRuntime().removeShutdownHook(stopper);
    }
    if (rc != 0) {
      throw new IllegalStateException("benchmark failed, see above");
    }
  }

  void run() throws Exception {
    werk = Files.createTempDirectory("wmo-bench-");
    log("work dir " + werk + ", N = " + n);

    // 1. database and app
    app = BenchApp.opNieuweDatabase(project, werk, pg, db);

    // 2. toewijzingen and tariffs
    generator = new Wmo323Generator(app, vandaag);
    List<Toewijzing> toewijzingen;
    try (Connection c = pg(db)) {
      toewijzingen = Wmo323Generator.leesToewijzingen(c);
    }
    Map<Groep, List<Paar>> groepen = generator.paren(toewijzingen);
    long paren = groepen.values().stream().mapToLong(List::size).sum();
    log(toewijzingen.size() + " toewijzingen, " + paren + " distinct (toewijzing, month) pairs in " + groepen.size()
        + " (provider, gemeente, month) groups");
    if (paren == 0) {
      throw new IllegalStateException("no declarable (toewijzing, month) pairs");
    }

    // 3. files
    long t = System.nanoTime();
    Path staging = Files.createDirectories(werk.resolve("staging"));
    List<Path> bestanden = schrijfBestanden(groepen, paren, staging);
    long bytes = 0;
    for (Path p : bestanden) {
      bytes += Files.size(p);
    }
    log(String.format(Locale.ROOT, "wrote %d files, %.1f MB, in %.1f s", bestanden.size(), bytes / 1e6, (System.nanoTime() - t) / 1e9));

    // 3b. warm-up: a server that runs all month has long compiled its hot paths, while a JVM just started spends about a
    // third of the pipeline's first minute of CPU in the JIT compiler (measured: 37 s of compile time in a 59 s run).
    // The first files go through the pre-flight endpoint: the same reading, judging, COPY and WMO325, rolled back, so
    // nothing is stored. The rolled-back rows stay behind as dead rows (and index entries) that the timed run has to
    // step over: no VACUUM, which would tell the planner the table is empty (autovacuum is off on this machine) and
    // turn the reference lookups into scans.
    String warmUp = "none (cold JVM)";
    if (warmUpRegels > 0) {
      long tw = System.nanoTime();
      long gedaan = warmUp(bestanden, warmUpRegels * bytes / n);
      warmUp = String.format(Locale.ROOT, "%d files (~%d lines) through POST /api/declaraties/controle in %.1f s, nothing stored",
          gedaan, warmUpRegels, (System.nanoTime() - tw) / 1e9);
      log("warm-up: " + warmUp);
    }

    // 4. drop and wait, polling the heap
    Path inbox = Files.createDirectories(werk.resolve("inbox/declaraties"));
    Path outbox = werk.resolve("outbox/declaraties");
    Path fout = inbox.resolve("fout");
    BenchApp.HeapMeter heap = app.heapMeter();
    log("heap measured with: " + heap.methode + ", at rest " + mb(heap.meet()) + " MB");
    heap.start();
    double appCpu = app.cpuSeconden();
    double pgCpu = BenchApp.postgresCpuSeconden();
    long start = System.nanoTime();
    for (Path p : bestanden) {
      Files.move(p, inbox.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }
    long klaar = app.wachtOpAntwoorden(bestanden.size(), outbox, fout, start, timeoutSeconds, heap);
    if (klaar < 0) {
      throw new IllegalStateException("timeout: not every file answered after " + timeoutSeconds + " s");
    }
    double pipeline = (klaar - start) / 1e9;
    appCpu = app.cpuSeconden() - appCpu;
    pgCpu = BenchApp.postgresCpuSeconden() - pgCpu;
    heap.stop();
    long fouten = BenchApp.tel(fout, ".xml");

    // results from the store
    Map<String, Long> uitkomst = new TreeMap<>();
    Map<String, Long> codes = new LinkedHashMap<>();
    Map<String, Long> statussen = new TreeMap<>();
    long regels;
    try (Connection c = pg(db); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select goedgekeurd, count(*) from declaratie_regel group by goedgekeurd")) {
        while (rs.next()) {
          uitkomst.put(rs.getBoolean(1) ? "accepted" : "rejected", rs.getLong(2));
        }
      }
      try (ResultSet rs = s.executeQuery("select retourcodes, count(*) from declaratie_regel where not goedgekeurd"
          + " group by retourcodes order by 2 desc limit 8")) {
        while (rs.next()) {
          codes.put(rs.getString(1), rs.getLong(2));
        }
      }
      try (ResultSet rs = s.executeQuery("select status, count(*) from declaratie group by status")) {
        while (rs.next()) {
          statussen.put(rs.getString(1), rs.getLong(2));
        }
      }
      try (ResultSet rs = s.executeQuery("select count(*) from declaratie_regel")) {
        rs.next();
        regels = rs.getLong(1);
      }
    }
    stopPayara(); // the COPY gets the machine to itself, as the pipeline had

    // 5. COPY of the same rows
    Path csv = werk.resolve("declaratie_regel.csv");
    try (Connection c = pg(db); Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      c.unwrap(PGConnection.class).getCopyAPI()
          .copyOut("COPY (SELECT " + PG_COLS + " FROM declaratie_regel ORDER BY id) TO STDOUT WITH (FORMAT csv)", w);
    }
    double copyIdx = copy(csv, "bench_copy", "INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES");
    double copyPlain = copy(csv, "bench_copy_plain", "");

    // 6. figures
    long geaccepteerd = uitkomst.getOrDefault("accepted", 0L);
    long afgewezen = uitkomst.getOrDefault("rejected", 0L);
    String r = String.join("\n",
        "",
        "=== WMO323 declaration pipeline benchmark ===",
        String.format(Locale.ROOT, "N (prestaties)          %d (distinct toewijzing×month pairs %d)", n, paren),
        String.format(Locale.ROOT, "files                   %d (%.1f MB, largest %.2f MB; %d refused to fout/)", bestanden.size(), bytes / 1e6,
            maxSize / 1e6, fouten),
        "warm-up                 " + warmUp,
        String.format(Locale.ROOT, "pipeline                %.2f s (first drop → last WMO325)", pipeline),
        String.format(Locale.ROOT, "lines/s                 %.0f", n / pipeline),
        String.format(Locale.ROOT, "CPU during the pipeline  app %.1f s, PostgreSQL %.1f s (of %.1f s on %d cores)", appCpu, pgCpu,
            pipeline * Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors()),
        String.format(Locale.ROOT, "peak heap               %d MB (%s, every 200 ms; -Xmx512m)", mb(heap.piek.get()), heap.methode),
        String.format(Locale.ROOT, "COPY (PK + 3 indexes)   %.2f s   ratio pipeline/COPY = %.1f", copyIdx, pipeline / copyIdx),
        String.format(Locale.ROOT, "COPY (no indexes)       %.2f s   ratio pipeline/COPY = %.1f", copyPlain, pipeline / copyPlain),
        String.format(Locale.ROOT, "lines in declaratie_regel %d: accepted %d, rejected %d", regels, geaccepteerd, afgewezen),
        "declaraties by status    " + statussen,
        "top rejection codes      " + codes,
        String.format(Locale.ROOT, "target at N=1,000,000: pipeline ≤ 2.5 × COPY (%s), heap ≤ 512 MB (%s)",
            pipeline <= 2.5 * copyIdx ? "met" : "NOT met", heap.piek.get() <= 512L * 1024 * 1024 ? "met" : "NOT met"),
        "payara log               " + werk.resolve("payara.log"),
        "");
    System.out.println(r);
    if (regels != n) {
      System.out.println("WARNING: expected " + n + " lines in declaratie_regel, found " + regels);
    }
    if (!keep) {
      stopPayara();
      try (Stream<Path> s = Files.walk(werk)) {
        s.sorted(Comparator.reverseOrder()).filter(p -> !p.getFileName().toString().equals("payara.log") && !p.equals(werk))
            .forEach(p -> p.toFile().delete());
      }
    }
  }

  private long maxSize;

  synchronized void stopPayara() {
    if (app != null) {
      app.stop();
    }
  }


  /**
   * Round r declares every pair once (the last round only the first ones, up to N). A file holds
   * one round of one group, or with {@code bench.linesPerFile} several consecutive rounds.
   */
  private List<Path> schrijfBestanden(Map<Groep, List<Paar>> groepen, long paren, Path map) throws IOException {
    long rondes = n / paren;
    long rest = n % paren;
    List<Path> bestanden = new ArrayList<>();
    // the pairs of the partial last round: the first `rest` in group order
    Map<Groep, Integer> extra = new HashMap<>();
    long over = rest;
    for (Map.Entry<Groep, List<Paar>> e : groepen.entrySet()) {
      int k = (int) Math.min(over, e.getValue().size());
      extra.put(e.getKey(), k);
      over -= k;
    }
    // per group the list of rounds it takes part in, chunked into files; files are then ordered by first round
    record Plan(Groep groep, long vanRonde, long totRonde) {}
    List<Plan> plannen = new ArrayList<>();
    for (Map.Entry<Groep, List<Paar>> e : groepen.entrySet()) {
      int size = e.getValue().size();
      long mijnRondes = rondes + (extra.get(e.getKey()) > 0 ? 1 : 0);
      int k = linesPerFile <= 0 ? 1 : Math.max(1, linesPerFile / size);
      for (long r = 0; r < mijnRondes; r += k) {
        plannen.add(new Plan(e.getKey(), r, Math.min(mijnRondes, r + k)));
      }
    }
    plannen.sort(Comparator.comparingLong(Plan::vanRonde));
    long nr = 0;
    for (Plan plan : plannen) {
      List<Paar> alle = groepen.get(plan.groep());
      List<Paar> regels = new ArrayList<>();
      for (long r = plan.vanRonde(); r < plan.totRonde(); r++) {
        regels.addAll(r < rondes ? alle : alle.subList(0, extra.get(plan.groep())));
      }
      if (regels.isEmpty()) {
        continue;
      }
      nr++;
      String nummer = String.format(Locale.ROOT, "BM%010d", nr);
      Path bestand = map.resolve(String.format(Locale.ROOT, "%s-%s-%s-%s.xml", plan.groep().agb(), plan.groep().gemeente(),
          plan.groep().maand(), nummer));
      generator.schrijf(bestand, plan.groep(), nummer, regels);
      long grootte = Files.size(bestand);
      maxSize = Math.max(maxSize, grootte);
      if (grootte > MAX_BYTES) {
        throw new IllegalStateException(bestand + " is larger than 25 MB; lower bench.linesPerFile");
      }
      bestanden.add(bestand);
    }
    if (generator.referenties() != n) {
      throw new IllegalStateException("generated " + generator.referenties() + " prestaties, not " + n);
    }
    return bestanden;
  }


  // ---------------------------------------------------------------- COPY

  private double copy(Path csv, String tabel, String like) throws Exception {
    try (Connection c = pg(db)) {
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + tabel);
        s.execute("CREATE TABLE " + tabel + " (LIKE declaratie_regel " + like + ")");
        s.execute("CHECKPOINT");
      }
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      long t = System.nanoTime();
      long rijen;
      try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        rijen = copy.copyIn("COPY " + tabel + " (" + PG_COLS + ") FROM STDIN WITH (FORMAT csv)", r);
      }
      double s = (System.nanoTime() - t) / 1e9;
      log(String.format(Locale.ROOT, "COPY %d rows into %s in %.2f s", rijen, tabel, s));
      return s;
    }
  }

  /**
   * Sends the first files, up to {@code maxBytes} in all, to the pre-flight endpoint as their provider, on as many
   * client threads as the app judges files side by side; answers how many files were sent.
   */
  private long warmUp(List<Path> bestanden, long maxBytes) throws Exception {
    List<Path> deze = new ArrayList<>();
    long som = 0;
    for (Path p : bestanden) {
      if (som >= maxBytes) {
        break;
      }
      deze.add(p);
      som += Files.size(p);
    }
    java.util.concurrent.ExecutorService draden = java.util.concurrent.Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors() + 1);
    try {
      List<java.util.concurrent.Future<?>> klaar = new ArrayList<>();
      for (Path p : deze) {
        String agb = p.getFileName().toString().substring(0, 8);
        klaar.add(draden.submit(() -> {
          HttpResponse<byte[]> h = app.postXml("/api/declaraties/controle", "aanbieder-" + agb, p);
          if (h.statusCode() != 200) {
            throw new IllegalStateException("warm-up " + p.getFileName() + ": HTTP " + h.statusCode() + " " + new String(h.body(),
                StandardCharsets.UTF_8));
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> f : klaar) {
        f.get();
      }
    } finally {
      draden.shutdownNow();
    }
    return deze.size();
  }

  private Connection pg(String database) throws SQLException {
    return BenchApp.pg(pg, database);
  }

}
