package io.ilana.cli.catalog;

/**
 * One column of a foreign key.
 *
 * @param table the referencing table
 * @param column the referencing column
 * @param referencedTable the referenced table
 * @param referencedColumn the referenced column
 */
public record ForeignKey(
    String table, String column, String referencedTable, String referencedColumn) {}
