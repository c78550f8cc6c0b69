package io.ilana.schema;

import io.ilana.error.InvalidArgumentException;
import io.ilana.error.InvalidDefinitionException;
import io.ilana.sql.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One column of a {@link Blueprint}: its type and the modifiers chained onto it. It holds state
 * only; the dialect's schema grammar decides how it is written. Columns are nullable unless {@link
 * #notNullable()} is called, as in knex.
 */
public final class ColumnDefinition {
  private final Blueprint owner;
  private final String name;
  private final ColumnType type;
  private Integer length;
  private Integer precision;
  private Integer scale;
  private List<String> allowed = List.of();
  private String specificType;
  private ColumnType elementType;
  private Boolean nullable;
  private boolean hasDefault;
  private Object defaultValue;
  private boolean unique;
  private String uniqueName;
  private boolean index;
  private String indexName;
  private boolean primary;
  private String comment;
  private boolean unsigned;
  private boolean autoIncrement;
  private String after;
  private boolean first;
  private final List<ColumnCheck> checks = new ArrayList<>();
  private String generatedAs;
  private boolean stored;
  private String collation;
  private boolean useCurrent;
  private boolean useCurrentOnUpdate;
  private boolean change;

  ColumnDefinition(Blueprint owner, String name, ColumnType type, String method) {
    this.owner = owner;
    this.name = Identifiers.plain(name, "column", method);
    this.type = Objects.requireNonNull(type, "type");
  }

  ColumnDefinition length(int value) {
    if (value < 1) {
      throw new InvalidArgumentException("Length of column " + name + " must be positive.");
    }
    this.length = value;
    return this;
  }

  ColumnDefinition precision(Integer precisionValue, Integer scaleValue) {
    if (precisionValue != null && precisionValue < 0 || scaleValue != null && scaleValue < 0) {
      throw new InvalidArgumentException(
          "Precision and scale of " + name + " must not be negative.");
    }
    this.precision = precisionValue;
    this.scale = scaleValue;
    return this;
  }

  ColumnDefinition allowed(List<String> values) {
    if (values.isEmpty()) {
      throw new InvalidArgumentException("Column " + name + " needs at least one allowed value.");
    }
    this.allowed = List.copyOf(values);
    return this;
  }

  ColumnDefinition specificType(String sqlType) {
    Objects.requireNonNull(sqlType, "sqlType");
    if (sqlType.isBlank() || sqlType.contains(";") || sqlType.contains("--")) {
      throw new InvalidArgumentException("Invalid SQL type for column " + name + ": " + sqlType);
    }
    this.specificType = sqlType;
    return this;
  }

  ColumnDefinition elementType(ColumnType element) {
    this.elementType = element;
    return this;
  }

  /** Allows NULL. */
  public ColumnDefinition nullable() {
    this.nullable = true;
    return this;
  }

  /** Forbids NULL. */
  public ColumnDefinition notNullable() {
    this.nullable = false;
    return this;
  }

  /**
   * Sets the default: a string, boolean, number, date/time, UUID or enum becomes an escaped
   * literal; a {@link SqlExpression} (such as {@code schema.fn().now()}) is written as is.
   *
   * @throws io.ilana.error.InvalidValueException for any other type, or a non-finite number
   */
  public ColumnDefinition defaultTo(Object value) {
    this.defaultValue = DefaultValues.require(value);
    this.hasDefault = true;
    return this;
  }

  /** Adds a unique constraint on this column with a generated name. */
  public ColumnDefinition unique() {
    this.unique = true;
    return this;
  }

  /** Adds a unique constraint on this column with the given name. */
  public ColumnDefinition unique(String constraintName) {
    this.unique = true;
    this.uniqueName = Identifiers.plain(constraintName, "constraint", "unique");
    return this;
  }

  /** Adds an index on this column with a generated name. */
  public ColumnDefinition index() {
    this.index = true;
    return this;
  }

  /** Adds an index on this column with the given name. */
  public ColumnDefinition index(String name) {
    this.index = true;
    this.indexName = Identifiers.plain(name, "index", "index");
    return this;
  }

  /** Makes this column the primary key. */
  public ColumnDefinition primary() {
    this.primary = true;
    return this;
  }

  /** Attaches a comment to the column. */
  public ColumnDefinition comment(String text) {
    this.comment = Objects.requireNonNull(text, "text");
    return this;
  }

  /** Makes an integer column unsigned (MySQL/MariaDB; ignored where integers have no sign flag). */
  public ColumnDefinition unsigned() {
    this.unsigned = true;
    return this;
  }

  /** Makes an integer column take its value from a sequence or identity. */
  public ColumnDefinition autoIncrement() {
    this.autoIncrement = true;
    return this;
  }

  /** Places the new column after another one (MySQL/MariaDB only). */
  public ColumnDefinition after(String column) {
    this.after = Identifiers.plain(column, "column", "after");
    return this;
  }

  /** Places the new column first in the table (MySQL/MariaDB only). */
  public ColumnDefinition first() {
    this.first = true;
    return this;
  }

  /** Adds a CHECK constraint with a raw SQL condition written by the migration's author. */
  public ColumnDefinition check(String condition) {
    checks.add(new ColumnCheck(ColumnCheck.Kind.RAW, condition));
    return this;
  }

  /** Adds a CHECK constraint that the value is greater than zero. */
  public ColumnDefinition checkPositive() {
    checks.add(new ColumnCheck(ColumnCheck.Kind.POSITIVE, null));
    return this;
  }

  /** Adds a CHECK constraint that the value matches a regular expression. */
  public ColumnDefinition checkRegex(String pattern) {
    checks.add(new ColumnCheck(ColumnCheck.Kind.REGEX, pattern));
    return this;
  }

  /** Makes this a generated column computed by a raw SQL expression. */
  public ColumnDefinition generatedAs(String expression) {
    this.generatedAs = new SqlExpression(expression).sql();
    return this;
  }

  /** Stores a generated column instead of computing it on read (always so on PostgreSQL). */
  public ColumnDefinition stored() {
    this.stored = true;
    return this;
  }

  /** Sets the column's collation. */
  public ColumnDefinition collate(String collationName) {
    this.collation = Identifiers.plain(collationName, "collation", "collate");
    return this;
  }

  /** Defaults a date/time column to the current timestamp. */
  public ColumnDefinition useCurrent() {
    this.useCurrent = true;
    return this;
  }

  /** Sets the column to the current timestamp on every update (MySQL/MariaDB only). */
  public ColumnDefinition useCurrentOnUpdate() {
    this.useCurrentOnUpdate = true;
    return this;
  }

  /** Marks this definition as a change to an existing column rather than a new one. */
  public ColumnDefinition alter() {
    this.change = true;
    return this;
  }

  /**
   * Adds a foreign key from this column to {@code id} of the table named after the column: {@code
   * category_id} references {@code categories.id}.
   */
  public ForeignKeyDefinition constrained() {
    return constrained(guessTable(name));
  }

  /** Adds a foreign key from this column to {@code table.id}. */
  public ForeignKeyDefinition constrained(String table) {
    return owner.foreign(name).references("id").inTable(table);
  }

  /** Starts a foreign key from this column to {@code column} of a table named next. */
  public ForeignKeyDefinition references(String column) {
    return owner.foreign(name).references(column);
  }

  static String guessTable(String column) {
    String base =
        column.toLowerCase(Locale.ROOT).endsWith("_id")
            ? column.substring(0, column.length() - 3)
            : column;
    if (base.endsWith("y")
        && base.length() > 1
        && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0) {
      return base.substring(0, base.length() - 1) + "ies";
    }
    if (base.endsWith("s") || base.endsWith("x") || base.endsWith("ch") || base.endsWith("sh")) {
      return base + "es";
    }
    return base + "s";
  }

  /** The column's name. */
  public String name() {
    return name;
  }

  /** The column's portable type. */
  public ColumnType type() {
    return type;
  }

  /** The length of a string, char or binary column, or {@code null}. */
  public Integer length() {
    return length;
  }

  /** The precision of a numeric or time column, or {@code null}. */
  public Integer precision() {
    return precision;
  }

  /** The scale of a decimal column, or {@code null}. */
  public Integer scale() {
    return scale;
  }

  /** The values of an enum or set column. */
  public List<String> allowed() {
    return allowed;
  }

  /** The raw SQL type of a {@link ColumnType#SPECIFIC} column. */
  public String specificType() {
    return specificType;
  }

  /** The element type of an {@link ColumnType#ARRAY} column. */
  public ColumnType elementType() {
    return elementType;
  }

  /**
   * The element of an {@link ColumnType#ARRAY} column as a column definition of its own, so a
   * grammar can write its type; it is not part of any table.
   */
  public ColumnDefinition elementDefinition() {
    if (elementType == null) {
      throw new InvalidDefinitionException(
          "Column " + name + " is not an array; elementDefinition() is for ARRAY columns only.");
    }
    ColumnDefinition element = new ColumnDefinition(owner, name, elementType, "array");
    if (elementType == ColumnType.STRING || elementType == ColumnType.CHAR) {
      element.length(255);
    }
    if (elementType == ColumnType.DECIMAL) {
      element.precision(8, 2);
    }
    return element;
  }

  /** Whether NULL is allowed: true unless {@link #notNullable()} or the column is a key. */
  public boolean isNullable() {
    if (nullable != null) {
      return nullable;
    }
    return !(primary || autoIncrement);
  }

  /** Whether {@link #nullable()} was called explicitly. */
  public boolean isExplicitlyNullable() {
    return Boolean.TRUE.equals(nullable);
  }

  /** Whether a default was set. */
  public boolean hasDefault() {
    return hasDefault;
  }

  /** The default value, or {@code null}. */
  public Object defaultValue() {
    return defaultValue;
  }

  /** Whether the column carries a unique constraint of its own. */
  public boolean isUnique() {
    return unique;
  }

  /** The name given to the column's unique constraint, or {@code null}. */
  public String uniqueName() {
    return uniqueName;
  }

  /** Whether the column carries an index of its own. */
  public boolean isIndexed() {
    return index;
  }

  /** The name given to the column's index, or {@code null}. */
  public String indexName() {
    return indexName;
  }

  /** Whether the column is the primary key. */
  public boolean isPrimary() {
    return primary;
  }

  /** The column comment, or {@code null}. */
  public String comment() {
    return comment;
  }

  /** Whether the column is unsigned. */
  public boolean isUnsigned() {
    return unsigned;
  }

  /** Whether the column is auto-incrementing. */
  public boolean isAutoIncrement() {
    return autoIncrement;
  }

  /** The column this one is placed after, or {@code null}. */
  public String after() {
    return after;
  }

  /** Whether the column is placed first. */
  public boolean isFirst() {
    return first;
  }

  /** The column's CHECK constraints. */
  public List<ColumnCheck> checks() {
    return List.copyOf(checks);
  }

  /** The generating expression, or {@code null}. */
  public String generatedAs() {
    return generatedAs;
  }

  /** Whether a generated column is stored. */
  public boolean isStored() {
    return stored;
  }

  /** The collation, or {@code null}. */
  public String collation() {
    return collation;
  }

  /** Whether the column defaults to the current timestamp. */
  public boolean usesCurrent() {
    return useCurrent;
  }

  /** Whether the column is set to the current timestamp on update. */
  public boolean usesCurrentOnUpdate() {
    return useCurrentOnUpdate;
  }

  /** Whether this definition changes an existing column. */
  public boolean isChange() {
    return change;
  }
}
