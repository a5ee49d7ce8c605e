package nl.regio.wmo.bench;

import static nl.regio.wmo.bench.BenchApp.log;
import static nl.regio.wmo.bench.BenchApp.mb;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.beschikking.Verwachting;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;
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
  private Path werk;

  record Toewijzing(long nummer, String bsn, String gemeente, String agb, String categorie, String code, boolean perKlasse, String eenheid,
      long volume, LocalDate begin, LocalDate eind, Integer klasse, Long offerteCent) {}

  /** One prestatie: a toewijzing in one month. {@code tarief} null for eenheid 83. */
  record Paar(Toewijzing t, LocalDate begin, LocalDate eind, long volume, Long tarief, long bedrag) {}

  record Groep(String agb, String gemeente, Maand maand) {}

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
    Path jar = project.resolve("target/payara-micro.jar");
    Path war = project.resolve("target/wmo-settlement.war");
    if (!Files.exists(jar) || !Files.exists(war)) {
      throw new IllegalStateException("build first: " + jar + " / " + war + " missing (mvn -o -q package -DskipTests)");
    }
    werk = Files.createTempDirectory("wmo-bench-");
    log("work dir " + werk + ", N = " + n);

    // 1. database and app
    try (Connection c = pg("postgres"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + db);
    }
    // the files are moved in whole (atomic rename): no quiet time to wait for
    app = BenchApp.start(jar, war, werk, "jdbc:postgresql://" + pg + "/" + db,
        Map.of("WMO_INBOX", werk.resolve("inbox").toString(), "WMO_OUTBOX", werk.resolve("outbox").toString(), "WMO_INBOX_RUST_MS", "0"));

    // 2. toewijzingen and tariffs
    List<Toewijzing> toewijzingen = leesToewijzingen();
    Map<Groep, List<Paar>> groepen = paren(toewijzingen);
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
    long klaar = wachtOpAntwoorden(bestanden.size(), outbox, fout, start, heap);
    double pipeline = (klaar - start) / 1e9;
    appCpu = app.cpuSeconden() - appCpu;
    pgCpu = BenchApp.postgresCpuSeconden() - pgCpu;
    heap.stop();
    long fouten = tel(fout, ".xml");

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

  // ---------------------------------------------------------------- toewijzingen and prestaties

  private List<Toewijzing> leesToewijzingen() throws SQLException {
    List<Toewijzing> lijst = new ArrayList<>();
    try (Connection c = pg(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "select t.nummer, c.bsn, c.cbs_code, a.agb_code, p.categorie, p.code, p.tarief_per_klasse, t.eenheid, t.volume,"
            + " t.ingangsdatum, t.einddatum, b.klasse, b.offerte_maand_cent, t.reden_wijziging"
            + " from toewijzing t join client c on c.id = t.client_id join aanbieder a on a.id = t.aanbieder_id"
            + " join product p on p.id = t.product_id join beschikking b on b.id = t.beschikking_id order by t.nummer")) {
      while (rs.next()) {
        LocalDate begin = rs.getDate(10).toLocalDate();
        LocalDate eind = rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate();
        if ("13".equals(rs.getString(14)) && begin.equals(eind)) {
          continue; // removed (reden 13): nothing to declare
        }
        lijst.add(new Toewijzing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getBoolean(7), rs.getString(8), rs.getLong(9), begin, eind, (Integer) rs.getObject(12, Integer.class),
            (Long) rs.getObject(13, Long.class)));
      }
    }
    return lijst;
  }

  private final Map<String, OptionalLong> tariefCache = new HashMap<>();

  /** The tariff in force, from the app itself (contract version, else regional). */
  private OptionalLong tarief(String agb, String product, Integer klasse, LocalDate datum) {
    String key = agb + "|" + product + "|" + klasse + "|" + datum;
    return tariefCache.computeIfAbsent(key, k -> {
      try {
        HttpResponse<String> h = app.get("/api/tarieven/geldend?aanbieder=" + agb + "&product=" + product + "&datum=" + datum
            + (klasse == null ? "" : "&klasse=" + klasse), "contractbeheer", "application/json");
        if (h.statusCode() == 404) {
          return OptionalLong.empty();
        }
        Matcher m = Pattern.compile("\"bedragCent\"\\s*:\\s*(\\d+)").matcher(h.body());
        if (h.statusCode() != 200 || !m.find()) {
          throw new IllegalStateException("geldend tarief: " + h.statusCode() + " " + h.body());
        }
        return OptionalLong.of(Long.parseLong(m.group(1)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    });
  }

  /**
   * Every declarable (toewijzing, month) up to the current month, grouped per (provider, gemeente,
   * month). Per week: volume = ⌊days × volume per week / 7⌋ (within IV077's weeks × volume per
   * month, and in sum within the whole toewijzing, TR321/TR322), amount = volume × tariff on the
   * first day. Eenheid 83: the month's amount pro rata of the days (Verwachting), no tariff.
   */
  private Map<Groep, List<Paar>> paren(List<Toewijzing> toewijzingen) {
    Map<Groep, List<Paar>> groepen = new TreeMap<>(Comparator.comparing(Groep::maand).thenComparing(Groep::agb)
        .thenComparing(Groep::gemeente));
    Maand laatste = Maand.van(vandaag);
    int zonderTarief = 0;
    for (Toewijzing t : toewijzingen) {
      Periode periode = t.eind() == null ? Periode.vanaf(t.begin()) : Periode.inclusief(t.begin(), t.eind());
      for (Maand m = Maand.van(t.begin()); m.compareTo(laatste) <= 0 && (t.eind() == null || !m.eersteDag().isAfter(t.eind()));
          m = m.volgende()) {
        Optional<Periode> deel = m.alsPeriode().doorsnede(periode);
        if (deel.isEmpty()) {
          continue;
        }
        Periode binnen = deel.get();
        LocalDate begin = binnen.start();
        LocalDate eind = binnen.einddatumInclusief();
        Paar paar;
        if (t.perKlasse() || "83".equals(t.eenheid())) {
          OptionalLong maandbedrag = t.offerteCent() != null ? OptionalLong.of(t.offerteCent())
              : tarief(t.agb(), t.code(), t.klasse(), begin);
          if (maandbedrag.isEmpty()) {
            zonderTarief++;
            continue;
          }
          long cent = Verwachting.voorMaand(Grondslag.PER_MAAND, null, binnen,
              List.of(new TariefPeriode(binnen, Money.ofCents(maandbedrag.getAsLong()))), m).cent();
          if (cent <= 0) {
            continue;
          }
          paar = new Paar(t, begin, eind, cent, null, cent);
        } else {
          OptionalLong tarief = tarief(t.agb(), t.code(), null, begin);
          if (tarief.isEmpty()) {
            zonderTarief++;
            continue;
          }
          long volume = binnen.dagen() * t.volume() / 7;
          if (volume <= 0) {
            continue;
          }
          paar = new Paar(t, begin, eind, volume, tarief.getAsLong(), volume * tarief.getAsLong());
        }
        groepen.computeIfAbsent(new Groep(t.agb(), t.gemeente(), m), g -> new ArrayList<>()).add(paar);
      }
    }
    if (zonderTarief > 0) {
      log(zonderTarief + " (toewijzing, month) pairs skipped: no tariff in force");
    }
    groepen.values().forEach(l -> l.sort(Comparator.comparing((Paar p) -> p.t().bsn()).thenComparing(p -> p.t().nummer())));
    return groepen;
  }

  /**
   * Round r declares every pair once (the last round only the first ones, up to N). A file holds
   * one round of one group, or with {@code bench.linesPerFile} several consecutive rounds.
   */
  private List<Path> schrijfBestanden(Map<Groep, List<Paar>> groepen, long paren, Path map) throws IOException {
    long rondes = n / paren;
    long rest = n % paren;
    List<Path> bestanden = new ArrayList<>();
    long[] referentie = {0};
    long[] volgnummer = {0};
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
      schrijf(bestand, plan.groep(), nummer, regels, referentie, volgnummer);
      long grootte = Files.size(bestand);
      maxSize = Math.max(maxSize, grootte);
      if (grootte > MAX_BYTES) {
        throw new IllegalStateException(bestand + " is larger than 25 MB; lower bench.linesPerFile");
      }
      bestanden.add(bestand);
    }
    if (referentie[0] != n) {
      throw new IllegalStateException("generated " + referentie[0] + " prestaties, not " + n);
    }
    return bestanden;
  }

  private void schrijf(Path bestand, Groep g, String nummer, List<Paar> regels, long[] referentie, long[] volgnummer) throws IOException {
    // group per client in the order of the list (sorted by BSN per round), as the message requires one Client element per BSN
    Map<String, List<Paar>> perClient = new LinkedHashMap<>();
    for (Paar p : regels) {
      perClient.computeIfAbsent(p.t().bsn(), b -> new ArrayList<>()).add(p);
    }
    long som = regels.stream().mapToLong(Paar::bedrag).sum();
    String dag = vandaag.toString();
    try (BufferedWriter x = Files.newBufferedWriter(bestand, StandardCharsets.UTF_8)) {
      x.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wmo323:Bericht xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\""
          + " xmlns:wmo323=\"http://www.istandaarden.nl/iwmo/3_2/wmo323/schema\">\n<wmo323:Header><wmo323:BerichtCode>484</wmo323:BerichtCode>"
          + "<wmo323:BerichtVersie>3</wmo323:BerichtVersie><wmo323:BerichtSubversie>2</wmo323:BerichtSubversie>");
      x.write("<wmo323:Afzender>" + g.agb() + "</wmo323:Afzender><wmo323:Ontvanger>" + g.gemeente() + "</wmo323:Ontvanger>"
          + "<wmo323:BerichtIdentificatie><iwmo:Identificatie>" + nummer + "</iwmo:Identificatie><iwmo:Dagtekening>" + dag
          + "</iwmo:Dagtekening></wmo323:BerichtIdentificatie><wmo323:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>"
          + "<iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></wmo323:XsdVersie></wmo323:Header>\n");
      x.write("<wmo323:Declaratie><wmo323:DeclaratieNummer>" + nummer + "</wmo323:DeclaratieNummer><wmo323:DeclaratiePeriode><iwmo:Begindatum>"
          + g.maand().eersteDag() + "</iwmo:Begindatum><iwmo:Einddatum>" + g.maand().laatsteDag() + "</iwmo:Einddatum></wmo323:DeclaratiePeriode>"
          + "<wmo323:DeclaratieDagtekening>" + dag + "</wmo323:DeclaratieDagtekening><wmo323:TotaalIngediendBedrag><iwmo:TotaalBedrag>" + som
          + "</iwmo:TotaalBedrag><iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:TotaalIngediendBedrag>\n<wmo323:Clienten>\n");
      for (Map.Entry<String, List<Paar>> c : perClient.entrySet()) {
        x.write("<wmo323:Client><wmo323:Bsn>" + c.getKey() + "</wmo323:Bsn><wmo323:Prestaties>\n");
        for (Paar p : c.getValue()) {
          String ref = "BR" + (++referentie[0]);
          StringBuilder s = new StringBuilder(640);
          s.append("<wmo323:Prestatie><wmo323:ProductReferentie><iwmo:ReferentieNummer>").append(ref)
              .append("</iwmo:ReferentieNummer></wmo323:ProductReferentie><wmo323:ToewijzingNummer>").append(p.t().nummer())
              .append("</wmo323:ToewijzingNummer><wmo323:ProductCategorie>").append(p.t().categorie()).append("</wmo323:ProductCategorie>")
              .append("<wmo323:ProductCode>").append(p.t().code()).append("</wmo323:ProductCode><wmo323:ProductPeriode><iwmo:Begindatum>")
              .append(p.begin()).append("</iwmo:Begindatum><iwmo:Einddatum>").append(p.eind()).append("</iwmo:Einddatum></wmo323:ProductPeriode>")
              .append("<wmo323:GeleverdVolume>").append(p.volume()).append("</wmo323:GeleverdVolume><wmo323:Eenheid>").append(p.t().eenheid())
              .append("</wmo323:Eenheid>");
          if (p.tarief() != null) {
            s.append("<wmo323:ProductTarief>").append(p.tarief()).append("</wmo323:ProductTarief>");
          }
          s.append("<wmo323:IngediendBedrag><iwmo:Bedrag>").append(p.bedrag()).append("</iwmo:Bedrag><iwmo:DebetCredit>D</iwmo:DebetCredit>")
              .append("</wmo323:IngediendBedrag></wmo323:Prestatie>\n");
          x.write(s.toString());
        }
        x.write("</wmo323:Prestaties></wmo323:Client>\n");
      }
      x.write("</wmo323:Clienten></wmo323:Declaratie></wmo323:Bericht>\n");
    }
  }

  // ---------------------------------------------------------------- waiting and the heap

  private long wachtOpAntwoorden(int verwacht, Path outbox, Path fout, long start, BenchApp.HeapMeter heap) throws Exception {
    long grens = start + Duration.ofSeconds(timeoutSeconds).toNanos();
    long laatsteMelding = System.nanoTime();
    while (true) {
      long klaar = tel(outbox, ".wmo325.xml") + tel(fout, ".xml");
      long nu = System.nanoTime();
      if (klaar >= verwacht) {
        return nu;
      }
      if (!app.leeft()) {
        throw new IllegalStateException("Payara Micro died during the run (exit " + app.exitValue() + "), see payara.log");
      }
      if (nu > grens) {
        throw new IllegalStateException("timeout: " + klaar + " of " + verwacht + " files answered after " + timeoutSeconds + " s");
      }
      if (nu - laatsteMelding > 15_000_000_000L) {
        laatsteMelding = nu;
        log(String.format(Locale.ROOT, "  %d/%d files answered after %.0f s, peak heap %d MB", klaar, verwacht, (nu - start) / 1e9,
            mb(heap.piek.get())));
      }
      Thread.sleep(100);
    }
  }

  private static long tel(Path map, String einde) throws IOException {
    if (!Files.isDirectory(map)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(map)) {
      return s.filter(p -> {
        String naam = p.getFileName().toString();
        return naam.endsWith(einde) && !naam.startsWith(".");
      }).count();
    }
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
