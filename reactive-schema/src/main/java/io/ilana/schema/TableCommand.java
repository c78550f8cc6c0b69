package io.ilana.schema;

import java.util.List;

/**
 * One change a {@link Blueprint} records besides its columns, in the order it was called. The
 * schema grammar renders each with its {@code compileX} method.
 */
public sealed interface TableCommand
    permits IndexDefinition,
        ForeignKeyDefinition,
        TableCommand.DropColumns,
        TableCommand.RenameColumn,
        TableCommand.DropIndex,
        TableCommand.DropForeign,
        TableCommand.TableComment {

  /**
   * Drops columns.
   *
   * @param columns the columns to drop
   */
  record DropColumns(List<String> columns) implements TableCommand {
    /** Copies the list. */
    public DropColumns {
      columns = List.copyOf(columns);
    }
  }

  /**
   * Renames a column.
   *
   * @param from the current name
   * @param to the new name
   */
  record RenameColumn(String from, String to) implements TableCommand {}

  /**
   * Drops an index, unique constraint or primary key.
   *
   * @param type which kind it is, which decides the statement on some databases
   * @param name the index or constraint name
   */
  record DropIndex(IndexType type, String name) implements TableCommand {}

  /**
   * Drops a foreign key.
   *
   * @param name the constraint name
   */
  record DropForeign(String name) implements TableCommand {}

  /**
   * Sets the table's comment.
   *
   * @param comment the comment text
   */
  record TableComment(String comment) implements TableCommand {}
}
