package nl.regio.wmo.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.stream.Stream;
import nl.regio.wmo.application.Storing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A passing fault is 503 (or 429) with Retry-After, also inside wrappers; anything else is not one. */
class ProbleemMappersTest {

  private static final String DB = ProbleemMappers.DATABASE_WEG;

  static Stream<Arguments> fouten() {
    Storing.Onbeschikbaar vol = new Storing.Onbeschikbaar("Er lopen al 4 uploads van u; probeer het over 7 seconden opnieuw.", 7, true);
    Storing.Onbeschikbaar weg = new Storing.Onbeschikbaar("De outbox is niet schrijfbaar.", 30, false);
    return Stream.of(
        Arguments.of("Onbeschikbaar, te veel: 429", vol, 429, vol.getMessage(), 7),
        Arguments.of("Onbeschikbaar: 503", weg, 503, weg.getMessage(), 30),
        Arguments.of("Onbeschikbaar in a wrapper", new IllegalStateException("tx", new RuntimeException(vol)), 429, vol.getMessage(), 7),
        Arguments.of("Onbeschikbaar without a wait: at least 1 s", new Storing.Onbeschikbaar("nu niet", 0, false), 503, "nu niet", 1),
        Arguments.of("no connection from the pool", new RuntimeException(new SQLTransientConnectionException("pool")), 503, DB, 10),
        Arguments.of("connection refused deep down", new RollbackException("x") {{ initCause(new RuntimeException(new ConnectException())); }}, 503, DB, 10),
        Arguments.of("SQLSTATE 08001", new SQLException("no", "08001"), 503, DB, 10),
        Arguments.of("SQLSTATE 57P01 (shutting down)", new RuntimeException(new SQLException("admin", "57P01")), 503, DB, 10),
        Arguments.of("a constraint violation is no fault that passes", new SQLException("dup", "23505"), 0, null, 0),
        Arguments.of("an IllegalArgumentException from a bug stays a 500", new IllegalArgumentException("bug"), 0, null, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fouten")
  void storing(String naam, Throwable fout, int status, String detail, int wachtSeconden) {
    Optional<ProbleemMappers.Storingsantwoord> a = ProbleemMappers.storing(fout);
    if (status == 0) {
      assertEquals(Optional.empty(), a);
      return;
    }
    assertEquals(status, a.orElseThrow().status());
    assertEquals(detail, a.get().detail());
    assertEquals(wachtSeconden, a.get().wachtSeconden());
  }
}
