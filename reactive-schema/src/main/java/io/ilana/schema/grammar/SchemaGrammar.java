package io.ilana.schema.grammar;

import io.ilana.dialect.Dialect;
import io.ilana.error.InvalidDefinitionException;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.schema.Blueprint;
import io.ilana.schema.ColumnCheck;
import io.ilana.schema.ColumnDefinition;
import io.ilana.schema.ForeignKeyDefinition;
import io.ilana.schema.IndexDefinition;
import io.ilana.schema.IndexType;
import io.ilana.schema.TableCommand;
import io.ilana.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders blueprints as DDL. The base class writes standard SQL as PostgreSQL and H2 accept it;
 * each dialect's grammar overrides only what its database does differently: a {@code compileX}
 * method per command and a {@code typeX} method per column type. Every identifier is validated and
 * quoted through the core {@link Dialect}; every literal goes through the {@link LiteralRenderer}.
 */
public abstract class SchemaGrammar extends ColumnTypeGrammar {
  /** A grammar quoting through {@code dialect} and writing literals with {@code literals}. */
  protected SchemaGrammar(Dialect dialect, LiteralRenderer literals) {
    super(dialect, literals);
  }

  // ---- entry points ----

  /** The statements that create the blueprint's table with its indexes and foreign keys. */
  public List<String> compileCreate(Blueprint blueprint) {
    List<String> statements = new ArrayList<>();
    statements.add(compileCreateTable(blueprint));
    statements.addAll(compileColumnComments(blueprint, blueprint.columns()));
    for (IndexDefinition index : blueprint.impliedIndexes()) {
      if (index.type() != IndexType.PRIMARY) {
        statements.addAll(compileIndex(blueprint, index));
      }
    }
    for (TableCommand command : blueprint.commands()) {
      if (!(command instanceof IndexDefinition index && index.type() == IndexType.PRIMARY)) {
        statements.addAll(compileCommand(blueprint, command));
      }
    }
    return statements;
  }

  /** The statements that alter the blueprint's existing table. */
  public List<String> compileAlter(Blueprint blueprint) {
    List<String> statements = new ArrayList<>();
    List<ColumnDefinition> added =
        blueprint.columns().stream().filter(c -> !c.isChange()).collect(Collectors.toList());
    if (!added.isEmpty()) {
      statements.addAll(compileAdd(blueprint, added));
    }
    for (ColumnDefinition column : blueprint.columns()) {
      if (column.isChange()) {
        statements.addAll(compileChange(blueprint, column));
      }
    }
    statements.addAll(compileColumnComments(blueprint, blueprint.columns()));
    for (IndexDefinition index : blueprint.impliedIndexes()) {
      statements.addAll(compileIndex(blueprint, index));
    }
    for (TableCommand command : blueprint.commands()) {
      statements.addAll(compileCommand(blueprint, command));
    }
    return statements;
  }

  /** Dispatches one recorded command to its {@code compileX} method. */
  protected List<String> compileCommand(Blueprint blueprint, TableCommand command) {
    if (command instanceof IndexDefinition index) {
      return compileIndex(blueprint, index);
    }
    if (command instanceof ForeignKeyDefinition foreign) {
      return List.of(compileForeign(blueprint, foreign));
    }
    if (command instanceof TableCommand.DropColumns drop) {
      return compileDropColumns(blueprint, drop.columns());
    }
    if (command instanceof TableCommand.RenameColumn rename) {
      return List.of(compileRenameColumn(blueprint, rename.from(), rename.to()));
    }
    if (command instanceof TableCommand.DropIndex drop) {
      return List.of(
          switch (drop.type()) {
            case PRIMARY -> compileDropPrimary(blueprint, drop.name());
            case UNIQUE -> compileDropUnique(blueprint, drop.name());
            default -> compileDropIndex(blueprint, drop.name());
          });
    }
    if (command instanceof TableCommand.DropForeign drop) {
      return List.of(compileDropForeign(blueprint, drop.name()));
    }
    if (command instanceof TableCommand.TableComment comment) {
      return List.of(compileTableComment(blueprint, comment.comment()));
    }
    // internal invariant: TableCommand is sealed and every permitted kind is handled above.
    throw new IllegalStateException("Unknown table command " + command);
  }

  // ---- tables ----

  /** {@code CREATE TABLE} with the columns and the primary key. */
  protected String compileCreateTable(Blueprint blueprint) {
    List<String> parts = new ArrayList<>();
    for (ColumnDefinition column : blueprint.columns()) {
      parts.add(compileColumn(blueprint, column));
    }
    for (IndexDefinition index : primaryKeys(blueprint)) {
      parts.add(primaryKeyClause(blueprint, index));
    }
    return "CREATE TABLE " + wrapTable(blueprint.table()) + " (" + String.join(", ", parts) + ")";
  }

  /** The primary keys a create statement declares, implied by columns or explicit. */
  protected List<IndexDefinition> primaryKeys(Blueprint blueprint) {
    List<IndexDefinition> keys = new ArrayList<>();
    for (IndexDefinition index : blueprint.impliedIndexes()) {
      if (index.type() == IndexType.PRIMARY) {
        keys.add(index);
      }
    }
    for (TableCommand command : blueprint.commands()) {
      if (command instanceof IndexDefinition index && index.type() == IndexType.PRIMARY) {
        keys.add(index);
      }
    }
    if (keys.size() > 1) {
      throw new InvalidDefinitionException(
          "Table " + blueprint.table() + " declares more than one primary key.");
    }
    return keys;
  }

  /** A primary key table constraint. */
  protected String primaryKeyClause(Blueprint blueprint, IndexDefinition index) {
    return "CONSTRAINT " + wrap(index.name()) + " PRIMARY KEY (" + columnize(index.columns()) + ")";
  }

  /** {@code DROP TABLE}. */
  public String compileDropTable(String table) {
    return "DROP TABLE " + wrapTable(table);
  }

  /** {@code DROP TABLE IF EXISTS}. */
  public String compileDropTableIfExists(String table) {
    return "DROP TABLE IF EXISTS " + wrapTable(table);
  }

  /** Renames a table. */
  public String compileRenameTable(String from, String to) {
    return "ALTER TABLE " + wrapTable(from) + " RENAME TO " + wrap(lastPart(to));
  }

  /** Creates a database schema (PostgreSQL and H2; MySQL and MariaDB refuse). */
  public String compileCreateSchema(String name) {
    return "CREATE SCHEMA " + wrap(name);
  }

  /** Drops a database schema with everything in it (PostgreSQL and H2). */
  public String compileDropSchemaIfExists(String name) {
    return "DROP SCHEMA IF EXISTS " + wrap(name) + " CASCADE";
  }

  /** A query returning one row per table of that name in its schema (or the current one). */
  public Sql compileTableExists(String table) {
    return inSchema(
        "SELECT 1 AS found FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
            + " AND table_name = "
            + marker(1)
            + " AND table_schema = ",
        "",
        table);
  }

  /** A query returning the column names of a table, in ordinal order, as column {@code name}. */
  public Sql compileColumnListing(String table) {
    return inSchema(
        "SELECT column_name AS name FROM information_schema.columns WHERE table_name = "
            + marker(1)
            + " AND table_schema = ",
        " ORDER BY ordinal_position",
        table);
  }

  /** The queries that read the current schema's tables, columns, keys and sizes. */
  public CatalogQueries catalogQueries() {
    return CatalogQueries.standard(currentSchema(), "data_type", null);
  }

  private String marker(int position) {
    return dialect().bindMarker(position);
  }

  /**
   * The column's type as this grammar declares it (with {@code UNSIGNED} where the database has
   * it), for messages that compare two columns.
   */
  public String declaredType(ColumnDefinition column) {
    return type(column);
  }

  /**
   * A query reading the declared type of {@code table.column} as column {@code column_type}, run
   * before DDL that adds a foreign key to it; {@code null} where the database accepts a foreign key
   * between integer columns of different sizes (PostgreSQL, H2) and so needs no check.
   */
  public Sql compileForeignKeyColumnType(String table, String column) {
    return null;
  }

  /**
   * The database extension the column's type needs and the server may lack (PostGIS for {@code
   * geometry} on PostgreSQL), or {@code null}.
   */
  public String requiredExtension(ColumnDefinition column) {
    return null;
  }

  /**
   * A query telling whether {@code extension} is created in the current database (column {@code
   * found}, true or false), and the server's major version (column {@code major}).
   *
   * @throws UnsupportedFeatureException on a database without extensions
   */
  public Sql compileExtensionCheck(String extension) {
    throw new UnsupportedFeatureException(dialect().name(), "extensions");
  }

  /**
   * The exception for a column whose type needs an extension the database lacks.
   *
   * @param serverMajor the server's major version, for the package to name
   */
  public UnsupportedFeatureException missingExtension(
      String extension, String table, ColumnDefinition column, int serverMajor) {
    return new UnsupportedFeatureException(
        dialect().name(),
        "column type " + column.type(),
        "Column '"
            + column.name()
            + "' on table '"
            + table
            + "' needs the "
            + extension
            + " extension.");
  }

  /** The SQL expression for the schema (database, on MySQL) unqualified names live in. */
  protected abstract String currentSchema();

  /**
   * A catalog query about {@code table}: its last part is the first binding, and its schema part
   * the second, or the current schema when the name has none.
   */
  private Sql inSchema(String select, String tail, String table) {
    String schema = schemaPart(table);
    return schema == null
        ? Sql.of(select + currentSchema() + tail, lastPart(table))
        : Sql.of(select + marker(2) + tail, lastPart(table), schema);
  }

  /** A query listing the base tables of the current schema as column {@code name}. */
  public abstract Sql compileListTables();

  /** A query listing the views of the current schema as column {@code name}. */
  public abstract Sql compileListViews();

  /** The statements that drop the given tables whatever references them. */
  public List<String> compileDropAllTables(List<String> tables) {
    return tables.stream()
        .map(t -> "DROP TABLE IF EXISTS " + wrap(t) + " CASCADE")
        .collect(Collectors.toList());
  }

  /**
   * The statement that switches foreign key checks off for the session before dropping every table,
   * or {@code null} where {@code DROP ... CASCADE} makes it unnecessary.
   */
  public String compileForeignKeyChecksOff() {
    return null;
  }

  /** The statement that switches foreign key checks back on, or {@code null}. */
  public String compileForeignKeyChecksOn() {
    return null;
  }

  /** The statements that drop the given views. */
  public List<String> compileDropAllViews(List<String> views) {
    return views.stream()
        .map(v -> "DROP VIEW IF EXISTS " + wrap(v) + " CASCADE")
        .collect(Collectors.toList());
  }

  /**
   * A query listing the user-defined types of the current schema, or {@code null} if none exist.
   */
  public Sql compileListTypes() {
    return null;
  }

  /** The statements that drop the given user-defined types. */
  public List<String> compileDropAllTypes(List<String> types) {
    return List.of();
  }

  // ---- columns ----

  /** Adds new columns, one statement per column. */
  protected List<String> compileAdd(Blueprint blueprint, List<ColumnDefinition> columns) {
    return columns.stream()
        .map(
            c ->
                "ALTER TABLE "
                    + wrapTable(blueprint.table())
                    + " ADD COLUMN "
                    + compileColumn(blueprint, c))
        .collect(Collectors.toList());
  }

  /**
   * Redefines an existing column: its type, nullability and default are set to what the definition
   * says (a default not given is dropped), as knex's {@code alter()} does.
   */
  protected List<String> compileChange(Blueprint blueprint, ColumnDefinition column) {
    if (column.isAutoIncrement() || column.generatedAs() != null) {
      throw new UnsupportedFeatureException(
          dialect().name(), "changing a column to auto-increment or generated");
    }
    String prefix =
        "ALTER TABLE " + wrapTable(blueprint.table()) + " ALTER COLUMN " + wrap(column.name());
    List<String> statements = new ArrayList<>();
    statements.add(prefix + changeType(column));
    statements.add(prefix + (column.isNullable() ? " DROP NOT NULL" : " SET NOT NULL"));
    String defaultValue = defaultValue(column);
    statements.add(
        prefix + (defaultValue == null ? " DROP DEFAULT" : " SET DEFAULT " + defaultValue));
    return statements;
  }

  /** The type clause of a column change. */
  protected String changeType(ColumnDefinition column) {
    return " SET DATA TYPE " + type(column) + modifyCollate(column);
  }

  /** Statements setting column comments where they are not part of the column definition. */
  protected List<String> compileColumnComments(
      Blueprint blueprint, List<ColumnDefinition> columns) {
    return List.of();
  }

  /** Drops columns, one statement per column. */
  protected List<String> compileDropColumns(Blueprint blueprint, List<String> columns) {
    return columns.stream()
        .map(c -> "ALTER TABLE " + wrapTable(blueprint.table()) + " DROP COLUMN " + wrap(c))
        .collect(Collectors.toList());
  }

  /** Renames a column. */
  protected String compileRenameColumn(Blueprint blueprint, String from, String to) {
    return "ALTER TABLE "
        + wrapTable(blueprint.table())
        + " RENAME COLUMN "
        + wrap(from)
        + " TO "
        + wrap(to);
  }

  /** Sets the table comment. */
  protected String compileTableComment(Blueprint blueprint, String comment) {
    return "COMMENT ON TABLE " + wrapTable(blueprint.table()) + " IS " + literals().string(comment);
  }

  /** One column definition: name, type and modifiers. */
  protected String compileColumn(Blueprint blueprint, ColumnDefinition column) {
    return wrap(column.name()) + " " + type(column) + modifiers(blueprint, column);
  }

  /**
   * The modifiers after the type, in the order PostgreSQL and H2 accept: H2 wants DEFAULT,
   * GENERATED and IDENTITY before any constraint.
   */
  protected String modifiers(Blueprint blueprint, ColumnDefinition column) {
    return modifyCollate(column)
        + modifyDefault(column)
        + modifyGenerated(column)
        + modifyIncrement(column)
        + modifyComment(column)
        + modifyNullable(column)
        + modifyPrimary(column)
        + modifyChecks(column)
        + modifyPosition(column);
  }

  /** {@code COLLATE}. */
  protected String modifyCollate(ColumnDefinition column) {
    return column.collation() == null ? "" : " COLLATE " + wrap(column.collation());
  }

  /** {@code DEFAULT}. */
  protected String modifyDefault(ColumnDefinition column) {
    String value = defaultValue(column);
    return value == null ? "" : " DEFAULT " + value;
  }

  /** The default as SQL, or {@code null} when the column has none. */
  protected String defaultValue(ColumnDefinition column) {
    if (column.usesCurrentOnUpdate()) {
      throw new UnsupportedFeatureException(dialect().name(), "useCurrentOnUpdate");
    }
    if (column.hasDefault()) {
      return literals().render(column.defaultValue());
    }
    return column.usesCurrent() ? "CURRENT_TIMESTAMP" : null;
  }

  /** {@code GENERATED ALWAYS AS (...)}. */
  protected String modifyGenerated(ColumnDefinition column) {
    return column.generatedAs() == null
        ? ""
        : " GENERATED ALWAYS AS (" + column.generatedAs() + ")";
  }

  /** Auto-increment, where it is not a type of its own. */
  protected String modifyIncrement(ColumnDefinition column) {
    return "";
  }

  /** An inline comment, where the dialect has one. */
  protected String modifyComment(ColumnDefinition column) {
    return "";
  }

  /** {@code NOT NULL} when the column may not be null. */
  protected String modifyNullable(ColumnDefinition column) {
    return column.isNullable() ? "" : " NOT NULL";
  }

  /** An inline primary key for an auto-incrementing key column. */
  protected String modifyPrimary(ColumnDefinition column) {
    return column.isAutoIncrement() && column.isPrimary() ? " PRIMARY KEY" : "";
  }

  /** The column's CHECK constraints. */
  protected String modifyChecks(ColumnDefinition column) {
    StringBuilder out = new StringBuilder(enumCheck(column));
    for (ColumnCheck check : column.checks()) {
      String condition =
          switch (check.kind()) {
            case RAW -> check.value();
            case POSITIVE -> wrap(column.name()) + " > 0";
            case REGEX -> regexCondition(wrap(column.name()), literals().string(check.value()));
          };
      out.append(" CHECK (").append(condition).append(")");
    }
    return out.toString();
  }

  /** The condition that a column matches a regular expression. */
  protected abstract String regexCondition(String column, String patternLiteral);

  /** {@code AFTER}/{@code FIRST}: MySQL and MariaDB only. */
  protected String modifyPosition(ColumnDefinition column) {
    if (column.after() != null || column.isFirst()) {
      throw new UnsupportedFeatureException(
          dialect().name(), "column positioning (" + (column.isFirst() ? "first" : "after") + ")");
    }
    return "";
  }

  // ---- indexes and keys ----

  /** Creates an index, unique constraint or primary key on an existing table. */
  protected List<String> compileIndex(Blueprint blueprint, IndexDefinition index) {
    if (index.whereCondition() != null
        && !(index.type() == IndexType.INDEX || index.type() == IndexType.GIN)) {
      throw new UnsupportedFeatureException(
          dialect().name(), "a partial (where) " + index.type() + " index");
    }
    return List.of(
        switch (index.type()) {
          case PRIMARY -> compilePrimary(blueprint, index);
          case UNIQUE -> compileUnique(blueprint, index);
          case INDEX -> compilePlainIndex(blueprint, index);
          case FULLTEXT -> compileFullText(blueprint, index);
          case SPATIAL -> compileSpatialIndex(blueprint, index);
          case GIN -> compileGinIndex(blueprint, index);
        });
  }

  /** Adds a primary key to an existing table. */
  protected String compilePrimary(Blueprint blueprint, IndexDefinition index) {
    return "ALTER TABLE "
        + wrapTable(blueprint.table())
        + " ADD "
        + primaryKeyClause(blueprint, index);
  }

  /** Adds a unique constraint. */
  protected String compileUnique(Blueprint blueprint, IndexDefinition index) {
    return "ALTER TABLE "
        + wrapTable(blueprint.table())
        + " ADD CONSTRAINT "
        + wrap(index.name())
        + " UNIQUE ("
        + columnize(index.columns())
        + ")";
  }

  /** Creates a plain index. */
  protected String compilePlainIndex(Blueprint blueprint, IndexDefinition index) {
    if (index.whereCondition() != null) {
      throw new UnsupportedFeatureException(dialect().name(), "partial indexes (where)");
    }
    return "CREATE INDEX "
        + wrap(index.name())
        + " ON "
        + wrapTable(blueprint.table())
        + " ("
        + columnize(index.columns())
        + ")";
  }

  /** Creates a full-text index: MySQL and MariaDB only. */
  protected String compileFullText(Blueprint blueprint, IndexDefinition index) {
    throw new UnsupportedFeatureException(dialect().name(), "FULLTEXT indexes");
  }

  /** Creates a spatial index. */
  protected String compileSpatialIndex(Blueprint blueprint, IndexDefinition index) {
    throw new UnsupportedFeatureException(dialect().name(), "SPATIAL indexes");
  }

  /** Creates a GIN index: PostgreSQL only. */
  protected String compileGinIndex(Blueprint blueprint, IndexDefinition index) {
    throw new UnsupportedFeatureException(dialect().name(), "GIN indexes");
  }

  /** Adds a foreign key constraint. */
  protected String compileForeign(Blueprint blueprint, ForeignKeyDefinition foreign) {
    if (foreign.referencedTable() == null) {
      throw new InvalidDefinitionException(
          "Foreign key on "
              + blueprint.table()
              + "("
              + String.join(", ", foreign.columns())
              + ") names no referenced table; call inTable(...).");
    }
    String name =
        foreign.name() == null ? blueprint.foreignKeyName(foreign.columns()) : foreign.name();
    StringBuilder sql =
        new StringBuilder("ALTER TABLE ")
            .append(wrapTable(blueprint.table()))
            .append(" ADD CONSTRAINT ")
            .append(wrap(name))
            .append(" FOREIGN KEY (")
            .append(columnize(foreign.columns()))
            .append(") REFERENCES ")
            .append(wrapTable(foreign.referencedTable()))
            .append(" (")
            .append(columnize(foreign.referencedColumns()))
            .append(")");
    if (foreign.deleteAction() != null) {
      sql.append(" ON DELETE ").append(foreign.deleteAction());
    }
    if (foreign.updateAction() != null) {
      sql.append(" ON UPDATE ").append(foreign.updateAction());
    }
    return sql.toString();
  }

  /** Drops an index. */
  protected String compileDropIndex(Blueprint blueprint, String name) {
    return "DROP INDEX " + wrapSibling(blueprint.table(), name);
  }

  /** Drops a unique constraint. */
  protected String compileDropUnique(Blueprint blueprint, String name) {
    return "ALTER TABLE " + wrapTable(blueprint.table()) + " DROP CONSTRAINT " + wrap(name);
  }

  /** Drops the primary key. */
  protected String compileDropPrimary(Blueprint blueprint, String name) {
    return "ALTER TABLE " + wrapTable(blueprint.table()) + " DROP CONSTRAINT " + wrap(name);
  }

  /** Drops a foreign key. */
  protected String compileDropForeign(Blueprint blueprint, String name) {
    return "ALTER TABLE " + wrapTable(blueprint.table()) + " DROP CONSTRAINT " + wrap(name);
  }
}
