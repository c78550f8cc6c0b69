package io.ilana.schema;

import io.ilana.error.InvalidValueException;
import java.util.Objects;

/**
 * Raw SQL placed into DDL as written, such as a default of {@code CURRENT_TIMESTAMP}. It is never
 * escaped, so it must come from the migration's author, never from user input.
 *
 * @param sql the SQL fragment
 */
public record SqlExpression(String sql) {

  /** Rejects a blank fragment. */
  public SqlExpression {
    Objects.requireNonNull(sql, "sql");
    if (sql.isBlank()) {
      throw new InvalidValueException("A raw SQL expression may not be blank.");
    }
  }

  /** A raw fragment. */
  public static SqlExpression raw(String sql) {
    return new SqlExpression(sql);
  }

  @Override
  public String toString() {
    return sql;
  }
}
