package io.ilana.schema.grammar;

/**
 * The catalog queries of one database, from its schema grammar ({@link
 * SchemaGrammar#catalogQueries()}): what {@code ilana db:show} and {@code db:diagram} read. Every
 * query returns lower-case column labels; {@link #sizes()} may be {@code null} where the database
 * does not report table sizes.
 *
 * @param tables base tables of the current schema: {@code name}
 * @param columns {@code table_name, column_name, type, is_nullable}, in table and column order
 * @param primaryKeys {@code table_name, column_name}
 * @param foreignKeys {@code table_name, column_name, ref_table, ref_column}
 * @param sizes {@code name, size} in bytes, or {@code null}
 */
public record CatalogQueries(
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
   * The information_schema queries of the SQL standard.
   *
   * @param schema the SQL that names the current schema
   * @param typeColumn the information_schema.columns column that holds the type's name
   * @param sizes the sizes query, or {@code null}
   */
  public static CatalogQueries standard(String schema, String typeColumn, String sizes) {
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
}
