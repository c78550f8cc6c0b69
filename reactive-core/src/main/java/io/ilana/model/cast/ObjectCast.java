package io.ilana.model.cast;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * The README's {@code 'object'}: a JSON object as {@code Map<String, Object>}. Any other JSON value
 * in the column is an error, so code reading the map never meets a list by surprise.
 */
final class ObjectCast implements Cast<Map<String, Object>> {
  static final ObjectCast INSTANCE = new ObjectCast();
  private static final String NAME = "object";
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private final ObjectMapper mapper = JsonCodec.DEFAULT_MAPPER;

  private ObjectCast() {}

  @Override
  public Map<String, Object> get(Object stored, CastContext context) {
    if (stored == null) {
      return null;
    }
    JsonNode node = JsonCodec.read(mapper, stored, NAME, context);
    if (node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw CastErrors.cannotConvert(
          NAME, context, stored, "the JSON is " + JsonCodec.describe(node) + ", not an object");
    }
    return mapper.convertValue(node, MAP);
  }

  @Override
  public Object set(Map<String, Object> value, CastContext context) {
    return value == null ? null : JsonCodec.write(mapper, value, NAME, context);
  }

  @Override
  public Map<String, Object> coerce(Object value, CastContext context) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?>)) {
      throw CastErrors.cannotConvert(NAME, context, value, "it is not a map");
    }
    try {
      return mapper.convertValue(value, MAP);
    } catch (IllegalArgumentException e) {
      throw CastErrors.cannotConvert(NAME, context, value, "it cannot be written as JSON");
    }
  }

  @Override
  public Class<?> type() {
    return Map.class;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
