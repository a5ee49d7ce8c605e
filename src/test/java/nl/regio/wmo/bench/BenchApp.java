package nl.regio.wmo.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built war on Payara Micro (-Xmx512m, free port, demo data) as a separate process, for the benchmarks and the
 * restart test: start, talk HTTP on loopback, read its log, stop it or kill it hard.
 */
public final class BenchApp {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Process payara;
  private final int port;
  private final Path logbestand;

  private BenchApp(Process payara, int port, Path logbestand) {
    this.payara = payara;
    this.port = port;
    this.logbestand = logbestand;
  }

  /** A benchmark's work, which may throw. */
  interface Meting {
    void run() throws Exception;
  }

  /** Runs a benchmark and then {@code stop} (the app it started) — also when it fails or the JVM is stopped (Ctrl-C). */
  static void draai(Meting meting, Runnable stop) throws Exception {
    Thread stopper = new Thread(stop);
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      meting.run();
    } finally {
      stop.run();
      Runtime.getRuntime().removeShutdownHook(stopper);
    }
  }

  /** Against PostgreSQL (user postgres) with the demo data; {@code extra} adds to the environment. */
  static BenchApp start(Path jar, Path war, Path werk, String dbUrl, Map<String, String> extra) throws Exception {
    Map<String, String> env = new java.util.HashMap<>(Map.of("DB_URL", dbUrl, "DB_USER", "postgres", "DB_PASSWORD", "bench", "WMO_DEMO", "true"));
    env.putAll(extra);
    return start(jar, war, werk, env, "payara.log");
  }

  /**
   * Drops and recreates database {@code db} on PostgreSQL {@code pg} (host:port, user postgres), then starts the
   * project's built war against it with the demo data, inbox and outbox in {@code werk}.
   */
  static BenchApp opNieuweDatabase(Path project, Path werk, String pg, String db) throws Exception {
    Path jar = project.resolve("target/payara-micro.jar");
    Path war = project.resolve("target/wmo-settlement.war");
    if (!Files.exists(jar) || !Files.exists(war)) {
      throw new IllegalStateException("build first: " + jar + " / " + war + " missing (mvn -o -q -Pbench -Dexec.skip package)");
    }
    try (Connection c = pg(pg, "postgres"); java.sql.Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + db);
    }
    // the benchmarks move their files in whole (atomic rename): no quiet time to wait for
    return start(jar, war, werk, "jdbc:postgresql://" + pg + "/" + db,
        Map.of("WMO_INBOX", werk.resolve("inbox").toString(), "WMO_OUTBOX", werk.resolve("outbox").toString(), "WMO_INBOX_RUST_MS", "0"));
  }

  /** Starts Payara Micro with the war at / and this environment (DB_URL …), log in {@code werk/log}; waits for /health UP. */
  public static BenchApp start(Path jar, Path war, Path werk, Map<String, String> env, String log) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m"));
    String extra = System.getProperty("bench.jvmArgs", "").trim(); // e.g. -XX:StartFlightRecording=filename=/tmp/x.jfr
    if (!extra.isEmpty()) {
      cmd.addAll(java.util.List.of(extra.split("\\s+")));
    }
    cmd.addAll(java.util.List.of("-jar", jar.toString(), "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
        "--nocluster"));
    // the server settings the app ships with (no Server header, /metrics off); Payara runs in werk, so an absolute path
    Path preboot = Path.of(System.getProperty("wmo.preboot", "config/server/preboot.asadmin")).toAbsolutePath();
    if (Files.isRegularFile(preboot)) {
      cmd.addAll(java.util.List.of("--prebootcommandfile", preboot.toString()));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .directory(werk.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(werk.resolve(log).toFile()));
    pb.environment().putAll(env);
    long t = System.nanoTime();
    BenchApp app = new BenchApp(pb.start(), port, werk.resolve(log));
    log("Payara Micro pid " + app.payara.pid() + " on port " + port + ", log " + werk.resolve(log));
    long grens = System.nanoTime() + Duration.ofSeconds(Long.getLong("bench.startTimeout", 300)).toNanos();
    while (true) {
      if (!app.leeft()) {
        throw new IllegalStateException("Payara Micro stopped during start (exit " + app.exitValue() + "), see payara.log");
      }
      try {
        HttpResponse<String> h = app.get("/health", null, "application/json");
        if (h.statusCode() == 200 && h.body().contains("\"UP\"")) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > grens) {
        app.stop();
        throw new IllegalStateException("no /health UP within the start timeout");
      }
      Thread.sleep(500);
    }
    log(String.format(Locale.ROOT, "app UP after %.1f s", (System.nanoTime() - t) / 1e9));
    return app;
  }

  public int port() {
    return port;
  }

  /** Everything the app logged so far. */
  public String logTekst() throws IOException {
    return Files.readString(logbestand, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** Kills the process at once (SIGKILL): no shutdown hook, no undeploy, as a power cut would. */
  public void doodHard() throws InterruptedException {
    payara.destroyForcibly();
    payara.waitFor(30, TimeUnit.SECONDS);
  }

  public boolean leeft() {
    return payara.isAlive();
  }

  int exitValue() {
    return payara.exitValue();
  }

  public synchronized void stop() {
    if (payara.isAlive()) {
      payara.destroy();
      try {
        if (!payara.waitFor(30, TimeUnit.SECONDS)) {
          payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        payara.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  public HttpResponse<String> get(String pad, String user, String accept) throws IOException, InterruptedException {
    return http.send(verzoek(pad, user, accept, Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A POST with a JSON body; long timeout (a settlement run on a million lines). */
  HttpResponse<String> post(String pad, String user, String json) throws IOException, InterruptedException {
    return http.send(verzoek(pad, user, "application/json", Duration.ofMinutes(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A POST with an XML body from a file (a WMO323), answered as bytes. */
  HttpResponse<byte[]> postXml(String pad, String user, Path bestand) throws IOException, InterruptedException {
    return http.send(verzoek(pad, user, "application/xml", Duration.ofMinutes(5)).header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofFile(bestand)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder verzoek(String pad, String user, String accept, Duration timeout) {
    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pad)).timeout(timeout);
    if (user != null) {
      rb.header("Authorization", basic(user));
    }
    if (accept != null) {
      rb.header("Accept", accept);
    }
    return rb;
  }

  /** The HTTP Basic header value of a demo user (password demo). */
  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  public HeapMeter heapMeter() {
    return new HeapMeter();
  }

  /** Peak used heap of the app: MicroProfile Metrics if served, else jcmd GC.heap_info, else RSS. */
  public final class HeapMeter implements Runnable {
    public final AtomicLong piek = new AtomicLong();
    public String methode;
    private String metricsPad;
    private volatile boolean loopt;
    private Thread draad;

    HeapMeter() {
      // MP Metrics 5 (Payara 6): Prometheus text only; older: JSON with Accept: application/json
      for (String pad : List.of("/metrics?scope=base&name=memory.usedHeap", "/metrics/base/memory.usedHeap")) {
        try {
          HttpResponse<String> h = get(pad, null, ACCEPT);
          if (h.statusCode() == 200 && uitMetrics(h.body()) > 0) {
            metricsPad = pad;
            methode = "MicroProfile Metrics " + pad;
            return;
          }
        } catch (Exception ignored) {
          // next
        }
      }
      if (jcmd() > 0) {
        methode = "jcmd " + payara.pid() + " GC.heap_info (used)";
      } else {
        methode = "process RSS (/proc/" + payara.pid() + "/status VmRSS) — NOT heap";
      }
    }

    public long meet() {
      try {
        if (metricsPad != null) {
          return uitMetrics(get(metricsPad, null, ACCEPT).body());
        }
        if (methode.startsWith("jcmd")) {
          return jcmd();
        }
        for (String regel : Files.readAllLines(Path.of("/proc/" + payara.pid() + "/status"))) {
          if (regel.startsWith("VmRSS:")) {
            return Long.parseLong(regel.replaceAll("\\D", "")) * 1024;
          }
        }
      } catch (Exception ignored) {
        // a missed sample
      }
      return -1;
    }

    private static final String ACCEPT = "text/plain, application/json;q=0.5";
    private static final Pattern PROMETHEUS = Pattern.compile("(?m)^memory_usedHeap_bytes(?:\\{[^}]*\\})?\\s+([0-9.Ee+]+)");
    private static final Pattern JSON = Pattern.compile("\"memory\\.usedHeap[^\"]*\"\\s*:\\s*([0-9.Ee+]+)");

    private long uitMetrics(String body) {
      Matcher m = PROMETHEUS.matcher(body);
      if (!m.find()) {
        m = JSON.matcher(body);
        if (!m.find()) {
          return -1;
        }
      }
      return (long) Double.parseDouble(m.group(1));
    }

    private long jcmd() {
      try {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(payara.pid()),
            "GC.heap_info").redirectErrorStream(true).start();
        String uit;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          uit = r.lines().reduce("", (a, b) -> a + "\n" + b);
        }
        p.waitFor();
        Matcher m = Pattern.compile("used (\\d+)K").matcher(uit);
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
      } catch (Exception e) {
        return -1;
      }
    }

    public void start() {
      loopt = true;
      draad = new Thread(this, "heap-meter");
      draad.setDaemon(true);
      draad.start();
    }

    public void stop() throws InterruptedException {
      loopt = false;
      draad.join(2000);
    }

    @Override
    public void run() {
      while (loopt) {
        long t = System.nanoTime();
        long v = meet();
        piek.accumulateAndGet(v, Math::max);
        long rest = 200 - (System.nanoTime() - t) / 1_000_000;
        if (rest > 0) {
          try {
            Thread.sleep(rest);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }
  }

  /**
   * Waits until {@code verwacht} files have their answer: a WMO325 in {@code outbox} ({@code *.wmo325.xml}) or a refusal
   * in {@code fout} ({@code *.xml}), logging progress every 15 s; answers the {@link System#nanoTime()} when they were
   * all there, or -1 after {@code timeoutSeconds} from {@code start}. Throws when the app died.
   */
  long wachtOpAntwoorden(long verwacht, Path outbox, Path fout, long start, long timeoutSeconds, HeapMeter heap) throws Exception {
    long grens = start + Duration.ofSeconds(timeoutSeconds).toNanos();
    long laatsteMelding = System.nanoTime();
    while (true) {
      long klaar = tel(outbox, ".wmo325.xml") + tel(fout, ".xml");
      long nu = System.nanoTime();
      if (klaar >= verwacht) {
        return nu;
      }
      if (!leeft()) {
        throw new IllegalStateException("Payara Micro died during the run (exit " + exitValue() + "), see payara.log");
      }
      if (nu > grens) {
        log("timeout: " + klaar + " of " + verwacht + " files answered after " + timeoutSeconds + " s");
        return -1;
      }
      if (nu - laatsteMelding > 15_000_000_000L) {
        laatsteMelding = nu;
        log(String.format(Locale.ROOT, "  %d/%d files answered after %.0f s, peak heap %d MB", klaar, verwacht, (nu - start) / 1e9,
            mb(heap.piek.get())));
      }
      Thread.sleep(100);
    }
  }

  /** Files in {@code map} whose name ends in {@code einde} (hidden ones not counted); 0 when the folder is not there. */
  static long tel(Path map, String einde) throws IOException {
    if (!Files.isDirectory(map)) {
      return 0;
    }
    try (java.util.stream.Stream<Path> s = Files.list(map)) {
      return s.filter(p -> {
        String naam = p.getFileName().toString();
        return naam.endsWith(einde) && !naam.startsWith(".");
      }).count();
    }
  }

  static Connection pg(String hostPort, String database) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/" + database, "postgres", "bench");
    c.setAutoCommit(true);
    return c;
  }

  static long mb(long bytes) {
    return bytes < 0 ? -1 : bytes / (1024 * 1024);
  }

  static void log(String s) {
    System.out.println("[bench] " + s);
  }

  /** CPU time the app's process has used so far (user + system), in seconds; -1 when the OS does not say. */
  public double cpuSeconden() {
    return payara.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
  }

  /**
   * CPU time all PostgreSQL server processes on this machine have used so far (Linux /proc: utime + stime of every
   * process named postgres), in seconds; -1 elsewhere. Only meaningful as a difference over a run.
   */
  public static double postgresCpuSeconden() {
    Path proc = Path.of("/proc");
    if (!java.nio.file.Files.isDirectory(proc)) {
      return -1;
    }
    long ticks = 0;
    try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(proc)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String stat = java.nio.file.Files.readString(p.resolve("stat"));
          int eind = stat.lastIndexOf(')');
          if (!stat.substring(stat.indexOf('(') + 1, eind).startsWith("postgres")) {
            continue;
          }
          String[] velden = stat.substring(eind + 2).split(" ");
          ticks += Long.parseLong(velden[11]) + Long.parseLong(velden[12]) + Long.parseLong(velden[13]) + Long.parseLong(velden[14]);
        } catch (java.io.IOException | RuntimeException weg) {
          // the process ended meanwhile
        }
      }
    } catch (java.io.IOException e) {
      return -1;
    }
    return ticks / 100.0; // USER_HZ is 100 on Linux
  }
}
