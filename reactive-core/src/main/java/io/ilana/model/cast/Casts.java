package io.ilana.model.cast;

import io.ilana.error.InvalidCastException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The built-in casts, by the names models use. Each accepts every representation the supported
 * drivers return for its column type, passes {@code null} through in both directions, and raises
 * {@link InvalidCastException} naming the table, the column, the cast and the value's type when a
 * value cannot be converted.
 *
 * <pre>{@code
 * .cast("email_verified_at", Casts.DATETIME)
 * .cast("is_admin", Casts.BOOLEAN)
 * .cast("price", Casts.decimal(2))
 * .cast("status", Casts.enumOf(Status.class))
 * .cast("tags", Casts.named("array"))
 * }</pre>
 */
public final class Casts {
  /** Calendar dates as {@code LocalDate}; stores {@code LocalDate}. */
  public static final Cast<LocalDate> DATE = new DateCast();

  /**
   * Points in time as {@code Instant}, from {@code Instant}, {@code OffsetDateTime}, {@code
   * ZonedDateTime}, {@code LocalDateTime} (as UTC), {@code java.util.Date}, epoch milliseconds and
   * ISO-8601 text; stores {@code Instant}.
   */
  public static final Cast<Instant> DATETIME = InstantCast.INSTANCE;

  /** The same cast as {@link #DATETIME}. */
  public static final Cast<Instant> TIMESTAMP = DATETIME;

  /**
   * {@code Boolean}, from booleans, the numbers 0 and 1, and the strings "0", "1", "true" and
   * "false"; stores {@code Boolean}.
   */
  public static final Cast<Boolean> BOOLEAN = BooleanCast.INSTANCE;

  /** Whole numbers as {@code Long}; a fraction or an overflow is an error, never truncated. */
  public static final Cast<Long> INTEGER = IntegerCast.INSTANCE;

  /** Numbers as JavaScript sees them: {@code Long} when whole, {@code Double} otherwise. */
  public static final Cast<Number> NUMBER = NumberCast.INSTANCE;

  /** Floating-point numbers as {@code Double}. */
  public static final Cast<Double> FLOAT = FloatCast.INSTANCE;

  /** Exact decimals as {@code BigDecimal}, at the scale the database returned. */
  public static final Cast<BigDecimal> DECIMAL = DecimalCast.UNSCALED;

  /** Text as {@code String}; numbers, booleans, UUIDs, enum constants and dates are spelled out. */
  public static final Cast<String> STRING = StringCast.INSTANCE;

  /**
   * Any JSON value: {@code Map}, {@code List}, {@code String}, {@code Long}, {@code Double} or
   * {@code Boolean}; stores JSON text.
   */
  public static final Cast<Object> JSON = JsonCast.any();

  /** A JSON object as {@code Map<String, Object>}; another JSON value is an error. */
  public static final Cast<Map<String, Object>> OBJECT = ObjectCast.INSTANCE;

  /** A JSON array as {@code List<Object>}; another JSON value is an error. */
  public static final Cast<List<Object>> ARRAY = new ArrayCast();

  private static final Map<String, Cast<?>> BY_NAME = byName();

  private Casts() {}

  /**
   * Exact decimals rounded half-up to a scale, when set and when read.
   *
   * @param scale the number of digits after the decimal point, 0 or more
   * @return the cast
   */
  public static Cast<BigDecimal> decimal(int scale) {
    return DecimalCast.withScale(scale);
  }

  /**
   * An enum stored as its constant's {@code name()}. A stored name the enum does not have is an
   * error naming the enum and the name.
   *
   * @param enumType the enum class
   * @param <E> the enum
   * @return the cast
   */
  public static <E extends Enum<E>> Cast<E> enumOf(Class<E> enumType) {
    return new EnumCast<>(enumType);
  }

  /**
   * The cast the README spells as a string: date, datetime, timestamp, boolean, bool, integer, int,
   * number, float, double, decimal, string, json, object, array.
   *
   * @param name the cast's name
   * @return the cast
   * @throws InvalidCastException when no built-in cast has that name
   */
  public static Cast<?> named(String name) {
    Objects.requireNonNull(name, "name");
    Cast<?> cast = BY_NAME.get(name);
    if (cast == null) {
      throw new InvalidCastException(
          "Unknown cast \""
              + name
              + "\"; the built-in casts are: "
              + String.join(", ", BY_NAME.keySet())
              + ".");
    }
    return cast;
  }

  private static Map<String, Cast<?>> byName() {
    Map<String, Cast<?>> casts = new LinkedHashMap<>();
    casts.put("date", DATE);
    casts.put("datetime", DATETIME);
    casts.put("timestamp", TIMESTAMP);
    casts.put("boolean", BOOLEAN);
    casts.put("bool", BOOLEAN);
    casts.put("integer", INTEGER);
    casts.put("int", INTEGER);
    casts.put("number", NUMBER);
    casts.put("float", FLOAT);
    casts.put("double", FLOAT);
    casts.put("decimal", DECIMAL);
    casts.put("string", STRING);
    casts.put("json", JSON);
    casts.put("object", OBJECT);
    casts.put("array", ARRAY);
    return Collections.unmodifiableMap(casts);
  }
}
