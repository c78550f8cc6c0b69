package io.ilana.sql;

/**
 * A binding whose value must never appear in logs, query events or exception messages (passwords,
 * tokens, ciphertext). The value itself is bound as usual.
 *
 * @param value the value to bind
 */
public record Secret(Object value) {
  /** Wraps a value so that it is masked wherever bindings are printed. */
  public static Secret of(Object value) {
    return new Secret(value);
  }

  @Override
  public String toString() {
    return Bindings.MASK;
  }
}
