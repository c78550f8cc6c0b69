package io.ilana.query;

import io.ilana.error.InvalidValueException;
import io.ilana.query.grammar.Grammar;
import io.ilana.query.parts.Assignment;
import io.ilana.query.parts.Column;
import io.ilana.sql.Identifiers;
import io.ilana.sql.Name;
import io.ilana.sql.Sql;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns rows into insert statements: one column list for all rows, rows split into chunks that stay
 * under the dialect's bind-parameter limit and a sane statement size.
 */
final class Inserts {
  /** Rows per statement at most, whatever the bind limit allows: keeps statements parseable. */
  static final int MAX_ROWS_PER_STATEMENT = 1000;

  enum Mode {
    INSERT,
    IGNORE,
    UPSERT
  }

  private Inserts() {}

  static List<Name> columns(List<String> columns, String method) {
    return columns.stream().map(column -> Identifiers.writeColumn(column, method)).toList();
  }

  static List<Assignment> assignments(Map<String, ?> values, String method) {
    if (values.isEmpty()) {
      throw new InvalidValueException("Invalid value in " + method + "(): no columns to set.");
    }
    List<Assignment> out = new ArrayList<>();
    values.forEach(
        (column, value) ->
            out.add(
                new Assignment(
                    Identifiers.updateColumn(column, method), writeValue(value, column, method))));
    return out;
  }

  private static Object writeValue(Object value, String column, String method) {
    if (value instanceof Column || value instanceof Column.Arithmetic) {
      return value;
    }
    return WhereBuilder.operand(value, column, method);
  }

  /** The statements that write the rows, in order; none for no rows. */
  static List<Sql> statements(
      Grammar grammar,
      Name table,
      List<? extends Map<String, ?>> rows,
      Mode mode,
      List<Name> uniqueBy,
      List<Name> update) {
    String method = methodName(mode);
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(rows.get(0).keySet());
    if (keys.isEmpty()) {
      throw new InvalidValueException("Invalid value in " + method + "(): a row has no columns.");
    }
    List<Name> columns = columns(keys, method);
    List<List<Object>> values = new ArrayList<>(rows.size());
    int width = keys.size();
    for (Map<String, ?> row : rows) {
      if (row.size() != width) {
        throw differentColumns(method, keys, row);
      }
      Object[] ordered = new Object[width];
      for (int i = 0; i < width; i++) {
        String key = keys.get(i);
        Object value = row.get(key);
        if (value == null && !row.containsKey(key)) {
          throw differentColumns(method, keys, row);
        }
        ordered[i] = writeValue(value, key, method);
      }
      values.add(Arrays.asList(ordered));
    }
    int perStatement =
        Math.max(
            1,
            Math.min(
                MAX_ROWS_PER_STATEMENT, grammar.dialect().maxBindParameters() / columns.size()));
    List<Sql> statements = new ArrayList<>();
    for (int from = 0; from < values.size(); from += perStatement) {
      List<List<Object>> chunk = values.subList(from, Math.min(values.size(), from + perStatement));
      statements.add(
          switch (mode) {
            case INSERT -> grammar.compileInsert(table, columns, chunk);
            case IGNORE -> grammar.compileInsertOrIgnore(table, columns, chunk);
            case UPSERT -> grammar.compileUpsert(table, columns, chunk, uniqueBy, update);
          });
    }
    return statements;
  }

  private static InvalidValueException differentColumns(
      String method, List<String> keys, Map<String, ?> row) {
    return new InvalidValueException(
        "Invalid value in "
            + method
            + "(): every row must have the same columns as the first, "
            + keys
            + ", but one has "
            + row.keySet()
            + ".");
  }

  static String methodName(Mode mode) {
    return switch (mode) {
      case INSERT -> "insert";
      case IGNORE -> "insertOrIgnore";
      case UPSERT -> "upsert";
    };
  }
}
