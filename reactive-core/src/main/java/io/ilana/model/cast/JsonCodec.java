package io.ilana.model.cast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ilana.sql.JsonText;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON in every form a column holds it (text, bytes; a driver's own JSON type is turned into
 * text by its dialect's column reader) and writes it as a {@link JsonText} document, which each
 * dialect binds as JSON.
 */
final class JsonCodec {
  /**
   * Whole numbers read as {@code Long}, as the integer cast returns them; text after the document
   * is an error rather than silently dropped.
   */
  static final ObjectMapper DEFAULT_MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_LONG_FOR_INTS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonCodec() {}

  /** The stored JSON as a tree; a JSON {@code null} is a {@code NullNode}. */
  static JsonNode read(ObjectMapper mapper, Object stored, String cast, CastContext context) {
    String text = text(stored);
    if (text == null) {
      if (stored instanceof Map<?, ?> || stored instanceof List<?>) {
        return mapper.valueToTree(stored);
      }
      throw CastErrors.cannotConvert(cast, context, stored);
    }
    try {
      JsonNode node = mapper.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw CastErrors.cannotConvert(cast, context, stored, "it is not valid JSON");
      }
      return node;
    } catch (JsonProcessingException e) {
      // The parser's message quotes the input; the value must not reach the log.
      throw CastErrors.cannotConvert(cast, context, stored, "it is not valid JSON");
    }
  }

  /**
   * The value as a JSON document binding: the dialect binds it as JSON (a JSON column stores the
   * document, not a JSON string of its text).
   */
  static JsonText write(ObjectMapper mapper, Object value, String cast, CastContext context) {
    try {
      return new JsonText(mapper.writeValueAsString(value));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw CastErrors.cannotConvert(cast, context, value, "it cannot be written as JSON");
    }
  }

  /** How an error message names what a JSON document holds. */
  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING, BINARY -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> "null";
    };
  }

  private static String text(Object stored) {
    if (stored instanceof CharSequence text) {
      return text.toString();
    }
    if (stored instanceof JsonText json) {
      return json.json();
    }
    if (stored instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (stored instanceof ByteBuffer buffer) {
      return StandardCharsets.UTF_8.decode(buffer.duplicate()).toString();
    }
    return null;
  }
}
