package nl.regio.wmo.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every moment the API writes is in UTC with a Z, whatever offset it was made with. */
class JsonOpmaakTest {

  public record Met(OffsetDateTime op, String naam) {}

  private final Jsonb jsonb = new JsonOpmaak().getContext(Object.class);

  @ParameterizedTest
  @CsvSource({
      "2026-12-06T16:04:05+01:00, 2026-12-06T15:04:05Z",
      "2026-07-01T00:30:00+02:00, 2026-06-30T22:30:00Z",
      "2026-12-06T15:04:05.123Z, 2026-12-06T15:04:05.123Z"})
  void eenMomentAltijdInUtc(String gemaakt, String geschreven) {
    assertEquals("{\"naam\":\"x\",\"op\":\"" + geschreven + "\"}", jsonb.toJson(new Met(OffsetDateTime.parse(gemaakt), "x")));
    assertEquals("{\"a\":\"" + geschreven + "\"}", jsonb.toJson(Map.of("a", OffsetDateTime.parse(gemaakt))));
  }
}
