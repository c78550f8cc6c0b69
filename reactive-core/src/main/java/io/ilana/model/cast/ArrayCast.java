package io.ilana.model.cast;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A JSON array as {@code List<Object>} (elements as {@link JsonCast#any()} reads them), written
 * back as JSON text. Any other JSON value in the column is an error. Assigned collections and
 * arrays become lists.
 *
 * <pre>{@code
 * .cast("tags", new ArrayCast())
 * }</pre>
 */
public final class ArrayCast implements Cast<List<Object>> {
  private static final String NAME = "array";
  private static final TypeReference<List<Object>> LIST = new TypeReference<>() {};
  private final ObjectMapper mapper = JsonCodec.DEFAULT_MAPPER;

  /** Creates the cast; it holds no state, so one instance may serve every model. */
  public ArrayCast() {}

  /** {@inheritDoc} */
  @Override
  public List<Object> get(Object stored, CastContext context) {
    if (stored == null) {
      return null;
    }
    JsonNode node = JsonCodec.read(mapper, stored, NAME, context);
    if (node.isNull()) {
      return null;
    }
    if (!node.isArray()) {
      throw CastErrors.cannotConvert(
          NAME, context, stored, "the JSON is " + JsonCodec.describe(node) + ", not an array");
    }
    return mapper.convertValue(node, LIST);
  }

  /** {@inheritDoc} */
  @Override
  public Object set(List<Object> value, CastContext context) {
    return value == null ? null : JsonCodec.write(mapper, value, NAME, context);
  }

  /** {@inheritDoc} */
  @Override
  public List<Object> coerce(Object value, CastContext context) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    if (value instanceof Object[] array) {
      return new ArrayList<>(Arrays.asList(array));
    }
    throw CastErrors.cannotConvert(NAME, context, value, "it is not a list");
  }

  /** {@inheritDoc} */
  @Override
  public Class<?> type() {
    return List.class;
  }

  /** {@inheritDoc} */
  @Override
  public String toString() {
    return NAME;
  }
}
