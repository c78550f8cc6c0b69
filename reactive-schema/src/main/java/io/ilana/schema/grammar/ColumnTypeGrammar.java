package io.ilana.schema.grammar;

import io.ilana.dialect.Dialect;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.schema.ColumnDefinition;
import io.ilana.sql.Identifiers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The half of a schema grammar that names things: a {@code typeX} method per column type, and the
 * validated quoting of identifiers. {@link SchemaGrammar} adds the statements.
 */
public abstract class ColumnTypeGrammar {
  private final Dialect dialect;
  private final LiteralRenderer literals;

  /** A grammar quoting through {@code dialect} and writing literals with {@code literals}. */
  protected ColumnTypeGrammar(Dialect dialect, LiteralRenderer literals) {
    this.dialect = dialect;
    this.literals = literals;
  }

  /** The dialect this grammar writes for. */
  public Dialect dialect() {
    return dialect;
  }

  /** The literal renderer of this dialect. */
  public LiteralRenderer literals() {
    return literals;
  }

  // ---- types ----

  /** The SQL type of a column, dispatched to its {@code typeX} method. */
  protected String type(ColumnDefinition c) {
    return switch (c.type()) {
      case INTEGER -> typeInteger(c);
      case BIG_INTEGER -> typeBigInteger(c);
      case SMALL_INTEGER -> typeSmallInteger(c);
      case TINY_INTEGER -> typeTinyInteger(c);
      case MEDIUM_INTEGER -> typeMediumInteger(c);
      case DECIMAL -> typeDecimal(c);
      case FLOAT -> typeFloat(c);
      case DOUBLE -> typeDouble(c);
      case REAL -> typeReal(c);
      case STRING -> typeString(c);
      case CHAR -> typeChar(c);
      case TEXT -> typeText(c);
      case MEDIUM_TEXT -> typeMediumText(c);
      case LONG_TEXT -> typeLongText(c);
      case BOOLEAN -> typeBoolean(c);
      case DATE -> typeDate(c);
      case TIME -> typeTime(c);
      case DATETIME -> typeDateTime(c);
      case TIMESTAMP -> typeTimestamp(c);
      case TIMESTAMP_TZ -> typeTimestampTz(c);
      case UUID -> typeUuid(c);
      case JSON -> typeJson(c);
      case JSONB -> typeJsonb(c);
      case ENUM -> typeEnum(c);
      case SET -> typeSet(c);
      case BINARY -> typeBinary(c);
      case VARBINARY -> typeVarbinary(c);
      case GEOMETRY -> typeGeometry(c);
      case POINT -> typePoint(c);
      case LINE_STRING -> typeLineString(c);
      case POLYGON -> typePolygon(c);
      case INET -> typeInet(c);
      case MACADDR -> typeMacaddr(c);
      case ARRAY -> typeArray(c);
      case SPECIFIC -> c.specificType();
    };
  }

  /** The type for {@code integer}. */
  protected String typeInteger(ColumnDefinition c) {
    return "INTEGER";
  }

  /** The type for {@code bigInteger}. */
  protected String typeBigInteger(ColumnDefinition c) {
    return "BIGINT";
  }

  /** The type for {@code smallInteger}. */
  protected String typeSmallInteger(ColumnDefinition c) {
    return "SMALLINT";
  }

  /** The type for {@code tinyInteger}. */
  protected String typeTinyInteger(ColumnDefinition c) {
    return "SMALLINT";
  }

  /** The type for {@code mediumInteger}. */
  protected String typeMediumInteger(ColumnDefinition c) {
    return "INTEGER";
  }

  /** The type for {@code decimal}. */
  protected String typeDecimal(ColumnDefinition c) {
    return "DECIMAL(" + c.precision() + ", " + c.scale() + ")";
  }

  /** The type for {@code floatColumn}. */
  protected String typeFloat(ColumnDefinition c) {
    return "REAL";
  }

  /** The type for {@code doubleColumn}. */
  protected String typeDouble(ColumnDefinition c) {
    return "DOUBLE PRECISION";
  }

  /** The type for {@code real}. */
  protected String typeReal(ColumnDefinition c) {
    return "REAL";
  }

  /** The type for {@code string}. */
  protected String typeString(ColumnDefinition c) {
    return "VARCHAR(" + c.length() + ")";
  }

  /** The type for {@code charColumn}. */
  protected String typeChar(ColumnDefinition c) {
    return "CHAR(" + c.length() + ")";
  }

  /** The type for {@code text}. */
  protected String typeText(ColumnDefinition c) {
    return "TEXT";
  }

  /** The type for {@code mediumText}. */
  protected String typeMediumText(ColumnDefinition c) {
    return typeText(c);
  }

  /** The type for {@code longText}. */
  protected String typeLongText(ColumnDefinition c) {
    return typeText(c);
  }

  /** The type for {@code booleanColumn}. */
  protected String typeBoolean(ColumnDefinition c) {
    return "BOOLEAN";
  }

  /** The type for {@code date}. */
  protected String typeDate(ColumnDefinition c) {
    return "DATE";
  }

  /** The type for {@code time}. */
  protected String typeTime(ColumnDefinition c) {
    return "TIME" + precision(c);
  }

  /** The type for {@code datetime}. */
  protected String typeDateTime(ColumnDefinition c) {
    return "TIMESTAMP" + precision(c);
  }

  /** The type for {@code timestamp}. */
  protected String typeTimestamp(ColumnDefinition c) {
    return "TIMESTAMP" + precision(c);
  }

  /** The type for {@code timestampTz}. */
  protected String typeTimestampTz(ColumnDefinition c) {
    return "TIMESTAMP" + precision(c) + " WITH TIME ZONE";
  }

  /** The type for {@code uuid}. */
  protected String typeUuid(ColumnDefinition c) {
    return "UUID";
  }

  /** The type for {@code json}. */
  protected String typeJson(ColumnDefinition c) {
    return "JSON";
  }

  /** The type for {@code jsonb}: JSON where there is no JSONB. */
  protected String typeJsonb(ColumnDefinition c) {
    return "JSON";
  }

  /**
   * The type for {@code enumColumn}: a VARCHAR whose values a CHECK constraint restricts (see
   * {@link #enumCheck}), so no database type has to be created and dropped with the table.
   */
  protected String typeEnum(ColumnDefinition c) {
    return "VARCHAR(255)";
  }

  /** The CHECK that restricts an enum column to its values. */
  protected String enumCheck(ColumnDefinition c) {
    return c.type() == io.ilana.schema.ColumnType.ENUM
        ? " CHECK (" + wrap(c.name()) + " IN (" + allowedValues(c) + "))"
        : "";
  }

  /** The type for {@code set}: MySQL and MariaDB only. */
  protected String typeSet(ColumnDefinition c) {
    throw unsupportedType("set");
  }

  /** The type for {@code binary}. */
  protected String typeBinary(ColumnDefinition c) {
    return "VARBINARY";
  }

  /** The type for {@code varbinary}. */
  protected String typeVarbinary(ColumnDefinition c) {
    return "VARBINARY(" + c.length() + ")";
  }

  /** The type for {@code geometry}. */
  protected String typeGeometry(ColumnDefinition c) {
    return "GEOMETRY";
  }

  /** The type for {@code point}. */
  protected String typePoint(ColumnDefinition c) {
    return "GEOMETRY(POINT)";
  }

  /** The type for {@code lineString}. */
  protected String typeLineString(ColumnDefinition c) {
    return "GEOMETRY(LINESTRING)";
  }

  /** The type for {@code polygon}. */
  protected String typePolygon(ColumnDefinition c) {
    return "GEOMETRY(POLYGON)";
  }

  /** The type for {@code inet}. */
  protected String typeInet(ColumnDefinition c) {
    throw unsupportedType("inet");
  }

  /** The type for {@code macaddr}. */
  protected String typeMacaddr(ColumnDefinition c) {
    throw unsupportedType("macaddr");
  }

  /** The type for {@code array}. */
  protected String typeArray(ColumnDefinition c) {
    throw unsupportedType("array");
  }

  /** A {@code (p)} suffix when the column has a precision. */
  protected static String precision(ColumnDefinition c) {
    return c.precision() == null ? "" : "(" + c.precision() + ")";
  }

  /** The error for a column type this dialect lacks, naming both. */
  protected UnsupportedFeatureException unsupportedType(String type) {
    return new UnsupportedFeatureException(dialect.name(), "column type " + type);
  }

  /** The enum values as a quoted, comma-separated list. */
  protected String allowedValues(ColumnDefinition column) {
    return column.allowed().stream().map(literals::string).collect(Collectors.joining(", "));
  }

  // ---- identifiers ----

  // The Schema methods check the names they are given under their own names first; these checks
  // guard a grammar called directly, and every generated name.
  private static final String WRAP = "SchemaGrammar.wrap";

  /**
   * One validated, quoted identifier: the query builder's rule ({@link Identifiers#plain}), and the
   * dialect's length limit ({@link io.ilana.dialect.Dialect#identifierLimit()}).
   */
  public String wrap(String name) {
    return dialect.quoteIdentifier(Identifiers.plain(name, "name", WRAP));
  }

  /** A validated, quoted, possibly schema-qualified table name. */
  public String wrapTable(String table) {
    return Identifiers.qualifiedTable(table, WRAP).stream()
        .map(dialect::quoteIdentifier)
        .collect(Collectors.joining("."));
  }

  /** An object that lives in the table's schema, such as a PostgreSQL index. */
  protected String wrapSibling(String table, String name) {
    List<String> parts = Identifiers.qualifiedTable(table, WRAP);
    return parts.size() == 2 ? wrap(parts.get(0)) + "." + wrap(name) : wrap(name);
  }

  /** The quoted columns, comma-separated. */
  protected String columnize(List<String> columns) {
    return columns.stream().map(this::wrap).collect(Collectors.joining(", "));
  }

  /** The schema of a qualified name, or {@code null}. */
  protected static String schemaPart(String table) {
    List<String> parts = Identifiers.qualifiedTable(table, WRAP);
    return parts.size() == 2 ? parts.get(0) : null;
  }

  /** The table part of a possibly qualified name. */
  protected static String lastPart(String table) {
    List<String> parts = Identifiers.qualifiedTable(table, WRAP);
    return parts.get(parts.size() - 1);
  }
}
