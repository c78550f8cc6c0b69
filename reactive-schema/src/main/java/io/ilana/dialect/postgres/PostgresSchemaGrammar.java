package io.ilana.dialect.postgres;

import io.ilana.dialect.Dialect;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.schema.Blueprint;
import io.ilana.schema.ColumnDefinition;
import io.ilana.schema.IndexDefinition;
import io.ilana.schema.grammar.CatalogQueries;
import io.ilana.schema.grammar.LiteralRenderer;
import io.ilana.schema.grammar.SchemaGrammar;
import io.ilana.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL DDL: SERIAL keys, JSONB, BYTEA, INET, arrays, GIN/GiST and partial indexes, comments
 * through {@code COMMENT ON}, and column changes through {@code ALTER COLUMN ... TYPE ... USING}.
 */
public class PostgresSchemaGrammar extends SchemaGrammar {

  /** A grammar for the given PostgreSQL dialect. */
  public PostgresSchemaGrammar(Dialect dialect) {
    super(dialect, new LiteralRenderer(false, LiteralRenderer.Backslashes.POSTGRES_ESCAPE_STRING));
  }

  @Override
  protected String typeInteger(ColumnDefinition c) {
    return c.isAutoIncrement() ? "SERIAL" : "INTEGER";
  }

  @Override
  protected String typeBigInteger(ColumnDefinition c) {
    return c.isAutoIncrement() ? "BIGSERIAL" : "BIGINT";
  }

  @Override
  protected String typeSmallInteger(ColumnDefinition c) {
    return c.isAutoIncrement() ? "SMALLSERIAL" : "SMALLINT";
  }

  @Override
  protected String typeTinyInteger(ColumnDefinition c) {
    return typeSmallInteger(c);
  }

  @Override
  protected String typeMediumInteger(ColumnDefinition c) {
    return typeInteger(c);
  }

  @Override
  protected String typeJsonb(ColumnDefinition c) {
    return "JSONB";
  }

  @Override
  protected String typeBinary(ColumnDefinition c) {
    return "BYTEA";
  }

  @Override
  protected String typeVarbinary(ColumnDefinition c) {
    return "BYTEA";
  }

  private static final String POSTGIS = "postgis";

  /**
   * PostGIS's types: {@code geometry} and {@code lineString} (there is no native line string), and
   * a {@code specificType} of geometry or geography. {@code point} and {@code polygon} are native.
   */
  @Override
  public String requiredExtension(ColumnDefinition column) {
    return switch (column.type()) {
      case GEOMETRY, LINE_STRING -> POSTGIS;
      case SPECIFIC -> isPostgisType(column.specificType()) ? POSTGIS : null;
      default -> null;
    };
  }

  private static boolean isPostgisType(String sqlType) {
    String type = sqlType.trim().toLowerCase(java.util.Locale.ROOT);
    return type.startsWith("geometry") || type.startsWith("geography");
  }

  @Override
  public Sql compileExtensionCheck(String extension) {
    return Sql.of(
        "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = $1) AS found,"
            + " current_setting('server_version_num')::int / 10000 AS major",
        extension);
  }

  @Override
  public UnsupportedFeatureException missingExtension(
      String extension, String table, ColumnDefinition column, int serverMajor) {
    String type = typeName(column);
    return new UnsupportedFeatureException(
        dialect().name(),
        "column type " + type,
        "PostgreSQL column type "
            + type
            + " (column '"
            + column.name()
            + "' on table '"
            + table
            + "') needs the PostGIS extension: install "
            + extension
            + " (e.g. postgresql-"
            + serverMajor
            + "-postgis-3) and run CREATE EXTENSION "
            + extension
            + ".");
  }

  /** The type as the blueprint named it. */
  private static String typeName(ColumnDefinition column) {
    return switch (column.type()) {
      case GEOMETRY -> "geometry";
      case LINE_STRING -> "lineString";
      default -> column.specificType();
    };
  }

  /** Native geometric type; {@code geometry} and {@code lineString} need PostGIS. */
  @Override
  protected String typePoint(ColumnDefinition c) {
    return "POINT";
  }

  @Override
  protected String typePolygon(ColumnDefinition c) {
    return "POLYGON";
  }

  @Override
  protected String typeInet(ColumnDefinition c) {
    return "INET";
  }

  @Override
  protected String typeMacaddr(ColumnDefinition c) {
    return "MACADDR";
  }

  @Override
  protected String typeArray(ColumnDefinition c) {
    return type(c.elementDefinition()) + "[]";
  }

  @Override
  protected String regexCondition(String column, String patternLiteral) {
    return column + " ~ " + patternLiteral;
  }

  @Override
  protected String modifyGenerated(ColumnDefinition column) {
    // PostgreSQL (before 18) has only stored generated columns.
    return column.generatedAs() == null
        ? ""
        : " GENERATED ALWAYS AS (" + column.generatedAs() + ") STORED";
  }

  @Override
  protected String changeType(ColumnDefinition column) {
    String type = type(column);
    return " TYPE " + type + modifyCollate(column) + " USING " + wrap(column.name()) + "::" + type;
  }

  @Override
  protected List<String> compileColumnComments(
      Blueprint blueprint, List<ColumnDefinition> columns) {
    List<String> statements = new ArrayList<>();
    for (ColumnDefinition column : columns) {
      if (column.comment() != null) {
        statements.add(
            "COMMENT ON COLUMN "
                + wrapTable(blueprint.table())
                + "."
                + wrap(column.name())
                + " IS "
                + literals().string(column.comment()));
      }
    }
    return statements;
  }

  @Override
  protected String compilePlainIndex(Blueprint blueprint, IndexDefinition index) {
    return createIndex(blueprint, index, "");
  }

  @Override
  protected String compileSpatialIndex(Blueprint blueprint, IndexDefinition index) {
    return createIndex(blueprint, index, " USING GIST");
  }

  @Override
  protected String compileGinIndex(Blueprint blueprint, IndexDefinition index) {
    return createIndex(blueprint, index, " USING GIN");
  }

  private String createIndex(Blueprint blueprint, IndexDefinition index, String method) {
    String where = index.whereCondition() == null ? "" : " WHERE " + index.whereCondition();
    return "CREATE INDEX "
        + wrap(index.name())
        + " ON "
        + wrapTable(blueprint.table())
        + method
        + " ("
        + columnize(index.columns())
        + ")"
        + where;
  }

  /** PostgreSQL names a type by its udt_name ({@code int8}), and reports table sizes. */
  @Override
  public CatalogQueries catalogQueries() {
    return CatalogQueries.standard(
        currentSchema(),
        "udt_name",
        "SELECT c.relname AS name, pg_total_relation_size(c.oid) AS size FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND c.relkind = 'r'");
  }

  @Override
  protected String currentSchema() {
    return "current_schema()";
  }

  @Override
  public Sql compileListTables() {
    return Sql.of(
        "SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = current_schema()");
  }

  @Override
  public Sql compileListViews() {
    return Sql.of(
        "SELECT viewname AS name FROM pg_catalog.pg_views WHERE schemaname = current_schema()");
  }

  /** Enum, range and stand-alone composite types; array and table row types go with their owner. */
  @Override
  public Sql compileListTypes() {
    return Sql.of(
        "SELECT t.typname AS name FROM pg_catalog.pg_type t"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE n.nspname = current_schema() AND (t.typtype IN ('e', 'r')"
            + " OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c"
            + " WHERE c.oid = t.typrelid AND c.relkind = 'c')))");
  }

  @Override
  public List<String> compileDropAllTypes(List<String> types) {
    return types.stream().map(t -> "DROP TYPE IF EXISTS " + wrap(t) + " CASCADE").toList();
  }
}
