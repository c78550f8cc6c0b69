package io.ilana.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ilana.error.InvalidValueException;

/** Encodes values compared with or written into JSON columns, as JSON text. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private Json() {}

  /**
   * The value as a JSON-text binding: a {@link Secret} is encoded from what it wraps and stays a
   * {@link Secret}, so it is stored correctly and still masked wherever bindings are printed.
   */
  public static Object encodeBinding(Object value, String method) {
    if (value instanceof Secret secret) {
      return Secret.of(encode(secret.value(), method));
    }
    return encode(value, method);
  }

  /**
   * A value bound as a JSON document, for writing into a JSON column with the query builder: {@code
   * insert(Map.of("meta", Json.of(Map.of("a", 1))))}. (A plain {@code Map} value is refused by the
   * builder, so a mistaken nested map is never stored by accident.)
   */
  public static JsonText of(Object value) {
    try {
      return new JsonText(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new InvalidValueException(
          "Invalid "
              + value.getClass().getSimpleName()
              + " value: it cannot be written as JSON ("
              + e.getOriginalMessage()
              + ").");
    }
  }

  /** The value as JSON text; {@code method} names the builder method in the error. */
  public static String encode(Object value, String method) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new InvalidValueException(
          "Invalid value in "
              + method
              + "(): it cannot be written as JSON ("
              + e.getMessage()
              + ").");
    }
  }
}
