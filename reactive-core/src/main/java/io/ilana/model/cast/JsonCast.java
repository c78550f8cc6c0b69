package io.ilana.model.cast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/**
 * A JSON column read into a Java type with Jackson, and written back as JSON text.
 *
 * <pre>{@code
 * .cast("settings", new JsonCast<>(Settings.class))
 * .cast("tags", new JsonCast<>(new TypeReference<List<Tag>>() {}))
 * .cast("metadata", JsonCast.any())          // Map, List, String, Number (Long/Double), Boolean
 * }</pre>
 *
 * <p>Stored values may be text (H2, MariaDB), PostgreSQL's {@code Json}, or bytes. A JSON {@code
 * null} reads as {@code null}. Writes a {@link io.ilana.sql.JsonText}, which every dialect binds so
 * a {@code json}/{@code jsonb} column stores the document and a text column its text.
 *
 * @param <T> the Java type of the attribute
 */
public final class JsonCast<T> implements Cast<T> {
  private static final String NAME = "json";
  private final ObjectMapper mapper;
  private final JavaType javaType;

  /**
   * A cast to a class, with the default mapper.
   *
   * @param type the attribute's class
   */
  public JsonCast(Class<T> type) {
    this(type, JsonCodec.DEFAULT_MAPPER);
  }

  /**
   * A cast to a generic type, with the default mapper.
   *
   * @param type the attribute's type, such as {@code new TypeReference<List<Tag>>() {}}
   */
  public JsonCast(TypeReference<T> type) {
    this(type, JsonCodec.DEFAULT_MAPPER);
  }

  /**
   * A cast to a class, with the caller's mapper (modules, naming strategy).
   *
   * @param type the attribute's class
   * @param mapper the mapper to read and write with
   */
  public JsonCast(Class<T> type, ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.javaType = mapper.constructType(Objects.requireNonNull(type, "type"));
  }

  /**
   * A cast to a generic type, with the caller's mapper.
   *
   * @param type the attribute's type
   * @param mapper the mapper to read and write with
   */
  public JsonCast(TypeReference<T> type, ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.javaType = mapper.constructType(Objects.requireNonNull(type, "type"));
  }

  /**
   * Any JSON value: objects read as {@code Map}, arrays as {@code List}, and scalars as {@code
   * String}, {@code Long}, {@code Double} or {@code Boolean}.
   *
   * @return the cast
   */
  public static JsonCast<Object> any() {
    return new JsonCast<>(Object.class);
  }

  /** {@inheritDoc} */
  @Override
  public T get(Object stored, CastContext context) {
    if (stored == null) {
      return null;
    }
    JsonNode node = JsonCodec.read(mapper, stored, NAME, context);
    if (node.isNull()) {
      return null;
    }
    try {
      return mapper.treeToValue(node, javaType);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw CastErrors.cannotConvert(
          NAME, context, stored, "the JSON does not match " + javaType.toCanonical());
    }
  }

  /** {@inheritDoc} */
  @Override
  public Object set(T value, CastContext context) {
    return value == null ? null : JsonCodec.write(mapper, value, NAME, context);
  }

  /**
   * {@inheritDoc}
   *
   * <p>A value of the attribute's class is kept (Jackson returns it as is); another, such as a
   * {@code Map} for a record type, is converted by the mapper.
   */
  @Override
  public T coerce(Object value, CastContext context) {
    if (value == null) {
      return null;
    }
    try {
      return mapper.convertValue(value, javaType);
    } catch (IllegalArgumentException e) {
      throw CastErrors.cannotConvert(
          NAME, context, value, "it does not match " + javaType.toCanonical());
    }
  }

  /** {@inheritDoc} */
  @Override
  public Class<?> type() {
    return javaType.getRawClass();
  }

  /** {@inheritDoc} */
  @Override
  public String toString() {
    return NAME;
  }
}
