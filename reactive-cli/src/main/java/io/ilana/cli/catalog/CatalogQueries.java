package io.ilana.cli.catalog;

/**
 * The catalog queries of one database. Every query returns lower-case column labels; {@link
 * #sizes()} may be {@code null} where the database does not report table sizes.
 *
 * @param tables base tables of the current schema: {@code name}
 * @param columns {@code table_name, column_name, type, is_nullable}, in table and column order
 * @param primaryKeys {@code table_name, column_name}
 * @param foreignKeys {@code table_name, column_name, ref_table, ref_column}
 * @param sizes {@code name, size} in bytes, or {@code null}
 */
record CatalogQueries(
    String tables, String columns, String primaryKeys, String foreignKeys, String sizes) {

  private static final String STANDARD_PRIMARY_KEYS =
      "SELECT kcu.table_name AS table_name, kcu.column_name AS column_name"
          + " FROM information_schema.table_constraints tc"
          + " JOIN information_schema.key_column_usage kcu"
          + " ON kcu.constraint_name = tc.constraint_name"
          + " AND kcu.constraint_schema = tc.constraint_schema AND kcu.table_name = tc.table_name"
          + " WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = %s";

  private static final String STANDARD_FOREIGN_KEYS =
      "SELECT kcu.table_name AS table_name, kcu.column_name AS column_name,"
          + " pk.table_name AS ref_table, pk.column_name AS ref_column"
          + " FROM information_schema.referential_constraints rc"
          + " JOIN information_schema.key_column_usage kcu"
          + " ON kcu.constraint_name = rc.constraint_name"
          + " AND kcu.constraint_schema = rc.constraint_schema"
          + " JOIN information_schema.key_column_usage pk"
          + " ON pk.constraint_name = rc.unique_constraint_name"
          + " AND pk.constraint_schema = rc.unique_constraint_schema"
          + " AND pk.ordinal_position = kcu.position_in_unique_constraint"
          + " WHERE kcu.table_schema = %s ORDER BY kcu.table_name, kcu.ordinal_position";

  /**
   * The queries for a dialect name ({@code postgres}, {@code h2}, {@code mysql}, {@code mariadb}).
   */
  static CatalogQueries forDialect(String dialect) {
    return switch (dialect) {
      case "postgres" -> standard("current_schema()", "udt_name", postgresSizes());
      case "h2" -> standard("CURRENT_SCHEMA", "data_type", null);
      default -> mysql();
    };
  }

  private static CatalogQueries standard(String schema, String typeColumn, String sizes) {
    return new CatalogQueries(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = "
            + schema
            + " AND table_type = 'BASE TABLE' ORDER BY table_name",
        "SELECT table_name AS table_name, column_name AS column_name, "
            + typeColumn
            + " AS type, is_nullable AS is_nullable FROM information_schema.columns"
            + " WHERE table_schema = "
            + schema
            + " ORDER BY table_name, ordinal_position",
        STANDARD_PRIMARY_KEYS.formatted(schema),
        STANDARD_FOREIGN_KEYS.formatted(schema),
        sizes);
  }

  private static String postgresSizes() {
    return "SELECT c.relname AS name, pg_total_relation_size(c.oid) AS size FROM pg_class c"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE n.nspname = current_schema() AND c.relkind = 'r'";
  }

  /** MySQL and MariaDB name the referenced column in key_column_usage itself. */
  private static CatalogQueries mysql() {
    return new CatalogQueries(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()"
            + " AND table_type = 'BASE TABLE' ORDER BY table_name",
        "SELECT table_name AS table_name, column_name AS column_name, data_type AS type,"
            + " is_nullable AS is_nullable FROM information_schema.columns"
            + " WHERE table_schema = DATABASE() ORDER BY table_name, ordinal_position",
        "SELECT table_name AS table_name, column_name AS column_name"
            + " FROM information_schema.key_column_usage"
            + " WHERE table_schema = DATABASE() AND constraint_name = 'PRIMARY'",
        "SELECT table_name AS table_name, column_name AS column_name,"
            + " referenced_table_name AS ref_table, referenced_column_name AS ref_column"
            + " FROM information_schema.key_column_usage WHERE table_schema = DATABASE()"
            + " AND referenced_table_name IS NOT NULL ORDER BY table_name, ordinal_position",
        "SELECT table_name AS name, data_length + index_length AS size"
            + " FROM information_schema.tables WHERE table_schema = DATABASE()");
  }
}
