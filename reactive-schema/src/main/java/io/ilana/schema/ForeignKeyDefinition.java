package io.ilana.schema;

import io.ilana.error.InvalidArgumentException;
import io.ilana.sql.Identifiers;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A foreign key a blueprint adds, completed by chaining: {@code
 * table.foreign("user_id").references("id").inTable("users").onDelete("cascade")}.
 */
public final class ForeignKeyDefinition implements TableCommand {
  private static final Set<String> ACTIONS =
      Set.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION");

  private final List<String> columns;
  private String name;
  private List<String> references = List.of("id");
  private String on;
  private String onDelete;
  private String onUpdate;

  ForeignKeyDefinition(List<String> columns, String name, String method) {
    columns.forEach(column -> Identifiers.plain(column, "column", method));
    this.columns = List.copyOf(columns);
    this.name = name == null ? null : Identifiers.plain(name, "foreign key", method);
  }

  /** The referenced column. */
  public ForeignKeyDefinition references(String column) {
    return references(List.of(column));
  }

  /** The referenced columns, for a composite key. */
  public ForeignKeyDefinition references(List<String> referencedColumns) {
    referencedColumns.forEach(column -> Identifiers.plain(column, "column", "references"));
    this.references = List.copyOf(referencedColumns);
    return this;
  }

  /** The referenced table, possibly schema-qualified. */
  public ForeignKeyDefinition inTable(String table) {
    return referencing(table, "inTable");
  }

  /** Same as {@link #inTable}. */
  public ForeignKeyDefinition on(String table) {
    return referencing(table, "on");
  }

  private ForeignKeyDefinition referencing(String table, String method) {
    Identifiers.qualifiedTable(table, method);
    this.on = table;
    return this;
  }

  /** What happens to referencing rows when the referenced row is deleted. */
  public ForeignKeyDefinition onDelete(String action) {
    this.onDelete = action(action);
    return this;
  }

  /** What happens to referencing rows when the referenced key changes. */
  public ForeignKeyDefinition onUpdate(String action) {
    this.onUpdate = action(action);
    return this;
  }

  /** Shorthand for {@code onDelete("CASCADE")}. */
  public ForeignKeyDefinition cascadeOnDelete() {
    return onDelete("CASCADE");
  }

  /** Shorthand for {@code onDelete("SET NULL")}. */
  public ForeignKeyDefinition nullOnDelete() {
    return onDelete("SET NULL");
  }

  /** Names the constraint instead of generating {@code table_column_foreign}. */
  public ForeignKeyDefinition name(String constraintName) {
    this.name = Identifiers.plain(constraintName, "foreign key", "name");
    return this;
  }

  private static String action(String action) {
    String normalized =
        Objects.requireNonNull(action, "action")
            .trim()
            .replaceAll("\\s+", " ")
            .toUpperCase(Locale.ROOT);
    if (!ACTIONS.contains(normalized)) {
      throw new InvalidArgumentException(
          "Unknown referential action '"
              + action
              + "'; expected one of CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION.");
    }
    return normalized;
  }

  /** The referencing columns. */
  public List<String> columns() {
    return columns;
  }

  /** The constraint name given, or {@code null} for a generated one. */
  public String name() {
    return name;
  }

  /** The referenced columns. */
  public List<String> referencedColumns() {
    return references;
  }

  /** The referenced table, or {@code null} when not yet given. */
  public String referencedTable() {
    return on;
  }

  /** The ON DELETE action, or {@code null}. */
  public String deleteAction() {
    return onDelete;
  }

  /** The ON UPDATE action, or {@code null}. */
  public String updateAction() {
    return onUpdate;
  }
}
