package nl.regio.wmo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which faults pass (retry: 503, file kept in the inbox) and which are errors (500, or the content's own answer). */
class StoringTest {

  static Stream<Arguments> fouten() {
    return Stream.of(
        Arguments.of("PostgreSQL down: connection refused", new IllegalStateException(new SQLException("x", "08001")), true),
        Arguments.of("connection lost mid-transaction", new RuntimeException(new RuntimeException(new SQLException("x", "08006"))), true),
        Arguments.of("server shutting down", new SQLException("x", "57P01"), true),
        Arguments.of("server starting", new SQLException("x", "57P03"), true),
        Arguments.of("too many connections", new SQLException("x", "53300"), true),
        Arguments.of("lock_timeout on another instance's lock", new SQLException("x", "55P03"), true),
        Arguments.of("deadlock", new SQLException("x", "40P01"), true),
        Arguments.of("transient connection exception", new SQLTransientConnectionException("x"), true),
        Arguments.of("socket refused", new RuntimeException(new ConnectException("refused")), true),
        Arguments.of("pool could not allocate", new IllegalStateException(new PoolingException("no")), true),
        Arguments.of("our own 503", new Storing.Onbeschikbaar("druk", 5, false), true),
        Arguments.of("wrapped 503", new RuntimeException(new Storing.Onbeschikbaar("druk", 5, false)), true),
        Arguments.of("unique violation is a conflict, not a fault", new SQLException("x", "23505"), false),
        Arguments.of("syntax error is a bug", new SQLException("x", "42601"), false),
        Arguments.of("a bug", new NullPointerException(), false),
        Arguments.of("bad input", OngeldigeInvoerException.van("veld", "fout"), false));
  }

  /** Stands in for the container's pool exception, recognised by its name as in Payara. */
  static class PoolingException extends Exception {
    PoolingException(String m) {
      super(m);
    }
  }

  @ParameterizedTest(name = "{0}: tijdelijk = {2}")
  @MethodSource("fouten")
  void tijdelijkeStoringenWordenHerkend(String geval, Throwable fout, boolean tijdelijk) {
    assertEquals(tijdelijk, Storing.tijdelijk(fout), geval);
  }
}
