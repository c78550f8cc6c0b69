package io.ilana.schema;

import io.ilana.error.InvalidArgumentException;
import io.ilana.sql.Identifiers;
import java.util.List;
import java.util.Objects;

/**
 * An index, unique constraint or primary key a blueprint adds. A partial index condition is raw SQL
 * written by the migration's author.
 */
public final class IndexDefinition implements TableCommand {
  private final IndexType type;
  private final List<String> columns;
  private final String name;
  private String where;

  IndexDefinition(IndexType type, List<String> columns, String name, String method) {
    this.type = Objects.requireNonNull(type, "type");
    if (columns.isEmpty()) {
      throw new InvalidArgumentException("An index needs at least one column.");
    }
    columns.forEach(column -> Identifiers.plain(column, "column", method));
    this.columns = List.copyOf(columns);
    this.name = Identifiers.plain(name, type == IndexType.INDEX ? "index" : "constraint", method);
  }

  /** Makes this a partial index over the rows matching a raw SQL condition (PostgreSQL only). */
  public IndexDefinition where(String condition) {
    this.where = new SqlExpression(condition).sql();
    return this;
  }

  /** The kind of index. */
  public IndexType type() {
    return type;
  }

  /** The indexed columns, in order. */
  public List<String> columns() {
    return columns;
  }

  /** The index name. */
  public String name() {
    return name;
  }

  /** The partial index condition, or {@code null}. */
  public String whereCondition() {
    return where;
  }
}
