package io.ilana.model.cast;

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

  /** The Java type {@link #get} returns, for typed getters and error messages. */
  default Class<?> type() {
    return Object.class;
  }
}
