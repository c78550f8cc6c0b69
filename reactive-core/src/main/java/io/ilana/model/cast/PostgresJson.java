package io.ilana.model.cast;

import io.r2dbc.postgresql.codec.Json;

/**
 * Reads r2dbc-postgresql's {@code Json}. Kept apart so that the optional driver class is loaded
 * only when a value of it exists, never for users of the other drivers.
 */
final class PostgresJson {
  private PostgresJson() {}

  static String asString(Object json) {
    return ((Json) json).asString();
  }
}
