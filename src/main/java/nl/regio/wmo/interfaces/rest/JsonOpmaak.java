package nl.regio.wmo.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the API writes JSON. Every moment in UTC with a {@code Z} ({@code 2026-12-06T15:04:05.123Z}): a moment read from
 * the database and one made in the app (Europe/Amsterdam) would otherwise carry different offsets for the same kind
 * of field.
 */
@Provider
public class JsonOpmaak implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withSerializers(new Utc()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** An {@link OffsetDateTime} as the same instant in UTC, ISO-8601. */
  public static final class Utc implements JsonbSerializer<OffsetDateTime> {
    @Override
    public void serialize(OffsetDateTime moment, JsonGenerator generator, SerializationContext context) {
      generator.write(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.withOffsetSameInstant(ZoneOffset.UTC)));
    }
  }
}
