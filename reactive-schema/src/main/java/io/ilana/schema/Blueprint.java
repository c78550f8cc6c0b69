package io.ilana.schema;

import io.ilana.error.InvalidIdentifierException;
import io.ilana.sql.Identifiers;
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
    this(table, "Blueprint");
  }

  /**
   * A blueprint for {@code table}, refused with an {@link InvalidIdentifierException} naming {@code
   * method} when the table name is not {@code table} or {@code schema.table}.
   */
  Blueprint(String table, String method) {
    Identifiers.qualifiedTable(table, method);
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
    return column(type, name, "addColumn");
  }

  // The method is the one the migration called, so that a refused name says where it came from.
  private ColumnDefinition column(ColumnType type, String name, String method) {
    ColumnDefinition column = new ColumnDefinition(this, name, type, method);
    columns.add(column);
    return column;
  }

  // ---- keys ----

  /** An auto-incrementing INTEGER primary key. */
  public ColumnDefinition increments(String name) {
    return column(ColumnType.INTEGER, name, "increments").unsigned().autoIncrement().primary();
  }

  /** An auto-incrementing BIGINT primary key. */
  public ColumnDefinition bigIncrements(String name) {
    return column(ColumnType.BIG_INTEGER, name, "bigIncrements")
        .unsigned()
        .autoIncrement()
        .primary();
  }

  /** An auto-incrementing BIGINT primary key named {@code id}: {@code bigIncrements("id")}. */
  public ColumnDefinition id() {
    return bigIncrements("id");
  }

  /** An unsigned BIGINT meant to reference a {@link #bigIncrements} (or {@link #id}) key. */
  public ColumnDefinition foreignId(String name) {
    return column(ColumnType.BIG_INTEGER, name, "foreignId").unsigned();
  }

  /** An unsigned INTEGER, the type that references an {@link #increments} key on MySQL. */
  public ColumnDefinition unsignedInteger(String name) {
    return column(ColumnType.INTEGER, name, "unsignedInteger").unsigned();
  }

  /** An unsigned BIGINT: {@link #foreignId} without the intent. */
  public ColumnDefinition unsignedBigInteger(String name) {
    return column(ColumnType.BIG_INTEGER, name, "unsignedBigInteger").unsigned();
  }

  /** A UUID column meant to reference a UUID key. */
  public ColumnDefinition foreignUuid(String name) {
    return column(ColumnType.UUID, name, "foreignUuid");
  }

  /**
   * The two columns of a polymorphic relation to models with {@link #bigIncrements} keys: {@code
   * <name>_type} (string) and {@code <name>_id} (unsigned BIGINT), indexed together.
   */
  public void morphs(String name) {
    Identifiers.plain(name, "column", "morphs");
    string(name + "_type");
    foreignId(name + "_id");
    index(List.of(name + "_type", name + "_id"));
  }

  /**
   * The two columns of a polymorphic relation to models with UUID keys: {@code <name>_type}
   * (string) and {@code <name>_id} (UUID), indexed together.
   */
  public void uuidMorphs(String name) {
    Identifiers.plain(name, "column", "uuidMorphs");
    string(name + "_type");
    foreignUuid(name + "_id");
    index(List.of(name + "_type", name + "_id"));
  }

  // ---- numbers ----

  /** An INTEGER column. */
  public ColumnDefinition integer(String name) {
    return column(ColumnType.INTEGER, name, "integer");
  }

  /** A BIGINT column. */
  public ColumnDefinition bigInteger(String name) {
    return column(ColumnType.BIG_INTEGER, name, "bigInteger");
  }

  /** A MEDIUMINT column on MySQL, INTEGER elsewhere. */
  public ColumnDefinition mediumInteger(String name) {
    return column(ColumnType.MEDIUM_INTEGER, name, "mediumInteger");
  }

  /** A SMALLINT column. */
  public ColumnDefinition smallInteger(String name) {
    return column(ColumnType.SMALL_INTEGER, name, "smallInteger");
  }

  /** A TINYINT column; SMALLINT where there is no TINYINT. */
  public ColumnDefinition tinyInteger(String name) {
    return column(ColumnType.TINY_INTEGER, name, "tinyInteger");
  }

  /** A DECIMAL(8, 2) column. */
  public ColumnDefinition decimal(String name) {
    return decimal(name, 8, 2);
  }

  /** A DECIMAL column with the given precision and scale. */
  public ColumnDefinition decimal(String name, int precision, int scale) {
    return column(ColumnType.DECIMAL, name, "decimal").precision(precision, scale);
  }

  /** A single-precision floating point column. */
  public ColumnDefinition floatColumn(String name) {
    return column(ColumnType.FLOAT, name, "floatColumn");
  }

  /** A floating point column with a precision and scale (honoured on MySQL/MariaDB). */
  public ColumnDefinition floatColumn(String name, int precision, int scale) {
    return column(ColumnType.FLOAT, name, "floatColumn").precision(precision, scale);
  }

  /** A double-precision floating point column. */
  public ColumnDefinition doubleColumn(String name) {
    return column(ColumnType.DOUBLE, name, "doubleColumn");
  }

  /** A REAL column. */
  public ColumnDefinition real(String name) {
    return column(ColumnType.REAL, name, "real");
  }

  // ---- text ----

  /** A VARCHAR(255) column. */
  public ColumnDefinition string(String name) {
    return string(name, 255);
  }

  /** A VARCHAR column of the given length. */
  public ColumnDefinition string(String name, int length) {
    return column(ColumnType.STRING, name, "string").length(length);
  }

  /** Same as {@link #string(String, int)}. */
  public ColumnDefinition varchar(String name, int length) {
    return string(name, length);
  }

  /** A fixed-length CHAR column. */
  public ColumnDefinition charColumn(String name, int length) {
    return column(ColumnType.CHAR, name, "charColumn").length(length);
  }

  /** A TEXT column. */
  public ColumnDefinition text(String name) {
    return column(ColumnType.TEXT, name, "text");
  }

  /** A MEDIUMTEXT column on MySQL, TEXT elsewhere. */
  public ColumnDefinition mediumText(String name) {
    return column(ColumnType.MEDIUM_TEXT, name, "mediumText");
  }

  /** A LONGTEXT column on MySQL, TEXT elsewhere. */
  public ColumnDefinition longText(String name) {
    return column(ColumnType.LONG_TEXT, name, "longText");
  }

  // ---- other scalars ----

  /** A BOOLEAN column (TINYINT(1) on MySQL/MariaDB). */
  public ColumnDefinition booleanColumn(String name) {
    return column(ColumnType.BOOLEAN, name, "booleanColumn");
  }

  /** A DATE column. */
  public ColumnDefinition date(String name) {
    return column(ColumnType.DATE, name, "date");
  }

  /** A TIME column. */
  public ColumnDefinition time(String name) {
    return column(ColumnType.TIME, name, "time");
  }

  /** A date-time column without zone (DATETIME on MySQL, TIMESTAMP elsewhere). */
  public ColumnDefinition datetime(String name) {
    return column(ColumnType.DATETIME, name, "datetime");
  }

  /** A date-time column without zone, with fractional-second precision. */
  public ColumnDefinition datetime(String name, int precision) {
    return column(ColumnType.DATETIME, name, "datetime").precision(precision, null);
  }

  /** A TIMESTAMP column. */
  public ColumnDefinition timestamp(String name) {
    return column(ColumnType.TIMESTAMP, name, "timestamp");
  }

  /** A TIMESTAMP column with fractional-second precision. */
  public ColumnDefinition timestamp(String name, int precision) {
    return column(ColumnType.TIMESTAMP, name, "timestamp").precision(precision, null);
  }

  /** A TIMESTAMP WITH TIME ZONE column (TIMESTAMP on MySQL, which stores UTC). */
  public ColumnDefinition timestampTz(String name) {
    return column(ColumnType.TIMESTAMP_TZ, name, "timestampTz");
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
    return column(ColumnType.TIMESTAMP, name, "softDeletes").nullable();
  }

  /** A UUID column (CHAR(36) on MySQL). */
  public ColumnDefinition uuid(String name) {
    return column(ColumnType.UUID, name, "uuid");
  }

  /** A JSON column. */
  public ColumnDefinition json(String name) {
    return column(ColumnType.JSON, name, "json");
  }

  /** A JSONB column on PostgreSQL, JSON elsewhere. */
  public ColumnDefinition jsonb(String name) {
    return column(ColumnType.JSONB, name, "jsonb");
  }

  /** A column restricted to the given values. */
  public ColumnDefinition enumColumn(String name, List<String> values) {
    return column(ColumnType.ENUM, name, "enumColumn").allowed(values);
  }

  /** A MySQL SET column holding any combination of the given values. */
  public ColumnDefinition set(String name, List<String> values) {
    return column(ColumnType.SET, name, "set").allowed(values);
  }

  /** A binary column (BYTEA, BLOB, VARBINARY). */
  public ColumnDefinition binary(String name) {
    return column(ColumnType.BINARY, name, "binary");
  }

  /** A variable-length binary column of at most {@code length} bytes. */
  public ColumnDefinition varbinary(String name, int length) {
    return column(ColumnType.VARBINARY, name, "varbinary").length(length);
  }

  /** A geometry column (PostGIS on PostgreSQL). */
  public ColumnDefinition geometry(String name) {
    return column(ColumnType.GEOMETRY, name, "geometry");
  }

  /** A point column. */
  public ColumnDefinition point(String name) {
    return column(ColumnType.POINT, name, "point");
  }

  /** A line-string column (PostGIS on PostgreSQL). */
  public ColumnDefinition lineString(String name) {
    return column(ColumnType.LINE_STRING, name, "lineString");
  }

  /** A polygon column. */
  public ColumnDefinition polygon(String name) {
    return column(ColumnType.POLYGON, name, "polygon");
  }

  /** An IP address column (INET on PostgreSQL, INET6 on MariaDB). */
  public ColumnDefinition inet(String name) {
    return column(ColumnType.INET, name, "inet");
  }

  /** A MAC address column (PostgreSQL only). */
  public ColumnDefinition macaddr(String name) {
    return column(ColumnType.MACADDR, name, "macaddr");
  }

  /** An array of a portable element type (PostgreSQL and H2). */
  public ColumnDefinition array(String name, ColumnType elementType) {
    return column(ColumnType.ARRAY, name, "array").elementType(elementType);
  }

  /** A column of a database-specific SQL type written as is, such as {@code text[]}. */
  public ColumnDefinition specificType(String name, String sqlType) {
    return column(ColumnType.SPECIFIC, name, "specificType").specificType(sqlType);
  }

  // ---- indexes and keys ----

  /** A primary key over the given columns. */
  public IndexDefinition primary(List<String> columns) {
    return add(new IndexDefinition(IndexType.PRIMARY, columns, baseName() + "_pkey", "primary"));
  }

  /** A named primary key over the given columns. */
  public IndexDefinition primary(List<String> columns, String name) {
    return add(new IndexDefinition(IndexType.PRIMARY, columns, name, "primary"));
  }

  /** A unique constraint over the given columns. */
  public IndexDefinition unique(List<String> columns) {
    return addIndex(IndexType.UNIQUE, columns, null, "unique");
  }

  /** A named unique constraint. */
  public IndexDefinition unique(List<String> columns, String name) {
    return addIndex(IndexType.UNIQUE, columns, name, "unique");
  }

  /** An index on one column. */
  public IndexDefinition index(String column) {
    return index(List.of(column));
  }

  /** An index over the given columns. */
  public IndexDefinition index(List<String> columns) {
    return addIndex(IndexType.INDEX, columns, null, "index");
  }

  /** A named index. */
  public IndexDefinition index(List<String> columns, String name) {
    return addIndex(IndexType.INDEX, columns, name, "index");
  }

  /** A named index of the given kind (FULLTEXT, SPATIAL, GIN, ...). */
  public IndexDefinition index(List<String> columns, String name, IndexType type) {
    return addIndex(type, columns, name, "index");
  }

  /** A FULLTEXT index (MySQL/MariaDB). */
  public IndexDefinition fullText(List<String> columns) {
    return addIndex(IndexType.FULLTEXT, columns, null, "fullText");
  }

  /** A spatial index. */
  public IndexDefinition spatialIndex(List<String> columns) {
    return addIndex(IndexType.SPATIAL, columns, null, "spatialIndex");
  }

  // The columns are checked before a name is generated from them, so a bad column is reported
  // as a column rather than as the index name it would have made.
  private IndexDefinition addIndex(
      IndexType type, List<String> columns, String name, String method) {
    checkColumns(columns, method);
    String named = name == null ? indexName(type, columns) : name;
    return add(new IndexDefinition(type, columns, named, method));
  }

  private static List<String> checkColumns(List<String> columns, String method) {
    columns.forEach(column -> Identifiers.plain(column, "column", method));
    return columns;
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
    return add(new ForeignKeyDefinition(columns, name, "foreign"));
  }

  // ---- alterations ----

  /** Drops one or more columns. */
  public void dropColumn(String... names) {
    dropColumns(Arrays.asList(names));
  }

  /** Drops the given columns. */
  public void dropColumns(List<String> names) {
    add(new TableCommand.DropColumns(checkColumns(names, "dropColumn")));
  }

  /** Renames a column. */
  public void renameColumn(String from, String to) {
    add(
        new TableCommand.RenameColumn(
            Identifiers.plain(from, "column", "renameColumn"),
            Identifiers.plain(to, "column", "renameColumn")));
  }

  /** Drops the index with this name. */
  public void dropIndex(String name) {
    add(new TableCommand.DropIndex(IndexType.INDEX, Identifiers.plain(name, "index", "dropIndex")));
  }

  /** Drops the index generated for these columns. */
  public void dropIndex(List<String> columns) {
    dropIndex(indexName(IndexType.INDEX, checkColumns(columns, "dropIndex")));
  }

  /** Drops the unique constraint with this name. */
  public void dropUnique(String name) {
    add(
        new TableCommand.DropIndex(
            IndexType.UNIQUE, Identifiers.plain(name, "constraint", "dropUnique")));
  }

  /** Drops the unique constraint generated for these columns. */
  public void dropUnique(List<String> columns) {
    dropUnique(indexName(IndexType.UNIQUE, checkColumns(columns, "dropUnique")));
  }

  /** Drops the primary key. */
  public void dropPrimary() {
    add(new TableCommand.DropIndex(IndexType.PRIMARY, baseName() + "_pkey"));
  }

  /** Drops the foreign key with this name. */
  public void dropForeign(String name) {
    add(new TableCommand.DropForeign(Identifiers.plain(name, "foreign key", "dropForeign")));
  }

  /** Drops the foreign key generated for these columns. */
  public void dropForeign(List<String> columns) {
    dropForeign(foreignKeyName(checkColumns(columns, "dropForeign")));
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
        implied.add(new IndexDefinition(IndexType.PRIMARY, one, baseName() + "_pkey", "primary"));
      }
      if (column.isUnique()) {
        String name = column.uniqueName();
        implied.add(
            new IndexDefinition(
                IndexType.UNIQUE,
                one,
                name == null ? indexName(IndexType.UNIQUE, one) : name,
                "unique"));
      }
      if (column.isIndexed()) {
        String name = column.indexName();
        implied.add(
            new IndexDefinition(
                IndexType.INDEX,
                one,
                name == null ? indexName(IndexType.INDEX, one) : name,
                "index"));
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
