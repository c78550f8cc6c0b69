package io.ilana.cli.catalog;

import java.util.List;

/**
 * A base table of the connection's schema or database.
 *
 * @param name the table name
 * @param columns its columns in order
 * @param foreignKeys the foreign keys it holds
 */
public record Table(String name, List<Column> columns, List<ForeignKey> foreignKeys) {
  /** Copies the lists. */
  public Table {
    columns = List.copyOf(columns);
    foreignKeys = List.copyOf(foreignKeys);
  }
}
