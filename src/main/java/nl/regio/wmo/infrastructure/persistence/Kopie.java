package nl.regio.wmo.infrastructure.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed into PostgreSQL with {@code COPY … FROM STDIN} (text format), in the caller's transaction: the
 * server stores them while the caller produces the next ones. The COPY starts with the first block of rows and
 * ends with {@link #einde()} (every row stored, a refused row reported there); a row after that starts a new
 * COPY. Values are escaped as the text format requires (backslash, tab, newline, carriage return; null is
 * {@code \N}). Not thread-safe; one per statement.
 */
public final class Kopie {

  private static final int BLOK = 1 << 16;

  private final CopyManager api;
  private final String sql;
  private final StringBuilder rijen = new StringBuilder(BLOK + 8192);
  private boolean eersteVeld = true;
  private CopyIn bezig;

  private Kopie(CopyManager api, String sql) {
    this.api = api;
    this.sql = sql;
  }

  /** A COPY for {@code sql} on this connection, or null when the database is not PostgreSQL. */
  public static Kopie voor(Connection c, String sql) throws SQLException {
    if (!c.isWrapperFor(PGConnection.class)) {
      return null;
    }
    return new Kopie(c.unwrap(PGConnection.class).getCopyAPI(), sql);
  }

  public Kopie tekst(String waarde) {
    scheiding();
    if (waarde == null) {
      rijen.append("\\N");
      return this;
    }
    for (int i = 0; i < waarde.length(); i++) {
      char t = waarde.charAt(i);
      switch (t) {
        case '\\' -> rijen.append("\\\\");
        case '\t' -> rijen.append("\\t");
        case '\n' -> rijen.append("\\n");
        case '\r' -> rijen.append("\\r");
        default -> rijen.append(t);
      }
    }
    return this;
  }

  public Kopie getal(long waarde) {
    scheiding();
    rijen.append(waarde);
    return this;
  }

  public Kopie getal(Long waarde) {
    return waarde == null ? tekst(null) : getal(waarde.longValue());
  }

  /** Ends the row; sends a block to the server when enough rows are waiting. */
  public void rijKlaar() throws SQLException {
    rijen.append('\n');
    eersteVeld = true;
    if (rijen.length() >= BLOK) {
      verstuur();
    }
  }

  /** Sends what is waiting and ends the COPY: the rows are stored (or the database's error is thrown here). */
  public void einde() throws SQLException {
    verstuur();
    if (bezig != null) {
      CopyIn klaar = bezig;
      bezig = null;
      klaar.endCopy();
    }
  }

  /** Abandons a COPY in progress (after a failure), so the connection can be used (and rolled back) again. */
  public void breekAf() {
    rijen.setLength(0);
    eersteVeld = true;
    if (bezig != null) {
      CopyIn weg = bezig;
      bezig = null;
      try {
        if (weg.isActive()) {
          weg.cancelCopy();
        }
      } catch (SQLException e) {
        // the transaction fails anyway; the connection reports its own state to the pool
      }
    }
  }

  private void verstuur() throws SQLException {
    if (rijen.length() == 0) {
      return;
    }
    if (bezig == null) {
      bezig = api.copyIn(sql);
    }
    byte[] blok = rijen.toString().getBytes(StandardCharsets.UTF_8);
    rijen.setLength(0);
    bezig.writeToCopy(blok, 0, blok.length);
  }

  private void scheiding() {
    if (eersteVeld) {
      eersteVeld = false;
    } else {
      rijen.append('\t');
    }
  }
}
