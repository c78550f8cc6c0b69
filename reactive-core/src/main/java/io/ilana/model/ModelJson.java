package io.ilana.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's shown attributes made ready for any JSON mapper: a point in time is always its UTC
 * instant ({@code 2024-01-15T12:34:56Z}) whichever Java type the driver read it as (a zone-less
 * date-time is the UTC wall-clock time the library stored, so the same row prints the same on every
 * database); other dates and times are their ISO-8601 text; loaded relations (nested maps and
 * lists) get the same treatment. Nothing here depends on a Jackson version.
 */
final class ModelJson {
  private ModelJson() {}

  static Map<String, Object> ready(Map<String, Object> shown) {
    Map<String, Object> out = new LinkedHashMap<>();
    shown.forEach((key, value) -> out.put(key, value(value)));
    return out;
  }

  private static Object value(Object value) {
    if (value instanceof Instant
        || value instanceof LocalDateTime
        || value instanceof OffsetDateTime
        || value instanceof ZonedDateTime) {
      return Conversions.toInstant(value).toString();
    }
    if (value instanceof TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof Model<?> model) {
      return model.toJsonMap();
    }
    if (value instanceof Map<?, ?> nested) {
      Map<String, Object> out = new LinkedHashMap<>();
      nested.forEach((key, element) -> out.put(String.valueOf(key), value(element)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(element -> out.add(value(element)));
      return out;
    }
    return value;
  }
}
