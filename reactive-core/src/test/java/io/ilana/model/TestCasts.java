package io.ilana.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ilana.model.cast.Cast;
import io.ilana.model.cast.CastContext;
import java.util.Map;

/** Small casts for model tests, until the built-in casts land. */
final class TestCasts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestCasts() {}

  /** A JSON object stored as text. */
  static final Cast<Map<String, Object>> JSON_MAP =
      new Cast<>() {
        @Override
        @SuppressWarnings("unchecked") // a JSON object reads as a Map
        public Map<String, Object> get(Object stored, CastContext context) {
          try {
            return stored == null ? null : JSON.readValue(stored.toString(), Map.class);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        }

        @Override
        public Object set(Map<String, Object> value, CastContext context) {
          try {
            return value == null ? null : JSON.writeValueAsString(value);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        }
      };

  /** Cents stored as a whole number, exposed as a decimal amount; it records its context. */
  static final class Cents implements Cast<java.math.BigDecimal> {
    CastContext lastContext;

    @Override
    public java.math.BigDecimal get(Object stored, CastContext context) {
      lastContext = context;
      return stored == null ? null : java.math.BigDecimal.valueOf(((Number) stored).longValue(), 2);
    }

    @Override
    public Object set(java.math.BigDecimal value, CastContext context) {
      lastContext = context;
      return value == null ? null : value.movePointRight(2).longValueExact();
    }
  }
}
