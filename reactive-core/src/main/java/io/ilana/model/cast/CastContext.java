package io.ilana.model.cast;

import java.util.Objects;

/**
 * Where a cast is applied: the model's table and the attribute's column. Casts that bind their
 * output to its place (encryption authenticates table and column) read it from here.
 *
 * @param table the model's table
 * @param column the attribute's column
 */
public record CastContext(String table, String column) {
  public CastContext {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }
}
