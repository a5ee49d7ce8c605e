package nl.regio.wmo.bench;

import static nl.regio.wmo.bench.BenchApp.log;
import static nl.regio.wmo.bench.BenchApp.mb;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * Benchmark of the monthly settlement run against PostgreSQL: N accepted declaration lines (in declarations of
 * {@code bench.linesPerDeclaration}, four demo providers, five municipalities, four categories, 5 % credits, 10 %
 * late lines for the month before) are generated in SQL, then the real app settles the month
 * ({@code POST /api/afrekeningen} as financien1) while its heap is polled; the bare SQL aggregate of the same lines
 * (per provider × municipality × category) is timed in the same run, on the same data, warm.
 *
 * <p>System properties: {@code n} (default 100000), {@code bench.linesPerDeclaration} (default 1000), {@code bench.db}
 * (default wmo_bench_afr), {@code bench.pg} (host:port), {@code bench.dir} (project dir).
 */
public final class AfrekeningBenchmark {

  private final long n = Long.getLong("n", 100_000);
  private final int perDeclaratie = Integer.getInteger("bench.linesPerDeclaration", 1000);
  private final String db = System.getProperty("bench.db", "wmo_bench_afr");
  private final String pg = System.getProperty("bench.pg", "127.0.0.1:5432");
  private final Path project = Path.of(System.getProperty("bench.dir", System.getProperty("user.dir"))).toAbsolutePath();
  private BenchApp app;

  private static final String AGGREGAAT = "select d.afzender_agb, coalesce(r.gemeente, d.ontvanger_gemeente), r.product_categorie, count(*),"
      + " sum(case when r.debet_credit = 'D' then r.ingediend_bedrag_cent else 0 end),"
      + " sum(case when r.debet_credit = 'C' then r.ingediend_bedrag_cent else 0 end)"
      + " from declaratie_regel r join declaratie d on d.id = r.declaratie_id"
      + " where d.status in ('GEACCEPTEERD', 'GEDEELTELIJK') and d.periode_begin <= date '2026-10-01' and r.goedgekeurd"
      + " group by 1, 2, 3";

  public static void main(String[] args) throws Exception {
    AfrekeningBenchmark b = new AfrekeningBenchmark();
    BenchApp.draai(b::run, b::stop);
  }

  synchronized void stop() {
    if (app != null) {
      app.stop();
    }
  }

  void run() throws Exception {
    Path werk = Files.createTempDirectory("wmo-bench-afr-");
    log("work dir " + werk + ", N = " + n);
    app = BenchApp.opNieuweDatabase(project, werk, pg, db);

    long t = System.nanoTime();
    genereer();
    log(String.format(Locale.ROOT, "generated %d lines in %.1f s (SQL), vacuum analyzed", n, (System.nanoTime() - t) / 1e9));

    // the bare aggregate: once to warm the cache, then the median of three
    double[] kaal = new double[3];
    long kaalTotaal = 0;
    try (Connection c = BenchApp.pg(pg, db); Statement s = c.createStatement()) {
      kaalTotaal = aggregaat(s);
      for (int i = 0; i < kaal.length; i++) {
        long t0 = System.nanoTime();
        aggregaat(s);
        kaal[i] = (System.nanoTime() - t0) / 1e9;
      }
    }
    Arrays.sort(kaal);

    BenchApp.HeapMeter heap = app.heapMeter();
    log("heap measured with: " + heap.methode + ", at rest " + mb(heap.meet()) + " MB");
    heap.start();
    long t1 = System.nanoTime();
    HttpResponse<String> h = app.post("/api/afrekeningen", "financien1", "{\"maand\":\"2026-10\"}");
    double run = (System.nanoTime() - t1) / 1e9;
    if (h.statusCode() != 201) {
      throw new IllegalStateException("POST /api/afrekeningen: HTTP " + h.statusCode() + " " + h.body());
    }
    long id = getal(h.body(), "id");
    long t2 = System.nanoTime();
    HttpResponse<String> her = app.post("/api/afrekeningen/" + id + "/herberekening", "financien1", "");
    double herberekening = (System.nanoTime() - t2) / 1e9;
    heap.stop();
    if (her.statusCode() != 200) {
      throw new IllegalStateException("herberekening: HTTP " + her.statusCode() + " " + her.body());
    }
    long runTotaal = getal(h.body(), "totaalCent");
    long regels = getal(h.body(), "aantalRegels");

    String r = String.join("\n", "",
        "=== Settlement run benchmark ===",
        String.format(Locale.ROOT, "N (accepted lines)        %d in %d declarations", n, (n + perDeclaratie - 1) / perDeclaratie),
        String.format(Locale.ROOT, "settlement run            %.2f s (POST /api/afrekeningen, HTTP + transaction included)", run),
        String.format(Locale.ROOT, "recompute                 %.2f s (POST /herberekening)", herberekening),
        String.format(Locale.ROOT, "bare SQL aggregate        %.2f s (median of 3, warm; min %.2f, max %.2f)", kaal[1], kaal[0], kaal[2]),
        String.format(Locale.ROOT, "ratio run / aggregate     %.2f   (recompute / aggregate %.2f)", run / kaal[1], herberekening / kaal[1]),
        String.format(Locale.ROOT, "peak heap                 %d MB (%s, every 200 ms; -Xmx512m)", mb(heap.piek.get()), heap.methode),
        String.format(Locale.ROOT, "run: %d lines, total %d cent; bare aggregate total %d cent (%s)", regels, runTotaal, kaalTotaal,
            runTotaal == kaalTotaal && regels == n ? "equal" : "DIFFERENT"),
        String.format(Locale.ROOT, "target at N=1,000,000: run ≤ 3 × aggregate (%s), heap ≤ 512 MB (%s)",
            run <= 3 * kaal[1] ? "met" : "NOT met", heap.piek.get() <= 512L * 1024 * 1024 ? "met" : "NOT met"),
        "");
    System.out.println(r);
  }

  /** N accepted lines, generated in the database the way the declaration pipeline stores them. */
  private void genereer() throws SQLException {
    long declaraties = (n + perDeclaratie - 1) / perDeclaratie;
    try (Connection c = BenchApp.pg(pg, db); Statement s = c.createStatement()) {
      s.execute("insert into declaratie (id, afzender_agb, ontvanger_gemeente, bericht_identificatie, bericht_dagtekening, xsd_basisschema,"
          + " xsd_bericht, declaratie_nummer, periode_begin, periode_eind, dagtekening, totaal_ingediend_cent, totaal_toegekend_cent,"
          + " status, header_retourcodes, aantal_regels, aantal_afgewezen, kanaal, sha256, ontvangen_op, wmo325_identificatie,"
          + " wmo325_dagtekening)"
          + " select g, (array['98000011','98000022','98000033','98000044'])[1 + g % 4], '0321', 'B' || g, date '2026-11-01', '1.0.0',"
          + " '1.0.0', 'D' || g, case when g % 10 = 0 then date '2026-09-01' else date '2026-10-01' end,"
          + " case when g % 10 = 0 then date '2026-09-30' else date '2026-10-31' end, date '2026-11-01', 0, 0, 'GEACCEPTEERD', '0200',"
          + " 0, 0, 'BENCH', md5(g::text), now(), 'W' || g, date '2026-11-02' from generate_series(1, " + declaraties + ") g");
      s.execute("insert into declaratie_regel (id, declaratie_id, afzender_agb, volgnummer, bsn, referentie_nummer, toewijzing_nummer,"
          + " product_categorie, product_code, begindatum, einddatum, geleverd_volume, eenheid, product_tarief_cent,"
          + " ingediend_bedrag_cent, debet_credit, goedgekeurd, retourcodes, gemeente, toelichting)"
          + " select g, d, (array['98000011','98000022','98000033','98000044'])[1 + d % 4], g, '999990019', 'R' || g,"
          + " 100000 + g % 5000, (array['02','03','07','08'])[1 + g % 4], '07A01', date '2026-10-01', date '2026-10-31', 4, '16',"
          + " 5000 + g % 977, 4 * (5000 + g % 977), case when g % 20 = 0 then 'C' else 'D' end, true, '',"
          + " (array['0321','0353','0331','0356','1961'])[1 + g % 5], ''"
          + " from (select g, (g - 1) / " + perDeclaratie + " + 1 as d from generate_series(1, " + n + ") g) x");
      s.execute("update declaratie d set aantal_regels = x.aantal, totaal_ingediend_cent = x.som, totaal_toegekend_cent = x.som"
          + " from (select declaratie_id, count(*) aantal, sum(case when debet_credit = 'D' then ingediend_bedrag_cent"
          + " else -ingediend_bedrag_cent end) som from declaratie_regel group by declaratie_id) x where x.declaratie_id = d.id");
      s.execute("vacuum analyze declaratie");
      s.execute("vacuum analyze declaratie_regel");
    }
  }

  private static long aggregaat(Statement s) throws SQLException {
    long totaal = 0;
    try (ResultSet rs = s.executeQuery(AGGREGAAT)) {
      while (rs.next()) {
        totaal += rs.getLong(5) - rs.getLong(6);
      }
    }
    return totaal;
  }

  private static long getal(String json, String veld) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readObject().getJsonNumber(veld).longValue();
    }
  }
}
