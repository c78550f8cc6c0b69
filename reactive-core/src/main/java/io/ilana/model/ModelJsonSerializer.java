package io.ilana.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Writes a model as its {@link Model#toMap()}, so hidden attributes never reach JSON. Date and time
 * values are written as ISO-8601 text, so a plain {@code ObjectMapper} (without the Java time
 * module) can serialise models too. A point in time is always written as its UTC instant ({@code
 * 2024-01-15T12:34:56Z}) whichever Java type the driver read it as: a zone-less date-time is the
 * UTC wall-clock time the library stored, so the same row prints the same on every database.
 */
final class ModelJsonSerializer extends StdSerializer<Model<?>> {
  private static final long serialVersionUID = 1L;

  ModelJsonSerializer() {
    super(Model.class, false);
  }

  @Override
  public void serialize(Model<?> model, JsonGenerator json, SerializerProvider provider)
      throws IOException {
    writeMap(model.toMap(), json, provider);
  }

  /** Loaded relations arrive as nested maps and lists, their dates included: same treatment. */
  private static void writeMap(Map<?, ?> map, JsonGenerator json, SerializerProvider provider)
      throws IOException {
    json.writeStartObject();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      json.writeFieldName(String.valueOf(entry.getKey()));
      writeValue(entry.getValue(), json, provider);
    }
    json.writeEndObject();
  }

  /** The instant of a date-time value; {@code null} for anything else (a date stays a date). */
  private static Instant pointInTime(Object value) {
    boolean dateTime =
        value instanceof Instant
            || value instanceof LocalDateTime
            || value instanceof OffsetDateTime
            || value instanceof ZonedDateTime;
    return dateTime ? Conversions.toInstant(value) : null;
  }

  private static void writeValue(Object value, JsonGenerator json, SerializerProvider provider)
      throws IOException {
    Instant instant = pointInTime(value);
    if (instant != null) {
      json.writeString(instant.toString());
    } else if (value instanceof TemporalAccessor) {
      json.writeString(value.toString());
    } else if (value instanceof Map<?, ?> nested) {
      writeMap(nested, json, provider);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        writeValue(element, json, provider);
      }
      json.writeEndArray();
    } else {
      provider.defaultSerializeValue(value, json);
    }
  }
}
