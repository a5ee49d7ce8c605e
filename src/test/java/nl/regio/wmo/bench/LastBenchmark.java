package nl.regio.wmo.bench;

import static nl.regio.wmo.bench.BenchApp.log;
import static nl.regio.wmo.bench.BenchApp.mb;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.regio.wmo.bench.Wmo323Generator.Groep;
import nl.regio.wmo.bench.Wmo323Generator.Paar;

/**
 * The load test of issue 12 as a benchmark command: printed figures and verdicts, not a timed test. Against PostgreSQL
 * (database {@code bench.db}, default wmo_bench_last, dropped and recreated) and the app on Payara Micro with the demo
 * data, all traffic on loopback:
 *
 * <ol>
 *   <li><b>REST burst</b>: the four demo providers each upload {@code bench.uploads} (50) small, distinct, valid WMO323s
 *       ({@code POST /api/declaraties}), all started together by a latch, while {@code bench.readers} (20) readers
 *       loop over other endpoints until the uploads are done. An upload answered 429 or 503 with {@code Retry-After}
 *       waits that long and sends the same message again (at most {@code bench.maxRetries}, within
 *       {@code bench.uploadDeadline} s from its first try); anything else is its outcome. Then JDBC checks that every
 *       upload answered 200 is stored exactly once;
 *   <li><b>drop-folder burst</b>: {@code bench.files} (50) WMO323 files per provider, written outside the inbox, moved
 *       atomically into {@code inbox/declaraties} with a {@code <name>.done} marker beside each, timed until their
 *       WMO325s are in the outbox (at most {@code bench.dropTimeout} s), and checked in the database.
 * </ol>
 *
 * Missed targets are printed as verdicts and the command still ends normally; it fails only when it could not run.
 * Other properties: {@code bench.linesPerUpload} (3), {@code bench.requestTimeout} (120 s, connect and request),
 * {@code bench.readerPauseMs} (100, a reader's pause between requests), {@code bench.phases} (rest,drop: which bursts),
 * {@code bench.settle} (60: at most this many seconds waiting for /health UP between the bursts), {@code bench.pg}
 * (host:port), {@code bench.keep} (keep the temp dir), {@code bench.dir} (project dir). Before the REST burst the first
 * message of each provider goes through the pre-flight endpoint, so a broken generator cannot pass for a broken app.
 */
public final class LastBenchmark {

  static final List<String> AANBIEDERS = List.of("98000011", "98000022", "98000033", "98000044");
  /** Final outcomes that are not an HTTP status. */
  static final int TIMEOUT = -1;
  static final int IO_FOUT = -2;
  static final int NIET_KLAAR = -3;

  private final int uploadsPerAanbieder = Integer.getInteger("bench.uploads", 50);
  private final int bestandenPerAanbieder = Integer.getInteger("bench.files", 50);
  private final int readers = Integer.getInteger("bench.readers", 20);
  private final int regelsPerBericht = Integer.getInteger("bench.linesPerUpload", 3);
  private final long requestTimeout = Long.getLong("bench.requestTimeout", 120);
  private final long uploadDeadline = Long.getLong("bench.uploadDeadline", 240);
  private final int maxRetries = Integer.getInteger("bench.maxRetries", 10);
  private final long readerPauze = Long.getLong("bench.readerPauseMs", 100);
  private final long dropTimeout = Long.getLong("bench.dropTimeout", 180);
  /** Which bursts to run: rest, drop or both (each against the app as the one before left it). */
  private final String fasen = System.getProperty("bench.phases", "rest,drop");
  private final long herstelSeconden = Long.getLong("bench.settle", 60);
  private final String db = System.getProperty("bench.db", "wmo_bench_last");
  private final String pg = System.getProperty("bench.pg", "127.0.0.1:5432");
  private final boolean keep = Boolean.getBoolean("bench.keep");
  private final Path project = Path.of(System.getProperty("bench.dir", System.getProperty("user.dir"))).toAbsolutePath();

  private BenchApp app;
  private final List<String> verdicten = new ArrayList<>();
  private final List<Uitkomst> restUitkomsten = new ArrayList<>();

  /** One message: its provider, DeclaratieNummer (also the BerichtIdentificatie) and content. */
  record Bericht(String agb, String nummer, Groep groep, List<Paar> regels) {}

  /** What happened to one upload. */
  static final class Uitkomst {
    final Bericht bericht;
    int eersteStatus = NIET_KLAAR;
    int eindStatus = NIET_KLAAR;
    int retries;
    long nanos;
    String declaratieStatus;
    String fout; // the exception of an io-error
    final List<String> gezien = new ArrayList<>(); // "429 with Retry-After", "503 without Retry-After"

    Uitkomst(Bericht bericht) {
      this.bericht = bericht;
    }
  }

  public static void main(String[] args) throws Exception {
    LastBenchmark b = new LastBenchmark();
    Thread stopper = new Thread(b::stop);
    Runtime.getRuntime().addShutdownHook(stopper);
    Exception fout = null;
    try {
      b.run();
    } catch (Exception e) {
      fout = e;
    } finally {
      b.stop();
      Runtime.getRuntime().removeShutdownHook(stopper);
    }
    if (fout != null) {
      System.err.println("LOAD BENCHMARK COULD NOT RUN: " + fout);
      throw new IllegalStateException("load benchmark could not run, see above", fout);
    }
  }

  synchronized void stop() {
    if (app != null) {
      app.stop();
    }
  }

  void run() throws Exception {
    Path werk = Files.createTempDirectory("wmo-bench-last-");
    log("work dir " + werk);
    app = BenchApp.opNieuweDatabase(project, werk, pg, db);

    // messages: per provider one (provider, gemeente, month) group each, the first few prestaties of it
    Wmo323Generator generator = new Wmo323Generator(app, LocalDate.now());
    Map<Groep, List<Paar>> groepen;
    try (Connection c = BenchApp.pg(pg, db)) {
      groepen = generator.paren(Wmo323Generator.leesToewijzingen(c));
    }
    Map<String, List<Groep>> perAanbieder = new LinkedHashMap<>();
    AANBIEDERS.forEach(a -> perAanbieder.put(a, new ArrayList<>()));
    groepen.keySet().forEach(g -> perAanbieder.computeIfAbsent(g.agb(), a -> new ArrayList<>()).add(g));
    for (String a : AANBIEDERS) {
      if (perAanbieder.get(a).isEmpty()) {
        throw new IllegalStateException("no declarable toewijzing of provider " + a + " in the demo data");
      }
      log("provider " + a + ": " + perAanbieder.get(a).size() + " (gemeente, month) groups to declare from");
    }
    List<Bericht> uploads = berichten(groepen, perAanbieder, "LR", 0, uploadsPerAanbieder);
    List<Bericht> drops = berichten(groepen, perAanbieder, "LD", uploadsPerAanbieder, bestandenPerAanbieder);

    String rest = "--- 1. REST burst: skipped (bench.phases=" + fasen + ") ---";
    if (fasen.contains("rest")) {
      preflight(generator, uploads);
      rest = restBurst(generator, uploads);
    }
    String drop = "--- 2. drop-folder burst: skipped (bench.phases=" + fasen + ") ---";
    if (fasen.contains("drop")) {
      if (fasen.contains("rest")) {
        rest += "\n" + herstel();
      }
      drop = dropBurst(generator, drops, werk);
    }

    long dubbel;
    try (Connection c = BenchApp.pg(pg, db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "select count(*) from (select 1 from declaratie group by afzender_agb, declaratie_nummer having count(*) > 1) d")) {
      rs.next();
      dubbel = rs.getLong(1);
    }
    System.out.println(String.join("\n", "", "=== Load benchmark (issue 12) ===", rest, drop,
        "declarations stored twice (any, end of run)  " + dubbel,
        laatOpgeslagen(),
        "payara log                   " + werk.resolve("payara.log"), "", "--- verdicts ---"));
    verdicten.forEach(System.out::println);
    System.out.println();
    stop();
    if (!keep) {
      try (var s = Files.walk(werk)) {
        s.sorted(Collections.reverseOrder()).filter(p -> !p.getFileName().toString().equals("payara.log") && !p.equals(werk))
            .forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * {@code aantal} messages per provider, numbered {@code prefix} + 10 digits (12 characters, the most a DeclaratieNummer
   * takes), interleaved by provider; message i of a provider declares the first prestaties of its group
   * {@code (vanaf + i) mod groups} (when the groups run out, they repeat and the repeated lines are rejected, 9389).
   */
  private List<Bericht> berichten(Map<Groep, List<Paar>> groepen, Map<String, List<Groep>> perAanbieder, String prefix, int vanaf,
      int aantal) {
    List<Bericht> lijst = new ArrayList<>();
    for (int i = 0; i < aantal; i++) {
      for (String a : AANBIEDERS) {
        List<Groep> eigen = perAanbieder.get(a);
        Groep g = eigen.get((vanaf + i) % eigen.size());
        List<Paar> regels = groepen.get(g);
        lijst.add(new Bericht(a, String.format(Locale.ROOT, "%s%010d", prefix, lijst.size() + 1), g,
            List.copyOf(regels.subList(0, Math.min(regelsPerBericht, regels.size())))));
      }
    }
    return lijst;
  }

  // ---------------------------------------------------------------- 1. REST burst

  /**
   * The first message of every provider through the pre-flight endpoint ({@code /api/declaraties/controle}, nothing
   * stored) while the app is idle: shows the generated messages are valid; the benchmark cannot run when they are not.
   */
  private void preflight(Wmo323Generator generator, List<Bericht> berichten) throws Exception {
    HttpClient client = client();
    for (String a : AANBIEDERS) {
      Bericht b = berichten.stream().filter(x -> x.agb().equals(a)).findFirst().orElseThrow();
      HttpRequest r = verzoek("/api/declaraties/controle", "aanbieder-" + a, Duration.ofSeconds(requestTimeout).toNanos())
          .header("Content-Type", "application/xml").header("Accept", "application/xml")
          .POST(HttpRequest.BodyPublishers.ofString(generator.tekst(b.groep(), b.nummer(), b.regels()))).build();
      HttpResponse<String> h = client.send(r, HttpResponse.BodyHandlers.ofString());
      String status = h.headers().firstValue("X-Declaratie-Status").orElse("?");
      log("pre-flight " + b.nummer() + " of " + a + " (" + b.regels().size() + " lines): HTTP " + h.statusCode() + " " + status);
      if (h.statusCode() != 200) {
        throw new IllegalStateException("pre-flight of a generated WMO323 answered " + h.statusCode() + ": " + h.body());
      }
    }
  }

  /** After the REST burst: how long until /health is UP again (at most bench.settle s), before the drop burst starts. */
  private String herstel() throws InterruptedException {
    long t = System.nanoTime();
    long grens = t + Duration.ofSeconds(herstelSeconden).toNanos();
    String laatste = "?";
    while (System.nanoTime() < grens) {
      try {
        HttpResponse<String> h = app.get("/health", null, "application/json");
        if (h.statusCode() == 200 && h.body().contains("\"UP\"")) {
          return String.format(Locale.ROOT, "after the burst              /health UP again after %.1f s", (System.nanoTime() - t) / 1e9);
        }
        laatste = "HTTP " + h.statusCode();
      } catch (IOException e) {
        laatste = e.getClass().getSimpleName();
      }
      Thread.sleep(500);
    }
    return "after the burst              /health NOT UP within " + herstelSeconden + " s (last: " + laatste + "); the drop burst starts anyway";
  }

  private String restBurst(Wmo323Generator generator, List<Bericht> berichten) throws Exception {
    Map<String, HttpClient> clients = new LinkedHashMap<>();
    for (String a : AANBIEDERS) {
      clients.put(a, client());
    }
    HttpClient readerClient = client();
    List<Uitkomst> uitkomsten = restUitkomsten;
    List<String> teksten = new ArrayList<>();
    for (Bericht b : berichten) {
      restUitkomsten.add(new Uitkomst(b));
      teksten.add(generator.tekst(b.groep(), b.nummer(), b.regels()));
    }
    ExecutorService draden = Executors.newFixedThreadPool(berichten.size() + readers, r -> {
      Thread t = new Thread(r, "last");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch klaarVoorStart = new CountDownLatch(berichten.size() + readers);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean uploadsKlaar = new AtomicBoolean();
    AtomicLong verzoeken = new AtomicLong();
    AtomicLong http500 = new AtomicLong();
    List<Long> verzoekNanos = Collections.synchronizedList(new ArrayList<>());
    List<Long> leesNanos = Collections.synchronizedList(new ArrayList<>());
    Map<String, Long> leesFouten = new ConcurrentHashMap<>();
    long grensNanos = Duration.ofSeconds(uploadDeadline).toNanos();

    List<Future<?>> uploads = new ArrayList<>();
    for (int i = 0; i < berichten.size(); i++) {
      Uitkomst u = uitkomsten.get(i);
      String tekst = teksten.get(i);
      HttpClient client = clients.get(u.bericht.agb());
      uploads.add(draden.submit(() -> {
        klaarVoorStart.countDown();
        start.await();
        upload(client, u, tekst, grensNanos, verzoeken, http500, verzoekNanos);
        return null;
      }));
    }
    String[] leesPaden = new String[readers];
    List<Future<?>> lezers = new ArrayList<>();
    for (int i = 0; i < readers; i++) {
      String agb = AANBIEDERS.get(i % AANBIEDERS.size());
      String pad;
      String gebruiker;
      switch (i % 3) {
        case 0 -> {
          pad = "/api/tarieven/geldend?aanbieder=98000011&product=07A01&datum=2026-03-01";
          gebruiker = "contractbeheer";
        }
        case 1 -> {
          pad = "/api/toewijzingen?aanbieder=" + agb;
          gebruiker = "aanbieder-" + agb;
        }
        default -> {
          pad = "/health";
          gebruiker = null;
        }
      }
      leesPaden[i] = pad;
      lezers.add(draden.submit(() -> {
        klaarVoorStart.countDown();
        start.await();
        lees(readerClient, pad, gebruiker, uploadsKlaar, grensNanos, leesNanos, leesFouten);
        return null;
      }));
    }
    if (!klaarVoorStart.await(60, TimeUnit.SECONDS)) {
      draden.shutdownNow();
      throw new IllegalStateException("the client threads did not get ready within 60 s");
    }
    BenchApp.HeapMeter heap = app.heapMeter();
    heap.start();
    log("REST burst: " + berichten.size() + " uploads from " + AANBIEDERS.size() + " providers and " + readers
        + " readers, go (heap measured with " + heap.methode + ")");
    long t0 = System.nanoTime();
    start.countDown();
    long einde = t0 + grensNanos + Duration.ofSeconds(60).toNanos();
    long laatsteMelding = t0;
    for (Future<?> f : uploads) {
      while (true) {
        try {
          f.get(Math.max(1, Math.min(15_000_000_000L, einde - System.nanoTime())), TimeUnit.NANOSECONDS);
          break;
        } catch (TimeoutException nogNiet) {
          if (System.nanoTime() >= einde) {
            break;
          }
        } catch (java.util.concurrent.ExecutionException e) {
          log("an upload thread failed: " + e.getCause());
          break;
        }
        if (System.nanoTime() - laatsteMelding > 15_000_000_000L) {
          laatsteMelding = System.nanoTime();
          log(String.format(Locale.ROOT, "  %d/%d uploads finished after %.0f s", uploads.stream().filter(Future::isDone).count(),
              uploads.size(), (laatsteMelding - t0) / 1e9));
        }
      }
    }
    double burst = (System.nanoTime() - t0) / 1e9;
    uploadsKlaar.set(true);
    for (Future<?> f : lezers) {
      try {
        f.get(requestTimeout + 10, TimeUnit.SECONDS);
      } catch (Exception e) {
        f.cancel(true);
      }
    }
    draden.shutdownNow();
    heap.stop();

    // the database: every upload answered 200 stored exactly once
    Map<String, Long> opgeslagen = opgeslagen(berichten);
    long ok200 = 0;
    long niet = 0;
    long dubbel = 0;
    long zonder200Opgeslagen = 0;
    for (Uitkomst u : uitkomsten) {
      long n = opgeslagen.getOrDefault(u.bericht.agb() + "|" + u.bericht.nummer(), 0L);
      if (u.eindStatus == 200) {
        ok200++;
        niet += n == 0 ? 1 : 0;
        dubbel += n > 1 ? 1 : 0;
      } else if (n > 0) {
        zonder200Opgeslagen++;
      }
    }
    Map<String, Long> dbStatus = statussen("LR%");

    Map<String, Long> eind = new TreeMap<>();
    Map<String, Long> gezien = new TreeMap<>();
    Map<String, Long> declStatus = new TreeMap<>();
    long eersteKeer200 = 0;
    long retries = 0;
    for (Uitkomst u : uitkomsten) {
      eind.merge(status(u.eindStatus) + (u.fout == null ? "" : " " + u.fout), 1L, Long::sum);
      u.gezien.forEach(g -> gezien.merge(g, 1L, Long::sum));
      eersteKeer200 += u.eersteStatus == 200 ? 1 : 0;
      retries += u.retries;
      if (u.declaratieStatus != null) {
        declStatus.merge(u.declaratieStatus, 1L, Long::sum);
      }
    }
    long[] uploadNanos = uitkomsten.stream().mapToLong(u -> u.nanos).toArray();
    long[] perVerzoek = verzoekNanos.stream().mapToLong(Long::longValue).toArray();
    long[] lees = leesNanos.stream().mapToLong(Long::longValue).toArray();
    long leesFout = leesFouten.values().stream().mapToLong(Long::longValue).sum();
    double p99Lees = percentiel(lees, 99);

    String eindStatus200 = ok200 + " of " + berichten.size();
    verdict("0 × 500", http500.get() == 0, http500.get() + " × HTTP 500");
    verdict("every upload answered", ok200 == berichten.size(), eindStatus200 + " ended with 200; outcomes " + eind);
    verdict("stored once", ok200 == 0 ? null : niet == 0 && dubbel == 0, "of the " + ok200 + " answered 200: " + niet + " not stored, " + dubbel
        + " stored more than once");
    verdict("readers p99 < 1 s", lees.length > 0 && p99Lees < 1.0, String.format(Locale.ROOT, "p99 %.3f s over %d requests, %d errors",
        p99Lees, lees.length, leesFout));

    return String.join("\n",
        "--- 1. REST burst: " + AANBIEDERS.size() + " providers × " + uploadsPerAanbieder + " concurrent uploads (" + regelsPerBericht
            + " lines each) + " + readers + " readers ---",
        String.format(Locale.ROOT, "uploads sent                 %d (HTTP requests incl. retries: %d), burst took %.1f s", berichten.size(),
            verzoeken.get(), burst),
        "answered 200 on first try    " + eersteKeer200,
        "429/503 seen                 " + (gezien.isEmpty() ? "none" : gezien),
        "retries                      " + retries + " (at most " + maxRetries + " per upload, within " + uploadDeadline + " s of its first try)",
        "final outcome per upload     " + eind,
        "HTTP 500 answers             " + http500.get(),
        "X-Declaratie-Status of 200s  " + declStatus,
        "upload latency (incl. waits) " + latenties(uploadNanos),
        "per HTTP request             " + latenties(perVerzoek),
        "readers                      " + lees.length + " requests, " + latenties(lees) + ", errors " + leesFout
            + (leesFouten.isEmpty() ? "" : " " + new TreeMap<>(leesFouten)),
        "readers' endpoints           " + String.join(", ", new java.util.LinkedHashSet<>(Arrays.asList(leesPaden)))
            + " (pause " + readerPauze + " ms)",
        "database: answered 200       " + ok200 + ": stored once " + (ok200 - niet - dubbel) + ", not stored " + niet + ", more than once "
            + dubbel,
        "database: not answered 200   but stored anyway: " + zonder200Opgeslagen + "; LR declarations by status " + dbStatus,
        String.format(Locale.ROOT, "peak heap                    %d MB (%s)", mb(heap.piek.get()), heap.methode));
  }

  private HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(Math.min(30, requestTimeout))).build();
  }

  private HttpRequest.Builder verzoek(String pad, String gebruiker, long timeoutNanos) {
    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pad))
        .timeout(Duration.ofNanos(timeoutNanos));
    if (gebruiker != null) {
      rb.header("Authorization", BenchApp.basic(gebruiker));
    }
    return rb;
  }

  /** One provider's upload as its software would: 429/503 with Retry-After → wait and send the same message again. */
  private void upload(HttpClient client, Uitkomst u, String tekst, long grensNanos, AtomicLong verzoeken, AtomicLong http500,
      List<Long> verzoekNanos) throws InterruptedException {
    long begin = System.nanoTime();
    long grens = begin + grensNanos;
    try {
      while (true) {
        long t = System.nanoTime();
        long timeout = Math.max(1_000_000_000L, Math.min(Duration.ofSeconds(requestTimeout).toNanos(), grens - t));
        HttpRequest r = verzoek("/api/declaraties", "aanbieder-" + u.bericht.agb(), timeout).header("Content-Type", "application/xml")
            .header("Accept", "application/xml").POST(HttpRequest.BodyPublishers.ofString(tekst)).build();
        verzoeken.incrementAndGet();
        HttpResponse<String> h;
        try {
          h = client.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
          verzoekNanos.add(System.nanoTime() - t);
          u.eindStatus = TIMEOUT;
          break;
        } catch (IOException e) {
          verzoekNanos.add(System.nanoTime() - t);
          u.eindStatus = IO_FOUT;
          u.fout = e.getClass().getSimpleName();
          break;
        }
        verzoekNanos.add(System.nanoTime() - t);
        int status = h.statusCode();
        if (u.eersteStatus == NIET_KLAAR) {
          u.eersteStatus = status;
        }
        if (status == 500) {
          http500.incrementAndGet();
        }
        if (status == 429 || status == 503) {
          var retryAfter = h.headers().firstValue("Retry-After");
          u.gezien.add(status + (retryAfter.isPresent() ? " with Retry-After" : " without Retry-After"));
          if (retryAfter.isPresent() && u.retries < maxRetries) {
            long wacht = wachtNanos(retryAfter.get());
            if (System.nanoTime() + wacht < grens) {
              u.retries++;
              Thread.sleep(wacht / 1_000_000, (int) (wacht % 1_000_000));
              continue;
            }
          }
        }
        u.eindStatus = status;
        if (status == 200) {
          u.declaratieStatus = h.headers().firstValue("X-Declaratie-Status").orElse("?")
              + (h.headers().firstValue("X-Herhaald").map("true"::equals).orElse(false) ? " (herhaald)" : "");
        }
        break;
      }
    } finally {
      u.nanos = System.nanoTime() - begin;
    }
  }

  /** Retry-After: delay-seconds or an HTTP date (RFC 9110), never negative; an unreadable one counts as 1 s. */
  static long wachtNanos(String retryAfter) {
    String v = retryAfter.trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v))).toNanos();
    } catch (NumberFormatException geenGetal) {
      try {
        long ms = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli() - System.currentTimeMillis();
        return Duration.ofMillis(Math.max(0, ms)).toNanos();
      } catch (RuntimeException geenDatum) {
        return Duration.ofSeconds(1).toNanos();
      }
    }
  }

  /** A reader: the same GET over and over until the uploads are done (bounded in time and count). */
  private void lees(HttpClient client, String pad, String gebruiker, AtomicBoolean klaar, long grensNanos, List<Long> nanos,
      Map<String, Long> fouten) throws InterruptedException {
    long grens = System.nanoTime() + grensNanos;
    for (int i = 0; i < 100_000 && !klaar.get() && System.nanoTime() < grens; i++) {
      long t = System.nanoTime();
      HttpRequest r = verzoek(pad, gebruiker, Duration.ofSeconds(requestTimeout).toNanos()).header("Accept", "application/json").GET().build();
      String fout = null;
      try {
        int status = client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
          fout = "HTTP " + status;
        }
      } catch (HttpTimeoutException e) {
        fout = "timeout";
      } catch (IOException e) {
        fout = e.getClass().getSimpleName();
      }
      nanos.add(System.nanoTime() - t);
      if (fout != null) {
        fouten.merge(pad.replaceAll("\\?.*", "") + " " + fout, 1L, Long::sum);
      }
      if (readerPauze > 0) {
        Thread.sleep(readerPauze);
      }
    }
  }

  // ---------------------------------------------------------------- 2. drop-folder burst

  private String dropBurst(Wmo323Generator generator, List<Bericht> berichten, Path werk) throws Exception {
    Path staging = Files.createDirectories(werk.resolve("staging-drop"));
    Path inbox = Files.createDirectories(werk.resolve("inbox/declaraties"));
    Path outbox = werk.resolve("outbox/declaraties");
    Path fout = inbox.resolve("fout");
    List<Path> bestanden = new ArrayList<>();
    for (Bericht b : berichten) {
      Path p = staging.resolve(String.format(Locale.ROOT, "%s-%s-%s-%s.xml", b.agb(), b.groep().gemeente(), b.groep().maand(), b.nummer()));
      generator.schrijf(p, b.groep(), b.nummer(), b.regels());
      bestanden.add(p);
    }
    long wmo325Voor = BenchApp.tel(outbox, ".wmo325.xml");
    long foutVoor = BenchApp.tel(fout, ".xml");
    long alBeantwoord = wmo325Voor + foutVoor;
    BenchApp.HeapMeter heap = app.heapMeter();
    heap.start();
    log("drop burst: " + bestanden.size() + " files into " + inbox);
    long t0 = System.nanoTime();
    for (Path p : bestanden) {
      Path doel = inbox.resolve(p.getFileName());
      Files.move(p, doel, StandardCopyOption.ATOMIC_MOVE);
      Files.createFile(inbox.resolve(p.getFileName() + ".done"));
    }
    long klaar = app.wachtOpAntwoorden(alBeantwoord + bestanden.size(), outbox, fout, t0, dropTimeout, heap);
    long nu = System.nanoTime();
    heap.stop();
    long antwoorden = BenchApp.tel(outbox, ".wmo325.xml") - wmo325Voor;
    long geweigerd = BenchApp.tel(fout, ".xml") - foutVoor;
    double seconden = ((klaar < 0 ? nu : klaar) - t0) / 1e9;

    Map<String, Long> opgeslagen = opgeslagen(berichten);
    long eenmaal = 0;
    long niet = 0;
    long dubbel = 0;
    for (Bericht b : berichten) {
      long n = opgeslagen.getOrDefault(b.agb() + "|" + b.nummer(), 0L);
      eenmaal += n == 1 ? 1 : 0;
      niet += n == 0 ? 1 : 0;
      dubbel += n > 1 ? 1 : 0;
    }
    verdict("drop: every file answered", antwoorden >= bestanden.size(), antwoorden + " of " + bestanden.size()
        + " WMO325s within " + dropTimeout + " s, " + geweigerd + " moved to fout/");
    verdict("drop: stored once", eenmaal == bestanden.size(), eenmaal + " stored once, " + niet + " not stored, " + dubbel + " more than once");
    return String.join("\n",
        "--- 2. drop-folder burst: " + AANBIEDERS.size() + " providers × " + bestandenPerAanbieder + " files (" + regelsPerBericht
            + " lines each), atomic move + .done marker ---",
        String.format(Locale.ROOT, "WMO325 answers               %d of %d, moved to fout/ %d%s", antwoorden, bestanden.size(), geweigerd,
            klaar < 0 ? " — TIMEOUT after " + dropTimeout + " s" : ""),
        String.format(Locale.ROOT, "first drop → last answer     %.1f s%s", seconden, klaar < 0 ? " (not all answered)" : ""),
        String.format(Locale.ROOT, "files/s                      %.1f (WMO325s)", antwoorden / seconden),
        "database                     " + eenmaal + " stored once, " + niet + " not stored, " + dubbel + " more than once; LD by status "
            + statussen("LD%"),
        String.format(Locale.ROOT, "peak heap                    %d MB (%s)", mb(heap.piek.get()), heap.methode));
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The REST uploads once more at the end of the run: a request the client gave up on (timeout) or that was answered
   * 500 may still have been stored later, when the app got its connection or lock.
   */
  private String laatOpgeslagen() throws SQLException {
    if (restUitkomsten.isEmpty()) {
      return "REST uploads at the end       (no REST burst)";
    }
    Map<String, Long> opgeslagen = opgeslagen(restUitkomsten.stream().map(u -> u.bericht).toList());
    Map<String, Long> perUitkomst = new TreeMap<>();
    long totaal = 0;
    for (Uitkomst u : restUitkomsten) {
      long n = opgeslagen.getOrDefault(u.bericht.agb() + "|" + u.bericht.nummer(), 0L);
      if (n > 0) {
        totaal++;
        perUitkomst.merge(status(u.eindStatus), 1L, Long::sum);
      }
    }
    long zonder200 = totaal - perUitkomst.getOrDefault("200", 0L);
    return "REST uploads at the end       " + totaal + " stored, by the client's outcome " + perUitkomst
        + (zonder200 > 0 ? "; " + zonder200 + " of them stored though the client got no 200" : "");
  }

  /** How often each message is stored, by "agb|nummer" (select count(*) from declaratie where afzender_agb and declaratie_nummer). */
  private Map<String, Long> opgeslagen(List<Bericht> berichten) throws SQLException {
    Map<String, Long> n = new ConcurrentHashMap<>();
    try (Connection c = BenchApp.pg(pg, db);
        PreparedStatement s = c.prepareStatement("select count(*) from declaratie where afzender_agb = ? and declaratie_nummer = ?")) {
      for (Bericht b : berichten) {
        s.setString(1, b.agb());
        s.setString(2, b.nummer());
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          n.put(b.agb() + "|" + b.nummer(), rs.getLong(1));
        }
      }
    }
    return n;
  }

  private Map<String, Long> statussen(String nummerPatroon) throws SQLException {
    Map<String, Long> m = new TreeMap<>();
    try (Connection c = BenchApp.pg(pg, db);
        PreparedStatement s = c.prepareStatement("select status, count(*) from declaratie where declaratie_nummer like ? group by status")) {
      s.setString(1, nummerPatroon);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          m.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return m;
  }

  /** A target's verdict line; {@code gehaald} null: nothing to judge (n/a). */
  private void verdict(String doel, Boolean gehaald, String waarom) {
    verdicten.add(String.format(Locale.ROOT, "VERDICT %-26s %s  (%s)", doel, gehaald == null ? "n/a" : gehaald ? "met" : "NOT MET", waarom));
  }

  static String status(int s) {
    return switch (s) {
      case TIMEOUT -> "timeout";
      case IO_FOUT -> "io-error";
      case NIET_KLAAR -> "unfinished";
      default -> String.valueOf(s);
    };
  }

  /** Nearest-rank percentile in seconds; NaN for no values. */
  static double percentiel(long[] nanos, double p) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    long[] s = nanos.clone();
    Arrays.sort(s);
    int k = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, k))] / 1e9;
  }

  static String latenties(long[] nanos) {
    return String.format(Locale.ROOT, "p50 %.3f s, p95 %.3f s, p99 %.3f s, max %.3f s", percentiel(nanos, 50), percentiel(nanos, 95),
        percentiel(nanos, 99), percentiel(nanos, 100));
  }
}
