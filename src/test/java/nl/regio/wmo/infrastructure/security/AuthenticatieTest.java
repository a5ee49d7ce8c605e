package nl.regio.wmo.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading the Authorization header of HTTP Basic: what counts as credentials, and what as none (401). */
class AuthenticatieTest {

  private static String basic(String tekst) {
    return "Basic " + Base64.getEncoder().encodeToString(tekst.getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> headers() {
    return Stream.of(
        Arguments.of("name and password", basic("consulent:demo"), "consulent|demo"),
        Arguments.of("a colon in the password", basic("consulent:a:b"), "consulent|a:b"),
        Arguments.of("empty password", basic("consulent:"), "consulent|"),
        Arguments.of("UTF-8", basic("zoë:wachtwoord€"), "zoë|wachtwoord€"),
        Arguments.of("scheme in lower case", "basic " + Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8)), "a|b"),
        Arguments.of("no header", null, null),
        Arguments.of("another scheme", "Bearer abc", null),
        Arguments.of("not Base64", "Basic !!!", null),
        Arguments.of("no colon", basic("consulent"), null),
        Arguments.of("only the scheme", "Basic", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headers")
  void basicCredentials(String naam, String header, String verwacht) {
    Optional<String[]> uit = Authenticatie.basicCredentials(header);
    assertEquals(Optional.ofNullable(verwacht), uit.map(d -> d[0] + "|" + d[1]));
  }
}
