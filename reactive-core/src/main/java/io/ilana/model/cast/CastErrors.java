package io.ilana.model.cast;

import io.ilana.error.InvalidCastException;

/** Builds the one message shape every built-in cast fails with, so all read alike. */
final class CastErrors {
  private CastErrors() {}

  static InvalidCastException cannotConvert(String cast, CastContext context, Object value) {
    return new InvalidCastException(prefix(cast, context, value) + ".");
  }

  static InvalidCastException cannotConvert(
      String cast, CastContext context, Object value, String reason) {
    return new InvalidCastException(prefix(cast, context, value) + ": " + reason + ".");
  }

  private static String prefix(String cast, CastContext context, Object value) {
    // Only the type: values may be personal data, and error messages end up in logs.
    return context.table()
        + "."
        + context.column()
        + ": the "
        + cast
        + " cast cannot convert a value of type "
        + value.getClass().getName();
  }
}
