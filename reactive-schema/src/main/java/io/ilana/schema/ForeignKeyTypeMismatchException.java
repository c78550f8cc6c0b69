package io.ilana.schema;

import io.ilana.error.IlanaException;

/**
 * A foreign key between integer columns of different types, refused before any DDL was sent because
 * the database (MySQL, MariaDB) would refuse it only after creating the table.
 */
public class ForeignKeyTypeMismatchException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /**
   * @param dialect the database's dialect name
   * @param column the referencing column as {@code table.column}
   * @param columnType its declared type
   * @param referenced the referenced column as {@code table.column}
   * @param referencedType the referenced column's type
   */
  public ForeignKeyTypeMismatchException(
      String dialect, String column, String columnType, String referenced, String referencedType) {
    super(
        "Foreign key "
            + column
            + " "
            + columnType
            + " cannot reference "
            + referenced
            + " "
            + referencedType
            + ": "
            + dialect
            + " requires both columns to have the same integer type and signedness. An"
            + " increments key is referenced by unsignedInteger(...), a bigIncrements or id() key"
            + " by foreignId(...). No DDL was sent.");
  }
}
