package io.ilana.model.cast;

import io.ilana.error.InvalidCastException;

/**
 * Converts one attribute between what the database stores and what the model exposes. {@link #get}
 * runs when a value is read from a row, {@link #set} when a value is assigned to the model (and so
 * before it is written). Both receive a {@code null} as is unless the cast says otherwise.
 *
 * <pre>{@code
 * Cast<BigDecimal> cents = new Cast<>() {
 *   public BigDecimal get(Object stored, CastContext context) { ... }
 *   public Object set(BigDecimal value, CastContext context) { ... }
 * };
 * }</pre>
 *
 * @param <T> the type the model exposes
 */
public interface Cast<T> {

  /** The model's value for what the database stored (as the driver returned it). */
  T get(Object stored, CastContext context);

  /** What to store for a value assigned to the model. */
  Object set(T value, CastContext context);

  /**
   * The model's value for a value assigned in code from an untyped source (a map of attributes, a
   * request body), before {@link #set} runs. This differs from {@link #get}: a string assigned to a
   * JSON attribute is a JSON string, while a string read from the column is JSON text; a number
   * assigned to a money attribute is in major units, while the column holds minor units.
   *
   * <p>The default accepts {@code null} and any instance of {@link #type()}; built-in casts also
   * accept the representations their {@link #get} accepts.
   *
   * @param value the assigned value, possibly {@code null}
   * @param context where the value is assigned
   * @return the value as the model exposes it
   */
  default T coerce(Object value, CastContext context) {
    if (value != null && !type().isInstance(value)) {
      throw new InvalidCastException(
          context.table()
              + "."
              + context.column()
              + ": the cast cannot convert a value of type "
              + value.getClass().getName()
              + ".");
    }
    // Checked against type() above; a cast whose type() is wider than T reports that itself.
    @SuppressWarnings("unchecked")
    T typed = (T) value;
    return typed;
  }

  /** The Java type {@link #get} returns, for typed getters and error messages. */
  default Class<?> type() {
    return Object.class;
  }
}
