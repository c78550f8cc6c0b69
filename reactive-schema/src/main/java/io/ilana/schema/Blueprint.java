package io.ilana.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a migration asks of one table: the columns to add or change and the commands (indexes,
 * foreign keys, drops, renames) in the order they were called. It records state only; a schema
 * grammar turns it into the dialect's DDL.
 */
public final class Blueprint {
  private final String table;
  private final List<ColumnDefinition> columns = new ArrayList<>();
  private final List<TableCommand> commands = new ArrayList<>();

  /** A blueprint for {@code table}, which may be schema-qualified ({@code analytics.events}). */
  public Blueprint(String table) {
    Identifiers.requireQualified(table);
    this.table = table;
  }

  /** The table name as given. */
  public String table() {
    return table;
  }

  /** The columns added or changed, in order. */
  public List<ColumnDefinition> columns() {
    return List.copyOf(columns);
  }

  /** The recorded commands, in call order. */
  public List<TableCommand> commands() {
    return List.copyOf(commands);
  }

  /** Adds a column of a portable type; the typed methods below are shorthands for this. */
  public ColumnDefinition addColumn(ColumnType type, String name) {
    ColumnDefinition column = new ColumnDefinition(this, name, type);
    columns.add(column);
    return column;
  }

  // ---- keys ----

  /** An auto-incrementing INTEGER primary key. */
  public ColumnDefinition increments(String name) {
    return addColumn(ColumnType.INTEGER, name).unsigned().autoIncrement().primary();
  }

  /** An auto-incrementing BIGINT primary key. */
  public ColumnDefinition bigIncrements(String name) {
    return addColumn(ColumnType.BIG_INTEGER, name).unsigned().autoIncrement().primary();
  }

  /** An auto-incrementing BIGINT primary key named {@code id}: {@code bigIncrements("id")}. */
  public ColumnDefinition id() {
    return bigIncrements("id");
  }

  /** An unsigned BIGINT meant to reference a {@link #bigIncrements} (or {@link #id}) key. */
  public ColumnDefinition foreignId(String name) {
    return addColumn(ColumnType.BIG_INTEGER, name).unsigned();
  }

  /** An unsigned INTEGER, the type that references an {@link #increments} key on MySQL. */
  public ColumnDefinition unsignedInteger(String name) {
    return addColumn(ColumnType.INTEGER, name).unsigned();
  }

  /** An unsigned BIGINT: {@link #foreignId} without the intent. */
  public ColumnDefinition unsignedBigInteger(String name) {
    return addColumn(ColumnType.BIG_INTEGER, name).unsigned();
  }

  /** A UUID column meant to reference a UUID key. */
  public ColumnDefinition foreignUuid(String name) {
    return addColumn(ColumnType.UUID, name);
  }

  /**
   * The two columns of a polymorphic relation to models with {@link #bigIncrements} keys: {@code
   * <name>_type} (string) and {@code <name>_id} (unsigned BIGINT), indexed together.
   */
  public void morphs(String name) {
    string(name + "_type");
    foreignId(name + "_id");
    index(List.of(name + "_type", name + "_id"));
  }

  /**
   * The two columns of a polymorphic relation to models with UUID keys: {@code <name>_type}
   * (string) and {@code <name>_id} (UUID), indexed together.
   */
  public void uuidMorphs(String name) {
    string(name + "_type");
    foreignUuid(name + "_id");
    index(List.of(name + "_type", name + "_id"));
  }

  // ---- numbers ----

  /** An INTEGER column. */
  public ColumnDefinition integer(String name) {
    return addColumn(ColumnType.INTEGER, name);
  }

  /** A BIGINT column. */
  public ColumnDefinition bigInteger(String name) {
    return addColumn(ColumnType.BIG_INTEGER, name);
  }

  /** A MEDIUMINT column on MySQL, INTEGER elsewhere. */
  public ColumnDefinition mediumInteger(String name) {
    return addColumn(ColumnType.MEDIUM_INTEGER, name);
  }

  /** A SMALLINT column. */
  public ColumnDefinition smallInteger(String name) {
    return addColumn(ColumnType.SMALL_INTEGER, name);
  }

  /** A TINYINT column; SMALLINT where there is no TINYINT. */
  public ColumnDefinition tinyInteger(String name) {
    return addColumn(ColumnType.TINY_INTEGER, name);
  }

  /** A DECIMAL(8, 2) column. */
  public ColumnDefinition decimal(String name) {
    return decimal(name, 8, 2);
  }

  /** A DECIMAL column with the given precision and scale. */
  public ColumnDefinition decimal(String name, int precision, int scale) {
    return addColumn(ColumnType.DECIMAL, name).precision(precision, scale);
  }

  /** A single-precision floating point column. */
  public ColumnDefinition floatColumn(String name) {
    return addColumn(ColumnType.FLOAT, name);
  }

  /** A floating point column with a precision and scale (honoured on MySQL/MariaDB). */
  public ColumnDefinition floatColumn(String name, int precision, int scale) {
    return addColumn(ColumnType.FLOAT, name).precision(precision, scale);
  }

  /** A double-precision floating point column. */
  public ColumnDefinition doubleColumn(String name) {
    return addColumn(ColumnType.DOUBLE, name);
  }

  /** A REAL column. */
  public ColumnDefinition real(String name) {
    return addColumn(ColumnType.REAL, name);
  }

  // ---- text ----

  /** A VARCHAR(255) column. */
  public ColumnDefinition string(String name) {
    return string(name, 255);
  }

  /** A VARCHAR column of the given length. */
  public ColumnDefinition string(String name, int length) {
    return addColumn(ColumnType.STRING, name).length(length);
  }

  /** Same as {@link #string(String, int)}. */
  public ColumnDefinition varchar(String name, int length) {
    return string(name, length);
  }

  /** A fixed-length CHAR column. */
  public ColumnDefinition charColumn(String name, int length) {
    return addColumn(ColumnType.CHAR, name).length(length);
  }

  /** A TEXT column. */
  public ColumnDefinition text(String name) {
    return addColumn(ColumnType.TEXT, name);
  }

  /** A MEDIUMTEXT column on MySQL, TEXT elsewhere. */
  public ColumnDefinition mediumText(String name) {
    return addColumn(ColumnType.MEDIUM_TEXT, name);
  }

  /** A LONGTEXT column on MySQL, TEXT elsewhere. */
  public ColumnDefinition longText(String name) {
    return addColumn(ColumnType.LONG_TEXT, name);
  }

  // ---- other scalars ----

  /** A BOOLEAN column (TINYINT(1) on MySQL/MariaDB). */
  public ColumnDefinition booleanColumn(String name) {
    return addColumn(ColumnType.BOOLEAN, name);
  }

  /** A DATE column. */
  public ColumnDefinition date(String name) {
    return addColumn(ColumnType.DATE, name);
  }

  /** A TIME column. */
  public ColumnDefinition time(String name) {
    return addColumn(ColumnType.TIME, name);
  }

  /** A date-time column without zone (DATETIME on MySQL, TIMESTAMP elsewhere). */
  public ColumnDefinition datetime(String name) {
    return addColumn(ColumnType.DATETIME, name);
  }

  /** A date-time column without zone, with fractional-second precision. */
  public ColumnDefinition datetime(String name, int precision) {
    return addColumn(ColumnType.DATETIME, name).precision(precision, null);
  }

  /** A TIMESTAMP column. */
  public ColumnDefinition timestamp(String name) {
    return addColumn(ColumnType.TIMESTAMP, name);
  }

  /** A TIMESTAMP column with fractional-second precision. */
  public ColumnDefinition timestamp(String name, int precision) {
    return addColumn(ColumnType.TIMESTAMP, name).precision(precision, null);
  }

  /** A TIMESTAMP WITH TIME ZONE column (TIMESTAMP on MySQL, which stores UTC). */
  public ColumnDefinition timestampTz(String name) {
    return addColumn(ColumnType.TIMESTAMP_TZ, name);
  }

  /** Nullable {@code created_at} and {@code updated_at} timestamps. */
  public void timestamps() {
    timestamps(true, false);
  }

  /**
   * {@code created_at} and {@code updated_at}, as in knex.
   *
   * @param useTimestampType TIMESTAMP when true, DATETIME when false
   * @param defaultToNow NOT NULL with a default of the current timestamp when true, else nullable
   */
  public void timestamps(boolean useTimestampType, boolean defaultToNow) {
    for (String name : List.of("created_at", "updated_at")) {
      ColumnDefinition column = useTimestampType ? timestamp(name) : datetime(name);
      if (defaultToNow) {
        column.notNullable().useCurrent();
      } else {
        column.nullable();
      }
    }
  }

  /** A nullable {@code deleted_at} timestamp for soft deletes. */
  public ColumnDefinition softDeletes() {
    return softDeletes("deleted_at");
  }

  /** A nullable timestamp for soft deletes with the given name. */
  public ColumnDefinition softDeletes(String name) {
    return timestamp(name).nullable();
  }

  /** A UUID column (CHAR(36) on MySQL). */
  public ColumnDefinition uuid(String name) {
    return addColumn(ColumnType.UUID, name);
  }

  /** A JSON column. */
  public ColumnDefinition json(String name) {
    return addColumn(ColumnType.JSON, name);
  }

  /** A JSONB column on PostgreSQL, JSON elsewhere. */
  public ColumnDefinition jsonb(String name) {
    return addColumn(ColumnType.JSONB, name);
  }

  /** A column restricted to the given values. */
  public ColumnDefinition enumColumn(String name, List<String> values) {
    return addColumn(ColumnType.ENUM, name).allowed(values);
  }

  /** A MySQL SET column holding any combination of the given values. */
  public ColumnDefinition set(String name, List<String> values) {
    return addColumn(ColumnType.SET, name).allowed(values);
  }

  /** A binary column (BYTEA, BLOB, VARBINARY). */
  public ColumnDefinition binary(String name) {
    return addColumn(ColumnType.BINARY, name);
  }

  /** A variable-length binary column of at most {@code length} bytes. */
  public ColumnDefinition varbinary(String name, int length) {
    return addColumn(ColumnType.VARBINARY, name).length(length);
  }

  /** A geometry column (PostGIS on PostgreSQL). */
  public ColumnDefinition geometry(String name) {
    return addColumn(ColumnType.GEOMETRY, name);
  }

  /** A point column. */
  public ColumnDefinition point(String name) {
    return addColumn(ColumnType.POINT, name);
  }

  /** A line-string column (PostGIS on PostgreSQL). */
  public ColumnDefinition lineString(String name) {
    return addColumn(ColumnType.LINE_STRING, name);
  }

  /** A polygon column. */
  public ColumnDefinition polygon(String name) {
    return addColumn(ColumnType.POLYGON, name);
  }

  /** An IP address column (INET on PostgreSQL, INET6 on MariaDB). */
  public ColumnDefinition inet(String name) {
    return addColumn(ColumnType.INET, name);
  }

  /** A MAC address column (PostgreSQL only). */
  public ColumnDefinition macaddr(String name) {
    return addColumn(ColumnType.MACADDR, name);
  }

  /** An array of a portable element type (PostgreSQL and H2). */
  public ColumnDefinition array(String name, ColumnType elementType) {
    return addColumn(ColumnType.ARRAY, name).elementType(elementType);
  }

  /** A column of a database-specific SQL type written as is, such as {@code text[]}. */
  public ColumnDefinition specificType(String name, String sqlType) {
    return addColumn(ColumnType.SPECIFIC, name).specificType(sqlType);
  }

  // ---- indexes and keys ----

  /** A primary key over the given columns. */
  public IndexDefinition primary(List<String> columns) {
    return add(new IndexDefinition(IndexType.PRIMARY, columns, baseName() + "_pkey"));
  }

  /** A named primary key over the given columns. */
  public IndexDefinition primary(List<String> columns, String name) {
    return add(new IndexDefinition(IndexType.PRIMARY, columns, name));
  }

  /** A unique constraint over the given columns. */
  public IndexDefinition unique(List<String> columns) {
    return index(columns, indexName(IndexType.UNIQUE, columns), IndexType.UNIQUE);
  }

  /** A named unique constraint. */
  public IndexDefinition unique(List<String> columns, String name) {
    return index(columns, name, IndexType.UNIQUE);
  }

  /** An index on one column. */
  public IndexDefinition index(String column) {
    return index(List.of(column));
  }

  /** An index over the given columns. */
  public IndexDefinition index(List<String> columns) {
    return index(columns, indexName(IndexType.INDEX, columns), IndexType.INDEX);
  }

  /** A named index. */
  public IndexDefinition index(List<String> columns, String name) {
    return index(columns, name, IndexType.INDEX);
  }

  /** A named index of the given kind (FULLTEXT, SPATIAL, GIN, ...). */
  public IndexDefinition index(List<String> columns, String name, IndexType type) {
    return add(new IndexDefinition(type, columns, name));
  }

  /** A FULLTEXT index (MySQL/MariaDB). */
  public IndexDefinition fullText(List<String> columns) {
    return index(columns, indexName(IndexType.FULLTEXT, columns), IndexType.FULLTEXT);
  }

  /** A spatial index. */
  public IndexDefinition spatialIndex(List<String> columns) {
    return index(columns, indexName(IndexType.SPATIAL, columns), IndexType.SPATIAL);
  }

  /** A foreign key from one column. */
  public ForeignKeyDefinition foreign(String column) {
    return foreign(List.of(column), null);
  }

  /** A named foreign key from one column. */
  public ForeignKeyDefinition foreign(String column, String name) {
    return foreign(List.of(column), name);
  }

  /** A foreign key from the given columns, named {@code name} or generated when null. */
  public ForeignKeyDefinition foreign(List<String> columns, String name) {
    return add(new ForeignKeyDefinition(columns, name));
  }

  // ---- alterations ----

  /** Drops one or more columns. */
  public void dropColumn(String... names) {
    dropColumns(Arrays.asList(names));
  }

  /** Drops the given columns. */
  public void dropColumns(List<String> names) {
    names.forEach(Identifiers::require);
    add(new TableCommand.DropColumns(names));
  }

  /** Renames a column. */
  public void renameColumn(String from, String to) {
    add(new TableCommand.RenameColumn(Identifiers.require(from), Identifiers.require(to)));
  }

  /** Drops the index with this name. */
  public void dropIndex(String name) {
    add(new TableCommand.DropIndex(IndexType.INDEX, Identifiers.require(name)));
  }

  /** Drops the index generated for these columns. */
  public void dropIndex(List<String> columns) {
    dropIndex(indexName(IndexType.INDEX, columns));
  }

  /** Drops the unique constraint with this name. */
  public void dropUnique(String name) {
    add(new TableCommand.DropIndex(IndexType.UNIQUE, Identifiers.require(name)));
  }

  /** Drops the unique constraint generated for these columns. */
  public void dropUnique(List<String> columns) {
    dropUnique(indexName(IndexType.UNIQUE, columns));
  }

  /** Drops the primary key. */
  public void dropPrimary() {
    add(new TableCommand.DropIndex(IndexType.PRIMARY, baseName() + "_pkey"));
  }

  /** Drops the foreign key with this name. */
  public void dropForeign(String name) {
    add(new TableCommand.DropForeign(Identifiers.require(name)));
  }

  /** Drops the foreign key generated for these columns. */
  public void dropForeign(List<String> columns) {
    dropForeign(foreignKeyName(columns));
  }

  /** Drops {@code created_at} and {@code updated_at}. */
  public void dropTimestamps() {
    dropColumn("created_at", "updated_at");
  }

  /** Sets the table's comment. */
  public void comment(String text) {
    add(new TableCommand.TableComment(java.util.Objects.requireNonNull(text, "text")));
  }

  /**
   * The indexes the columns ask for through {@code primary()}, {@code unique()} and {@code
   * index()}, in column order. An auto-incrementing primary key is declared on its column instead,
   * because MySQL wants the key in the same clause as AUTO_INCREMENT.
   */
  public List<IndexDefinition> impliedIndexes() {
    List<IndexDefinition> implied = new ArrayList<>();
    for (ColumnDefinition column : columns) {
      List<String> one = List.of(column.name());
      if (column.isPrimary() && !column.isAutoIncrement()) {
        implied.add(new IndexDefinition(IndexType.PRIMARY, one, baseName() + "_pkey"));
      }
      if (column.isUnique()) {
        String name = column.uniqueName();
        implied.add(
            new IndexDefinition(
                IndexType.UNIQUE, one, name == null ? indexName(IndexType.UNIQUE, one) : name));
      }
      if (column.isIndexed()) {
        String name = column.indexName();
        implied.add(
            new IndexDefinition(
                IndexType.INDEX, one, name == null ? indexName(IndexType.INDEX, one) : name));
      }
    }
    return implied;
  }

  // ---- names ----

  /** The generated name of an index of this kind over these columns: {@code users_email_unique}. */
  public String indexName(IndexType type, List<String> columns) {
    return (baseName() + "_" + String.join("_", columns) + "_" + type.nameSuffix())
        .toLowerCase(Locale.ROOT);
  }

  /** The generated name of a foreign key over these columns: {@code posts_user_id_foreign}. */
  public String foreignKeyName(List<String> columns) {
    return (baseName() + "_" + String.join("_", columns) + "_foreign").toLowerCase(Locale.ROOT);
  }

  private String baseName() {
    return table.replace('.', '_');
  }

  private <T extends TableCommand> T add(T command) {
    commands.add(command);
    return command;
  }
}
