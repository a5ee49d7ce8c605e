package nl.regio.wmo.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows streamed into PostgreSQL with {@code COPY … FROM STDIN (FORMAT binary)}, in the caller's transaction: the
 * server stores them while the caller produces the next ones. The COPY starts with the first block of rows and ends
 * with {@link #einde()} (every row stored, a refused row reported there); a row after that starts a new COPY. The
 * binary format spares both sides turning numbers and dates into text and back; each value is written with the type of
 * its column ({@link #getal} bigint, {@link #geheel} integer, {@link #datum} date, {@link #waarheid} boolean,
 * {@link #tekst} varchar), in the order of the statement's columns. Not thread-safe; one per statement.
 */
public final class Kopie {

  private static final int BLOK = 1 << 16;
  private static final byte[] KOP = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
  /** PostgreSQL counts dates from 2000-01-01. */
  private static final long PG_EPOCH_DAG = LocalDate.of(2000, 1, 1).toEpochDay();

  private final CopyManager api;
  private final String sql;
  private final short kolommen;
  private byte[] buffer = new byte[BLOK + 8192];
  private int lengte;
  private boolean eersteVeld = true;
  private CopyIn bezig;

  private Kopie(CopyManager api, String sql, int kolommen) {
    this.api = api;
    this.sql = sql;
    this.kolommen = (short) kolommen;
  }

  /**
   * A binary COPY on this connection, or null when the database is not PostgreSQL.
   *
   * @param tabelEnKolommen e.g. {@code "declaratie_regel (id, bsn)"}
   */
  public static Kopie voor(Connection c, String tabelEnKolommen) throws SQLException {
    if (!c.isWrapperFor(PGConnection.class)) {
      return null;
    }
    String kolommen = tabelEnKolommen.substring(tabelEnKolommen.indexOf('(') + 1, tabelEnKolommen.lastIndexOf(')'));
    return new Kopie(c.unwrap(PGConnection.class).getCopyAPI(), "COPY " + tabelEnKolommen + " FROM STDIN (FORMAT binary)",
        kolommen.split(",").length);
  }

  /** A varchar or text value (UTF-8), or null. */
  public Kopie tekst(String waarde) {
    veld();
    if (waarde == null) {
      int32(-1);
      return this;
    }
    plaats(4 + 3 * waarde.length());
    int begin = lengte;
    lengte = utf8(waarde, buffer, begin + 4);
    int bytes = lengte - begin - 4;
    buffer[begin] = (byte) (bytes >>> 24);
    buffer[begin + 1] = (byte) (bytes >>> 16);
    buffer[begin + 2] = (byte) (bytes >>> 8);
    buffer[begin + 3] = (byte) bytes;
    return this;
  }

  /**
   * Encodes {@code s} as UTF-8 into {@code doel} from {@code plek} (room for 3 bytes per char), with exactly the bytes
   * of {@code s.getBytes(UTF_8)}: a surrogate pair is one 4-byte sequence, an unpaired surrogate becomes {@code ?}. No
   * intermediate array: most text here is ASCII, and an explanation with a euro sign would otherwise be encoded into a
   * new array and copied, for every line.
   *
   * @return the position after the last byte written
   */
  static int utf8(String s, byte[] doel, int plek) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char t = s.charAt(i);
      if (t < 0x80) {
        doel[plek++] = (byte) t;
      } else if (t < 0x800) {
        doel[plek++] = (byte) (0xC0 | (t >> 6));
        doel[plek++] = (byte) (0x80 | (t & 0x3F));
      } else if (!Character.isSurrogate(t)) {
        doel[plek++] = (byte) (0xE0 | (t >> 12));
        doel[plek++] = (byte) (0x80 | ((t >> 6) & 0x3F));
        doel[plek++] = (byte) (0x80 | (t & 0x3F));
      } else if (Character.isHighSurrogate(t) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int c = Character.toCodePoint(t, s.charAt(++i));
        doel[plek++] = (byte) (0xF0 | (c >> 18));
        doel[plek++] = (byte) (0x80 | ((c >> 12) & 0x3F));
        doel[plek++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        doel[plek++] = (byte) (0x80 | (c & 0x3F));
      } else {
        doel[plek++] = '?';
      }
    }
    return plek;
  }

  /** A bigint. */
  public Kopie getal(long waarde) {
    veld();
    plaats(12);
    int32(8);
    int32((int) (waarde >>> 32));
    int32((int) waarde);
    return this;
  }

  /** A bigint, or null. */
  public Kopie getal(Long waarde) {
    if (waarde == null) {
      veld();
      plaats(4);
      int32(-1);
      return this;
    }
    return getal(waarde.longValue());
  }

  /** An integer. */
  public Kopie geheel(int waarde) {
    veld();
    plaats(8);
    int32(4);
    int32(waarde);
    return this;
  }

  /** A date. */
  public Kopie datum(LocalDate waarde) {
    veld();
    plaats(8);
    int32(4);
    int32(Math.toIntExact(waarde.toEpochDay() - PG_EPOCH_DAG));
    return this;
  }

  /** A boolean. */
  public Kopie waarheid(boolean waarde) {
    veld();
    plaats(5);
    int32(1);
    buffer[lengte++] = (byte) (waarde ? 1 : 0);
    return this;
  }

  /** Ends the row; sends a block to the server when enough rows are waiting. */
  public void rijKlaar() throws SQLException {
    eersteVeld = true;
    if (lengte >= BLOK) {
      verstuur();
    }
  }

  /** Sends what is waiting and ends the COPY: the rows are stored (or the database's error is thrown here). */
  public void einde() throws SQLException {
    verstuur();
    if (bezig != null) {
      CopyIn klaar = bezig;
      bezig = null;
      byte[] slot = {(byte) 0xFF, (byte) 0xFF}; // the trailer: a field count of -1
      klaar.writeToCopy(slot, 0, 2);
      klaar.endCopy();
    }
  }

  /** Abandons a COPY in progress (after a failure), so the connection can be used (and rolled back) again. */
  public void breekAf() {
    lengte = 0;
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
    if (lengte == 0) {
      return;
    }
    if (bezig == null) {
      bezig = api.copyIn(sql);
      bezig.writeToCopy(KOP, 0, KOP.length);
    }
    bezig.writeToCopy(buffer, 0, lengte);
    lengte = 0;
  }

  /** Before a value: a new row starts with its number of fields. */
  private void veld() {
    if (eersteVeld) {
      eersteVeld = false;
      plaats(2);
      buffer[lengte++] = (byte) (kolommen >>> 8);
      buffer[lengte++] = (byte) kolommen;
    }
  }

  private void plaats(int nodig) {
    if (lengte + nodig > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, lengte + nodig));
    }
  }

  private void int32(int waarde) {
    buffer[lengte++] = (byte) (waarde >>> 24);
    buffer[lengte++] = (byte) (waarde >>> 16);
    buffer[lengte++] = (byte) (waarde >>> 8);
    buffer[lengte++] = (byte) waarde;
  }
}
