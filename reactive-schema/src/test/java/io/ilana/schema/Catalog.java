package io.ilana.schema;

import io.ilana.db.DatabaseConnection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads what a table really is from each database's own catalog, for the integration tests. */
final class Catalog {
  private Catalog() {}

  /** Column name to type as the catalog spells it, lower-cased. */
  static Map<String, String> columnTypes(DatabaseConnection connection, String table) {
    Map<String, String> types =
        pairs(
            connection,
            switch (connection.dialect().name()) {
              case "postgres" ->
                  "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1"
                      + " AND table_schema = current_schema() ORDER BY ordinal_position";
              case "h2" ->
                  "SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = $1"
                      + " AND TABLE_SCHEMA = CURRENT_SCHEMA ORDER BY ORDINAL_POSITION";
              default ->
                  "SELECT column_name, column_type FROM information_schema.columns WHERE table_name = ?"
                      + " AND table_schema = DATABASE() ORDER BY ordinal_position";
            },
            table);
    types.replaceAll((column, type) -> type.toLowerCase(Locale.ROOT));
    return types;
  }

  /** Column name to YES/NO nullability. */
  static Map<String, String> nullability(DatabaseConnection connection, String table) {
    return pairs(
        connection,
        "SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = "
            + connection.dialect().bindMarker(1)
            + " AND table_schema = "
            + currentSchema(connection),
        table);
  }

  /** Column name to its default expression as stored (absent when none). */
  static Map<String, String> defaults(DatabaseConnection connection, String table) {
    Map<String, String> all =
        pairs(
            connection,
            "SELECT column_name, column_default FROM information_schema.columns WHERE table_name = "
                + connection.dialect().bindMarker(1)
                + " AND table_schema = "
                + currentSchema(connection),
            table);
    // MariaDB spells "no default" on a nullable column as the text NULL.
    all.values().removeIf(v -> v.equals("null") || v.equals("NULL"));
    return all;
  }

  /** The names of the table's indexes, lower-cased (constraints' backing indexes included). */
  static List<String> indexNames(DatabaseConnection connection, String table) {
    String sql =
        switch (connection.dialect().name()) {
          case "postgres" ->
              "SELECT indexname FROM pg_indexes WHERE tablename = $1 AND schemaname = current_schema()";
          case "h2" ->
              "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = $1"
                  + " AND TABLE_SCHEMA = CURRENT_SCHEMA";
          default ->
              "SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_name = ?"
                  + " AND table_schema = DATABASE()";
        };
    List<String> names = new ArrayList<>();
    connection
        .select(sql, table)
        .doOnNext(row -> names.add(first(row).toLowerCase(Locale.ROOT)))
        .blockLast();
    return names;
  }

  /** Foreign key constraint name to its delete rule (CASCADE, SET NULL, ...). */
  static Map<String, String> foreignKeys(DatabaseConnection connection, String table) {
    String marker = connection.dialect().bindMarker(1);
    String sql =
        "h2".equals(connection.dialect().name())
            ? "SELECT rc.CONSTRAINT_NAME, rc.DELETE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc"
                + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_NAME = rc.CONSTRAINT_NAME"
                + " AND tc.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA WHERE tc.TABLE_NAME = "
                + marker
            : "postgres".equals(connection.dialect().name())
                ? "SELECT rc.constraint_name, rc.delete_rule FROM information_schema.referential_constraints rc"
                    + " JOIN information_schema.table_constraints tc"
                    + " ON tc.constraint_name = rc.constraint_name"
                    + " AND tc.constraint_schema = rc.constraint_schema"
                    + " WHERE tc.table_name = "
                    + marker
                    + " AND tc.table_schema = current_schema()"
                : "SELECT constraint_name, delete_rule FROM information_schema.referential_constraints"
                    + " WHERE table_name = ? AND constraint_schema = DATABASE()";
    return pairs(connection, sql, table);
  }

  private static String currentSchema(DatabaseConnection connection) {
    return switch (connection.dialect().name()) {
      case "postgres" -> "current_schema()";
      case "h2" -> "CURRENT_SCHEMA";
      default -> "DATABASE()";
    };
  }

  private static Map<String, String> pairs(
      DatabaseConnection connection, String sql, String table) {
    Map<String, String> pairs = new LinkedHashMap<>();
    connection
        .select(sql, table)
        .doOnNext(
            row -> {
              Iterator<Object> values = row.values().iterator();
              String key = String.valueOf(values.next()).toLowerCase(Locale.ROOT);
              pairs.put(key, String.valueOf(values.next()));
            })
        .blockLast();
    return pairs;
  }

  private static String first(Map<String, Object> row) {
    return String.valueOf(row.values().iterator().next());
  }
}
