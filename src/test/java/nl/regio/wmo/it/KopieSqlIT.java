package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.regio.wmo.infrastructure.persistence.Kopie;
import org.junit.jupiter.api.Test;

/**
 * Lines are written with binary COPY on PostgreSQL (CI's second pass): every value comes back exactly (text whatever
 * characters it holds, bigint, integer, date, boolean, null); a COPY ended halfway and resumed loses and doubles nothing; an abandoned COPY leaves the connection usable.
 * On H2 there is no COPY and the writer falls back to JDBC batches.
 */
class KopieSqlIT {

  private static final String[] LASTIG = {"gewoon", "tab\there", "regel\nnieuw", "cr\rlf\r\n", "back\\slash", "\\N", "", "één €",
      "\uD83D\uDE00 emoji", null};

  private static Connection verbinding() throws SQLException {
    String url = System.getenv().getOrDefault("DB_URL", "jdbc:h2:mem:kopie;MODE=PostgreSQL");
    return url.startsWith("jdbc:postgresql:")
        ? DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "wmo"), System.getenv().getOrDefault("DB_PASSWORD", "wmo"))
        : DriverManager.getConnection(url, "wmo", "wmo");
  }

  @Test
  void elkeWaardeKomtTerugZoalsZeGeschrevenWerd() throws Exception {
    try (Connection c = verbinding()) {
      Kopie kopie = Kopie.voor(c, "kopie_test (nr, tekst, getal, dag, ja)");
      if (!c.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
        assertNull(kopie, "H2 has no COPY: JDBC batches instead");
        return;
      }
      try (Statement s = c.createStatement()) {
        s.execute("create temporary table kopie_test (nr int, tekst varchar(100), getal bigint, dag date, ja boolean)");
      }
      c.setAutoCommit(false);
      int nr = 0;
      for (String waarde : LASTIG) {
        kopie.geheel(nr).tekst(waarde).getal(waarde == null ? null : (long) waarde.length())
            .datum(java.time.LocalDate.of(1999 + nr, 12, 31)).waarheid(nr % 2 == 0).rijKlaar();
        nr++;
      }
      kopie.einde(); // a query in between (the rules need the connection) …
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from kopie_test")) {
        rs.next();
        assertEquals(LASTIG.length, rs.getInt(1));
      }
      for (int i = 0; i < 5000; i++) { // … then more rows, several blocks: a new COPY
        kopie.geheel(nr++).tekst("blok " + i).getal(Long.MIN_VALUE + i).datum(java.time.LocalDate.of(2026, 10, 1)).waarheid(true).rijKlaar();
      }
      kopie.einde();
      List<String> terug = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select nr, tekst, getal, dag, ja from kopie_test where nr < "
          + LASTIG.length + " order by nr")) {
        while (rs.next()) {
          int i = rs.getInt(1);
          terug.add(rs.getString(2));
          assertEquals(LASTIG[i] == null ? 0 : LASTIG[i].length(), rs.getLong(3));
          assertEquals(java.time.LocalDate.of(1999 + i, 12, 31), rs.getObject(4, java.time.LocalDate.class));
          assertEquals(i % 2 == 0, rs.getBoolean(5));
        }
      }
      assertEquals(Arrays.asList(LASTIG), terug);
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*), min(getal) from kopie_test")) {
        rs.next();
        assertEquals(LASTIG.length + 5000, rs.getInt(1));
        assertEquals(Long.MIN_VALUE, rs.getLong(2));
      }
      c.rollback();
    }
  }

  @Test
  void eenAfgebrokenCopyLaatDeVerbindingBruikbaar() throws Exception {
    try (Connection c = verbinding()) {
      assumeTrue(c.getMetaData().getURL().startsWith("jdbc:postgresql:"), "COPY is PostgreSQL only");
      try (Statement s = c.createStatement()) {
        s.execute("create temporary table kopie_test (nr int, tekst varchar(100), getal bigint, dag date, ja boolean)");
      }
      c.setAutoCommit(false);
      Kopie kopie = Kopie.voor(c, "kopie_test (nr, tekst, getal, dag, ja)");
      for (int i = 0; i < 3000; i++) { // more than a block: a COPY is in progress on the server
        kopie.geheel(i).tekst("x").getal(1L).datum(java.time.LocalDate.of(2026, 1, 1)).waarheid(false).rijKlaar();
      }
      kopie.breekAf();
      c.rollback();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from kopie_test")) {
        rs.next();
        assertEquals(0, rs.getInt(1), "nothing of the abandoned COPY was stored");
      }
    }
  }
}
