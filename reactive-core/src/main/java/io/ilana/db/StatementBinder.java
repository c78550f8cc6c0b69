package io.ilana.db;

import io.ilana.dialect.Dialect;
import io.ilana.sql.Secret;
import io.ilana.sql.Sql;
import io.ilana.sql.TypedNull;
import io.r2dbc.spi.Statement;
import java.util.List;

/** Binds an {@link Sql}'s values to a driver statement by position. */
final class StatementBinder {
  private StatementBinder() {}

  static Statement bind(Statement statement, Sql sql, Dialect dialect) {
    List<Object> values = sql.bindings();
    for (int i = 0; i < values.size(); i++) {
      bindOne(statement, i, values.get(i), dialect);
    }
    return statement;
  }

  private static void bindOne(Statement statement, int index, Object value, Dialect dialect) {
    if (value == null) {
      statement.bindNull(index, dialect.untypedNullType());
    } else if (value instanceof TypedNull typed) {
      statement.bindNull(index, typed.type());
    } else if (value instanceof Secret secret) {
      bindOne(statement, index, secret.value(), dialect);
    } else {
      statement.bind(index, dialect.toDriverValue(value));
    }
  }
}
