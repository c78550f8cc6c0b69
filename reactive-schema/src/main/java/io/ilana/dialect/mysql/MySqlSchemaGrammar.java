package io.ilana.dialect.mysql;

import io.ilana.dialect.Dialect;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.schema.Blueprint;
import io.ilana.schema.ColumnDefinition;
import io.ilana.schema.IndexDefinition;
import io.ilana.schema.grammar.CatalogQueries;
import io.ilana.schema.grammar.LiteralRenderer;
import io.ilana.schema.grammar.SchemaGrammar;
import io.ilana.sql.Sql;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MySQL DDL: UNSIGNED and AUTO_INCREMENT, native ENUM and SET, inline comments, column positions,
 * indexes through {@code ALTER TABLE ... ADD}, column changes through {@code MODIFY COLUMN}.
 * Portable mappings: uuid is CHAR(36), jsonb is JSON, boolean is TINYINT(1).
 */
public class MySqlSchemaGrammar extends SchemaGrammar {

  /** A grammar for the given MySQL-family dialect. */
  public MySqlSchemaGrammar(Dialect dialect) {
    super(dialect, new LiteralRenderer(true, LiteralRenderer.Backslashes.ESCAPE));
  }

  @Override
  protected String modifiers(Blueprint blueprint, ColumnDefinition column) {
    return modifyUnsigned(column)
        + modifyCollate(column)
        + modifyGenerated(column)
        + modifyNullable(column)
        + modifyDefault(column)
        + modifyOnUpdate(column)
        + modifyIncrement(column)
        + modifyPrimary(column)
        + modifyComment(column)
        + modifyChecks(column)
        + modifyPosition(column);
  }

  @Override
  public String declaredType(ColumnDefinition column) {
    return type(column) + modifyUnsigned(column);
  }

  /**
   * MySQL and MariaDB refuse a foreign key between integer columns of different sizes or signedness
   * (errno 150) only after {@code CREATE TABLE} has run, so the referenced column's type is read
   * first.
   */
  @Override
  public Sql compileForeignKeyColumnType(String table, String column) {
    String marker = dialect().bindMarker(1);
    String select =
        "SELECT column_type AS column_type FROM information_schema.columns WHERE table_name = "
            + marker
            + " AND column_name = "
            + marker
            + " AND table_schema = ";
    String schema = schemaPart(table);
    return schema == null
        ? Sql.of(select + currentSchema(), lastPart(table), column)
        : Sql.of(select + marker, lastPart(table), column, schema);
  }

  /** {@code UNSIGNED} for numeric columns that ask for it. */
  protected String modifyUnsigned(ColumnDefinition column) {
    boolean numeric =
        switch (column.type()) {
          case INTEGER,
              BIG_INTEGER,
              SMALL_INTEGER,
              TINY_INTEGER,
              MEDIUM_INTEGER,
              DECIMAL,
              FLOAT,
              DOUBLE,
              REAL ->
              true;
          default -> false;
        };
    return column.isUnsigned() && numeric ? " UNSIGNED" : "";
  }

  @Override
  protected String modifyCollate(ColumnDefinition column) {
    // A validated bare name: MySQL collation names are identifiers, not strings.
    return column.collation() == null ? "" : " COLLATE " + column.collation();
  }

  @Override
  protected String modifyGenerated(ColumnDefinition column) {
    if (column.generatedAs() == null) {
      return "";
    }
    return " GENERATED ALWAYS AS ("
        + column.generatedAs()
        + ")"
        + (column.isStored() ? " STORED" : " VIRTUAL");
  }

  /** MySQL makes a TIMESTAMP NOT NULL unless told otherwise, so NULL is written out. */
  @Override
  protected String modifyNullable(ColumnDefinition column) {
    if (!column.isNullable()) {
      return " NOT NULL";
    }
    // A generated column takes its nullability from its expression; MariaDB rejects NULL there.
    return column.isPrimary() || column.generatedAs() != null ? "" : " NULL";
  }

  @Override
  protected String defaultValue(ColumnDefinition column) {
    if (!column.hasDefault() && column.usesCurrent()) {
      return "CURRENT_TIMESTAMP" + precision(column);
    }
    if (column.hasDefault()) {
      return literals().render(column.defaultValue());
    }
    return null;
  }

  /** {@code ON UPDATE CURRENT_TIMESTAMP}. */
  protected String modifyOnUpdate(ColumnDefinition column) {
    return column.usesCurrentOnUpdate() ? " ON UPDATE CURRENT_TIMESTAMP" + precision(column) : "";
  }

  @Override
  protected String modifyIncrement(ColumnDefinition column) {
    return column.isAutoIncrement() ? " AUTO_INCREMENT" : "";
  }

  @Override
  protected String modifyComment(ColumnDefinition column) {
    return column.comment() == null ? "" : " COMMENT " + literals().string(column.comment());
  }

  @Override
  protected String modifyPosition(ColumnDefinition column) {
    if (column.isFirst()) {
      return " FIRST";
    }
    return column.after() == null ? "" : " AFTER " + wrap(column.after());
  }

  @Override
  protected String enumCheck(ColumnDefinition c) {
    return "";
  }

  @Override
  protected String regexCondition(String column, String patternLiteral) {
    return column + " REGEXP " + patternLiteral;
  }

  // ---- types ----

  @Override
  protected String typeInteger(ColumnDefinition c) {
    return "INT";
  }

  @Override
  protected String typeTinyInteger(ColumnDefinition c) {
    return "TINYINT";
  }

  @Override
  protected String typeMediumInteger(ColumnDefinition c) {
    return "MEDIUMINT";
  }

  @Override
  protected String typeFloat(ColumnDefinition c) {
    return c.precision() == null ? "FLOAT" : "FLOAT(" + c.precision() + ", " + c.scale() + ")";
  }

  @Override
  protected String typeDouble(ColumnDefinition c) {
    return "DOUBLE";
  }

  @Override
  protected String typeReal(ColumnDefinition c) {
    return "FLOAT";
  }

  @Override
  protected String typeMediumText(ColumnDefinition c) {
    return "MEDIUMTEXT";
  }

  @Override
  protected String typeLongText(ColumnDefinition c) {
    return "LONGTEXT";
  }

  @Override
  protected String typeBoolean(ColumnDefinition c) {
    return "TINYINT(1)";
  }

  @Override
  protected String typeDateTime(ColumnDefinition c) {
    return "DATETIME" + precision(c);
  }

  /** MySQL's TIMESTAMP stores UTC and converts on read: the closest thing to a zoned timestamp. */
  @Override
  protected String typeTimestampTz(ColumnDefinition c) {
    return "TIMESTAMP" + precision(c);
  }

  @Override
  protected String typeUuid(ColumnDefinition c) {
    return "CHAR(36)";
  }

  @Override
  protected String typeEnum(ColumnDefinition c) {
    return "ENUM(" + allowedValues(c) + ")";
  }

  @Override
  protected String typeSet(ColumnDefinition c) {
    return "SET(" + allowedValues(c) + ")";
  }

  @Override
  protected String typeBinary(ColumnDefinition c) {
    return "BLOB";
  }

  @Override
  protected String typePoint(ColumnDefinition c) {
    return "POINT";
  }

  @Override
  protected String typeLineString(ColumnDefinition c) {
    return "LINESTRING";
  }

  @Override
  protected String typePolygon(ColumnDefinition c) {
    return "POLYGON";
  }

  // ---- tables and columns ----

  @Override
  protected String primaryKeyClause(Blueprint blueprint, IndexDefinition index) {
    // MySQL names every primary key PRIMARY and ignores any other name.
    return "PRIMARY KEY (" + columnize(index.columns()) + ")";
  }

  @Override
  public String compileRenameTable(String from, String to) {
    return "RENAME TABLE " + wrapTable(from) + " TO " + wrapTable(to);
  }

  /** One statement, so an AUTO_INCREMENT column arrives together with its key. */
  @Override
  protected List<String> compileAdd(Blueprint blueprint, List<ColumnDefinition> columns) {
    return List.of(
        "ALTER TABLE "
            + wrapTable(blueprint.table())
            + " "
            + columns.stream()
                .map(c -> "ADD COLUMN " + compileColumn(blueprint, c))
                .collect(Collectors.joining(", ")));
  }

  @Override
  protected List<String> compileChange(Blueprint blueprint, ColumnDefinition column) {
    return List.of(
        "ALTER TABLE "
            + wrapTable(blueprint.table())
            + " MODIFY COLUMN "
            + compileColumn(blueprint, column));
  }

  @Override
  protected List<String> compileDropColumns(Blueprint blueprint, List<String> columns) {
    return List.of(
        "ALTER TABLE "
            + wrapTable(blueprint.table())
            + " "
            + columns.stream()
                .map(c -> "DROP COLUMN " + wrap(c))
                .collect(Collectors.joining(", ")));
  }

  @Override
  protected String compileTableComment(Blueprint blueprint, String comment) {
    return "ALTER TABLE "
        + wrapTable(blueprint.table())
        + " COMMENT = "
        + literals().string(comment);
  }

  // ---- indexes ----

  @Override
  protected String compilePrimary(Blueprint blueprint, IndexDefinition index) {
    return addIndex(blueprint, index, "PRIMARY KEY", false);
  }

  @Override
  protected String compileUnique(Blueprint blueprint, IndexDefinition index) {
    return addIndex(blueprint, index, "UNIQUE INDEX", true);
  }

  @Override
  protected String compilePlainIndex(Blueprint blueprint, IndexDefinition index) {
    if (index.whereCondition() != null) {
      throw new UnsupportedFeatureException(dialect().name(), "partial indexes (where)");
    }
    return addIndex(blueprint, index, "INDEX", true);
  }

  @Override
  protected String compileFullText(Blueprint blueprint, IndexDefinition index) {
    return addIndex(blueprint, index, "FULLTEXT INDEX", true);
  }

  @Override
  protected String compileSpatialIndex(Blueprint blueprint, IndexDefinition index) {
    return addIndex(blueprint, index, "SPATIAL INDEX", true);
  }

  private String addIndex(Blueprint blueprint, IndexDefinition index, String kind, boolean named) {
    return "ALTER TABLE "
        + wrapTable(blueprint.table())
        + " ADD "
        + kind
        + (named ? " " + wrap(index.name()) : "")
        + " ("
        + columnize(index.columns())
        + ")";
  }

  @Override
  protected String compileDropIndex(Blueprint blueprint, String name) {
    return "ALTER TABLE " + wrapTable(blueprint.table()) + " DROP INDEX " + wrap(name);
  }

  @Override
  protected String compileDropUnique(Blueprint blueprint, String name) {
    return compileDropIndex(blueprint, name);
  }

  @Override
  protected String compileDropPrimary(Blueprint blueprint, String name) {
    return "ALTER TABLE " + wrapTable(blueprint.table()) + " DROP PRIMARY KEY";
  }

  @Override
  protected String compileDropForeign(Blueprint blueprint, String name) {
    return "ALTER TABLE " + wrapTable(blueprint.table()) + " DROP FOREIGN KEY " + wrap(name);
  }

  // ---- catalog ----

  /** On MySQL a schema is a database; creating databases is not the schema builder's job. */
  @Override
  public String compileCreateSchema(String name) {
    throw new UnsupportedFeatureException(dialect().name(), "createSchema");
  }

  @Override
  public String compileDropSchemaIfExists(String name) {
    throw new UnsupportedFeatureException(dialect().name(), "dropSchema");
  }

  /** MySQL and MariaDB name the referenced column in key_column_usage itself. */
  @Override
  public CatalogQueries catalogQueries() {
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

  @Override
  protected String currentSchema() {
    return "DATABASE()";
  }

  @Override
  public Sql compileListTables() {
    return Sql.of(
        "SELECT table_name AS name FROM information_schema.tables"
            + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'");
  }

  @Override
  public Sql compileListViews() {
    return Sql.of(
        "SELECT table_name AS name FROM information_schema.tables"
            + " WHERE table_schema = DATABASE() AND table_type = 'VIEW'");
  }

  /** MySQL has no DROP ... CASCADE: foreign key checks are switched off around the drop. */
  @Override
  public List<String> compileDropAllTables(List<String> tables) {
    return tables.isEmpty()
        ? List.of()
        : List.of(
            "DROP TABLE IF EXISTS "
                + tables.stream().map(this::wrap).collect(Collectors.joining(", ")));
  }

  @Override
  public String compileForeignKeyChecksOff() {
    return "SET FOREIGN_KEY_CHECKS = 0";
  }

  @Override
  public String compileForeignKeyChecksOn() {
    return "SET FOREIGN_KEY_CHECKS = 1";
  }

  @Override
  public List<String> compileDropAllViews(List<String> views) {
    return views.isEmpty()
        ? List.of()
        : List.of(
            "DROP VIEW IF EXISTS "
                + views.stream().map(this::wrap).collect(Collectors.joining(", ")));
  }
}
