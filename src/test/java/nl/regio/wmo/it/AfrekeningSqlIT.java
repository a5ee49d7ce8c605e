package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regio.wmo.application.afrekening.AfrekeningBerekening;
import nl.regio.wmo.application.afrekening.MaandOverzicht;
import nl.regio.wmo.domain.shared.Maand;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The settlement SQL on the real database (H2 in the first pass, PostgreSQL in CI's second), in a schema of its own:
 * table-driven runs with hand-computed totals, late lines, credits after close, a negative balance, a zero run, a
 * crash before commit, and the key that keeps a line out of two runs.
 */
class AfrekeningSqlIT {

  private static final OffsetDateTime NU = OffsetDateTime.of(2026, 11, 5, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final String A = "98000011";
  private static final String B = "98000022";
  private static final String C = "98000033";

  private static String url;
  private Connection c;
  private long volgendeId = 1;

  @BeforeAll
  static void schema() throws SQLException {
    String basis = System.getenv().getOrDefault("DB_URL", "jdbc:h2:mem:x");
    Flyway flyway;
    if (basis.startsWith("jdbc:postgresql:")) {
      url = basis + (basis.contains("?") ? "&" : "?") + "currentSchema=afrekening_sql";
      try (Connection c = DriverManager.getConnection(basis, gebruiker(), wachtwoord()); Statement s = c.createStatement()) {
        s.execute("drop schema if exists afrekening_sql cascade");
        s.execute("create schema afrekening_sql");
      }
      flyway = Flyway.configure().dataSource(url, gebruiker(), wachtwoord()).schemas("afrekening_sql").locations("classpath:db/migration").load();
    } else {
      url = "jdbc:h2:mem:afrekening-sql;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
      flyway = Flyway.configure().dataSource(url, "wmo", "wmo").locations("classpath:db/migration").load();
    }
    flyway.migrate();
  }

  private static String gebruiker() {
    return System.getenv().getOrDefault("DB_USER", "wmo");
  }

  private static String wachtwoord() {
    return System.getenv().getOrDefault("DB_PASSWORD", "wmo");
  }

  @BeforeEach
  void leeg() throws SQLException {
    c = url.startsWith("jdbc:postgresql:") ? DriverManager.getConnection(url, gebruiker(), wachtwoord()) : DriverManager.getConnection(url, "wmo", "wmo");
    try (Statement s = c.createStatement()) {
      for (String t : List.of("afrekening_aanbieder", "afrekening_totaal", "afrekening_declaratie", "afrekening_doorgeschoven", "afrekening",
          "declaratie_regel", "declaratie_nummer_gebruikt", "declaratie", "aanbieder")) {
        s.execute("delete from " + t);
      }
      s.execute("insert into aanbieder (id, agb_code, naam, iban, versie) values (1, '" + A + "', 'Zorg A', 'NL91ABNA0417164300', 0),"
          + " (2, '" + B + "', 'Zorg B', 'NL20INGB0001234567', 0), (3, '" + C + "', 'Zorg C', 'NL02RABO0123456789', 0)");
    }
    c.setAutoCommit(false);
  }

  @AfterEach
  void sluit() throws SQLException {
    c.rollback();
    c.close();
  }

  // ---------- fixtures ----------

  record R(String dc, String gemeente, String categorie, long cent, boolean goed) {}

  static R debet(String gemeente, String categorie, long cent) {
    return new R("D", gemeente, categorie, cent, true);
  }

  static R credit(String gemeente, String categorie, long cent) {
    return new R("C", gemeente, categorie, cent, true);
  }

  static R afgewezen(String gemeente, String categorie, long cent) {
    return new R("D", gemeente, categorie, cent, false);
  }

  /** A stored declaration of {@code agb} for {@code maand} with these lines, as the declaration pipeline leaves it. */
  long declaratie(String agb, String maand, R... regels) throws SQLException {
    long id = volgendeId++;
    Maand m = Maand.parse(maand);
    long toegekend = 0;
    int afgewezen = 0;
    for (R r : regels) {
      if (r.goed()) {
        toegekend += r.dc().equals("D") ? r.cent() : -r.cent();
      } else {
        afgewezen++;
      }
    }
    String status = afgewezen == 0 ? "GEACCEPTEERD" : afgewezen == regels.length ? "AFGEWEZEN" : "GEDEELTELIJK";
    try (PreparedStatement ps = c.prepareStatement("insert into declaratie (id, afzender_agb, ontvanger_gemeente, bericht_identificatie,"
        + " bericht_dagtekening, xsd_basisschema, xsd_bericht, declaratie_nummer, periode_begin, periode_eind, dagtekening,"
        + " totaal_ingediend_cent, totaal_toegekend_cent, status, header_retourcodes, aantal_regels, aantal_afgewezen, kanaal, sha256,"
        + " ontvangen_op, wmo325_identificatie, wmo325_dagtekening)"
        + " values (?, ?, '0321', ?, ?, '1.0.0', '1.0.0', ?, ?, ?, ?, 0, ?, ?, '0200', ?, ?, 'TEST', ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, agb);
      ps.setString(3, "B" + id);
      ps.setDate(4, Date.valueOf(m.eersteDag()));
      ps.setString(5, "D" + id);
      ps.setDate(6, Date.valueOf(m.eersteDag()));
      ps.setDate(7, Date.valueOf(m.laatsteDag()));
      ps.setDate(8, Date.valueOf(m.eersteDag()));
      ps.setLong(9, toegekend);
      ps.setString(10, status);
      ps.setInt(11, regels.length);
      ps.setInt(12, afgewezen);
      ps.setString(13, "sha" + id);
      ps.setObject(14, NU);
      ps.setString(15, "W" + id);
      ps.setDate(16, Date.valueOf(m.eersteDag()));
      ps.executeUpdate();
    }
    int volgnummer = 0;
    for (R r : regels) {
      try (PreparedStatement ps = c.prepareStatement("insert into declaratie_regel (id, declaratie_id, afzender_agb, volgnummer, bsn,"
          + " referentie_nummer, toewijzing_nummer, product_categorie, product_code, begindatum, einddatum, geleverd_volume, eenheid,"
          + " ingediend_bedrag_cent, debet_credit, goedgekeurd, retourcodes, gemeente, toelichting)"
          + " values (?, ?, ?, ?, '999990019', ?, 100001, ?, 'X', ?, ?, 1, '83', ?, ?, ?, ?, ?, '')")) {
        ps.setLong(1, id * 100 + volgnummer);
        ps.setLong(2, id);
        ps.setString(3, agb);
        ps.setInt(4, ++volgnummer);
        ps.setString(5, "R" + id + "-" + volgnummer);
        ps.setString(6, r.categorie());
        ps.setDate(7, Date.valueOf(m.eersteDag()));
        ps.setDate(8, Date.valueOf(m.laatsteDag()));
        ps.setLong(9, r.cent());
        ps.setString(10, r.dc());
        ps.setBoolean(11, r.goed());
        ps.setString(12, r.goed() ? "" : "9346");
        ps.setString(13, r.gemeente());
        ps.executeUpdate();
      }
    }
    return id;
  }

  long run(String maand) throws SQLException {
    return AfrekeningBerekening.maak(c, Maand.parse(maand), "financien1", NU);
  }

  void status(long run, String status) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("update afrekening set status = ? where id = ?")) {
      ps.setString(1, status);
      ps.setLong(2, run);
      ps.executeUpdate();
    }
  }

  long totaal(long run) throws SQLException {
    return getal("select totaal_cent from afrekening where id = " + run);
  }

  Map<String, Long> perAanbieder(long run) throws SQLException {
    return map("select aanbieder_agb, totaal_cent from afrekening_aanbieder where afrekening_id = " + run);
  }

  Map<String, Long> perGemeente(long run) throws SQLException {
    return map("select gemeente || '/' || product_categorie, sum(debet_cent) - sum(credit_cent) from afrekening_totaal where afrekening_id = "
        + run + " group by gemeente, product_categorie");
  }

  Map<String, Long> doorgeschoven(long run) throws SQLException {
    return map("select aanbieder_agb, totaal_cent from afrekening_doorgeschoven where afrekening_id = " + run);
  }

  long getal(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  Map<String, Long> map(String sql) throws SQLException {
    Map<String, Long> m = new TreeMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        m.put(rs.getString(1), rs.getLong(2));
      }
    }
    return m;
  }

  // ---------- cases ----------

  @Test
  @DisplayName("AF-LAAT: several providers and municipalities, a late line for an earlier month in, a later month out, rejected lines out")
  void eenMaand() throws SQLException {
    declaratie(A, "2026-10", debet("0321", "02", 10000), debet("0356", "07", 2550), afgewezen("0321", "02", 9999));
    declaratie(B, "2026-10", debet("1961", "07", 4001), debet("1961", "08", 1999));
    declaratie(A, "2026-09", debet("0321", "02", 300));
    declaratie(C, "2026-11", debet("0356", "02", 7000));
    declaratie(C, "2026-10", afgewezen("0356", "02", 500));

    long okt = run("2026-10");

    assertEquals(18850, totaal(okt)); // 10000 + 2550 + 4001 + 1999 + 300
    assertEquals(Map.of(A, 12850L, B, 6000L), perAanbieder(okt));
    assertEquals(Map.of("0321/02", 10300L, "0356/07", 2550L, "1961/07", 4001L, "1961/08", 1999L), perGemeente(okt));
    assertEquals(3, getal("select aantal_declaraties from afrekening where id = " + okt));
    assertEquals(5, getal("select aantal_regels from afrekening where id = " + okt));
    assertEquals(totaal(okt), perGemeente(okt).values().stream().mapToLong(Long::longValue).sum(), "municipality charges add up to the run");
    assertEquals("Zorg A|NL91ABNA0417164300", tekst("select naam || '|' || iban from afrekening_aanbieder where aanbieder_agb = '" + A + "'"));
  }

  @Test
  @DisplayName("AF-EENMAAL, AF-NEGATIEF, TR323: a credit after the run closed lands in a later run; a negative balance waits for debits")
  void creditNaAfsluiten() throws SQLException {
    declaratie(A, "2026-10", debet("0321", "02", 10000));
    declaratie(C, "2026-10", debet("0356", "07", 2000));
    long okt = run("2026-10");
    status(okt, "BETAALD");
    assertEquals(12000, totaal(okt));

    // November: A credits October's 10000 and declares 9000 -> net -1000: A waits; C's 7000 is paid
    declaratie(A, "2026-10", credit("0321", "02", 10000));
    declaratie(A, "2026-11", debet("0321", "02", 9000));
    declaratie(C, "2026-11", debet("0356", "07", 7000));
    long nov = run("2026-11");
    assertEquals(7000, totaal(nov));
    assertEquals(Map.of(C, 7000L), perAanbieder(nov));
    assertEquals(Map.of(A, -1000L), doorgeschoven(nov));
    assertEquals(12000, totaal(okt), "the closed run is unchanged");
    status(nov, "BETAALD");

    // December: A declares 2000 more -> -10000 + 9000 + 2000 = 1000, with the credit shown as a negative line
    declaratie(A, "2026-12", debet("0321", "02", 2000));
    long dec = run("2026-12");
    assertEquals(1000, totaal(dec));
    assertEquals(11000, getal("select debet_cent from afrekening where id = " + dec));
    assertEquals(10000, getal("select credit_cent from afrekening where id = " + dec));
    assertEquals(Map.of("0321/02", 1000L), perGemeente(dec));

    // every declaration is in exactly one run
    assertEquals(0, getal("select count(*) from declaratie d where d.status <> 'AFGEWEZEN'"
        + " and (select count(*) from afrekening_declaratie x where x.declaratie_id = d.id) <> 1"));
  }

  @Test
  @DisplayName("AF-EENMAAL: the database refuses a declaration in two runs")
  void nooitInTweeRuns() throws SQLException {
    long d = declaratie(A, "2026-10", debet("0321", "02", 10000));
    long okt = run("2026-10");
    long nov = run("2026-11");
    assertEquals(0, totaal(nov), "the November run finds nothing open");
    SQLException fout = assertThrows(SQLException.class, () -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("insert into afrekening_declaratie (declaratie_id, afrekening_id, aanbieder_agb) values (" + d + ", " + nov + ", '" + A + "')");
      }
    });
    assertEquals("23505", fout.getSQLState());
    assertTrue(okt != nov);
  }

  @Test
  @DisplayName("A zero run: nothing open gives a run of 0 with no providers")
  void nulRun() throws SQLException {
    declaratie(A, "2026-10", afgewezen("0321", "02", 10000));
    long okt = run("2026-10");
    assertEquals(0, totaal(okt));
    assertEquals(Map.of(), perAanbieder(okt));
    assertEquals(0, getal("select aantal_declaraties from afrekening where id = " + okt));
  }

  @Test
  @DisplayName("Recomputing is deterministic and takes lines accepted since; killed before commit leaves nothing and a restart gives the same")
  void herberekenEnCrash() throws SQLException {
    declaratie(A, "2026-10", debet("0321", "02", 10000), credit("0321", "02", 2500));
    declaratie(B, "2026-10", debet("1961", "07", 4001));
    c.commit();

    // a "crash": the run is computed, then the connection dies before commit
    Connection weg = nieuweVerbinding();
    weg.setAutoCommit(false);
    AfrekeningBerekening.maak(weg, Maand.parse("2026-10"), "financien1", NU);
    weg.close();
    assertEquals(0, getal("select count(*) from afrekening"));
    assertEquals(0, getal("select count(*) from afrekening_declaratie"));

    long okt = run("2026-10");
    Map<String, Long> eerst = perAanbieder(okt);
    assertEquals(Map.of(A, 7500L, B, 4001L), eerst);
    AfrekeningBerekening.bereken(c, okt, Maand.parse("2026-10"), NU);
    assertEquals(eerst, perAanbieder(okt));
    assertEquals(List.of(1L, 2L), declaraties(okt));

    declaratie(C, "2026-10", debet("0356", "07", 99));
    AfrekeningBerekening.bereken(c, okt, Maand.parse("2026-10"), NU);
    assertEquals(11600, totaal(okt));
  }

  @Test
  @DisplayName("Month overview: declared (all lines, credits negative), accepted (good lines), settled (in an approved or paid run only)")
  void maandoverzicht() throws SQLException {
    declaratie(A, "2026-10", debet("0321", "02", 10000), afgewezen("0321", "02", 999), debet("0356", "07", 2550));
    declaratie(B, "2026-10", debet("0321", "02", 4001));
    long okt = run("2026-10");
    status(okt, "GOEDGEKEURD");
    declaratie(A, "2026-10", credit("0321", "02", 2500));
    declaratie(C, "2026-11", debet("0356", "07", 7000), afgewezen("0356", "07", 1));
    run("2026-11"); // CONCEPT: accepted but not settled
    declaratie(A, "2025-10", debet("0321", "02", 123)); // another year

    Map<String, List<Long>> rijen = new TreeMap<>();
    for (MaandOverzicht.Rij r : MaandOverzicht.werkelijk(c, 2026, null)) {
      rijen.put(r.maand() + "/" + r.gemeente() + "/" + r.categorie(), List.of(r.gedeclareerdCent(), r.geaccepteerdCent(), r.afgerekendCent()));
    }
    assertEquals(Map.of(
        // 10000 + 999 (rejected) + 4001 - 2500 (credit, not yet in a run) declared; 10000 + 4001 - 2500 accepted; 10000 + 4001 settled
        "2026-10/0321/02", List.of(12500L, 11501L, 14001L),
        "2026-10/0356/07", List.of(2550L, 2550L, 2550L),
        // the November run is a CONCEPT: nothing settled
        "2026-11/0356/07", List.of(7001L, 7000L, 0L)), rijen);

    List<MaandOverzicht.Rij> houten = MaandOverzicht.werkelijk(c, 2026, "0321");
    assertEquals(1, houten.size());
    assertEquals(12500L, houten.get(0).gedeclareerdCent());
    assertEquals(List.of(), MaandOverzicht.werkelijk(c, 2024, null));
  }

  private List<Long> declaraties(long run) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select declaratie_id from afrekening_declaratie where afrekening_id = " + run + " order by 1")) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  private Connection nieuweVerbinding() throws SQLException {
    return url.startsWith("jdbc:postgresql:") ? DriverManager.getConnection(url, gebruiker(), wachtwoord()) : DriverManager.getConnection(url, "wmo", "wmo");
  }

  private String tekst(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  static LocalDate dag(String s) {
    return LocalDate.parse(s);
  }
}
