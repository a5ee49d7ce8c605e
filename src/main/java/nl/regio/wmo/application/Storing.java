package nl.regio.wmo.application;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells a passing technical fault (the database is down or restarting, the pool has no connection free, the
 * disk of the inbox or outbox is not writable now) from an error in the input or in the code. A passing fault is
 * retried: REST answers 503 with {@code Retry-After}, a file channel keeps the file in its inbox and tries again
 * with back-off. Only the content of a message ever sends a file to {@code fout/}.
 */
public final class Storing {

  private Storing() {}

  /** The JDBC/JPA/pool exception chain shows the database cannot be reached, or no connection is free. */
  public static boolean databaseOnbereikbaar(Throwable fout) {
    for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof java.net.ConnectException
          || t instanceof java.net.SocketException) {
        return true;
      }
      if (t instanceof SQLException s && verbindingsfout(s.getSQLState())) {
        return true;
      }
      String klasse = t.getClass().getName();
      // the container's pool: no connection could be allocated (the database is down or every connection is busy)
      if (klasse.endsWith("PoolingException")
          || klasse.endsWith("ResourceAllocationException")
          || klasse.endsWith("ResourceException") && String.valueOf(t.getMessage()).contains("allocat")) {
        return true;
      }
      if (klasse.equals("org.eclipse.persistence.exceptions.DatabaseException")
          && t.getCause() == null
          && String.valueOf(t.getMessage()).contains("Unable to acquire a connection")) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception), 53300 (too many connections), 57P01–57P03 (the server is shutting
   * down, was shut down, or cannot take connections yet), 55P03 (a lock wait passed lock_timeout), 40001/40P01 (serialization failure, deadlock: try again).
   */
  static boolean verbindingsfout(String sqlState) {
    return sqlState != null
        && (sqlState.startsWith("08")
            || sqlState.equals("53300")
            || sqlState.startsWith("57P0")
            || sqlState.equals("55P03")
            || sqlState.equals("40001")
            || sqlState.equals("40P01"));
  }

  /** The fault is one that passes: the same work, tried again later, can succeed. */
  public static boolean tijdelijk(Throwable fout) {
    return fout instanceof Onbeschikbaar || databaseOnbereikbaar(fout) || heeftOorzaak(fout, Onbeschikbaar.class);
  }

  /**
   * For the file channels: a passing fault ({@link #tijdelijk}) or a disk error reading the inbox or writing the
   * outbox, a report or a reason — the file waits in the inbox and is tried again; never a reason to refuse it.
   */
  public static boolean tijdelijkOfSchijf(Throwable fout) {
    if (fout == null) {
      return false;
    }
    if (tijdelijk(fout)) {
      return true;
    }
    for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
        return true;
      }
    }
    return false;
  }

  private static boolean heeftOorzaak(Throwable fout, Class<? extends Throwable> soort) {
    for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (soort.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The work cannot be done now and nothing of it was applied; try again after {@link #wachtSeconden()}. REST answers
   * 503 (or 429 when {@link #teVeel()}: this caller sent more than it may at once) with {@code Retry-After}.
   */
  public static class Onbeschikbaar extends RuntimeException {
    private final int wachtSeconden;
    private final boolean teVeel;

    public Onbeschikbaar(String bericht, int wachtSeconden, boolean teVeel) {
      super(bericht);
      this.wachtSeconden = wachtSeconden;
      this.teVeel = teVeel;
    }

    public int wachtSeconden() {
      return wachtSeconden;
    }

    /** 429: the caller itself sent too much at once (not the system being unavailable). */
    public boolean teVeel() {
      return teVeel;
    }
  }
}
