package io.ilana.dialect.mysql;

import io.ilana.dialect.Dialect;
import io.ilana.schema.ColumnDefinition;

/** MariaDB DDL: MySQL's, with the native UUID (10.7+) and INET6 (10.5+) types. */
public class MariaDbSchemaGrammar extends MySqlSchemaGrammar {

  /** A grammar for the given MariaDB dialect. */
  public MariaDbSchemaGrammar(Dialect dialect) {
    super(dialect);
  }

  @Override
  protected String typeUuid(ColumnDefinition c) {
    return "UUID";
  }

  /** MariaDB accepts no NULL or NOT NULL on a generated column. */
  @Override
  protected String modifyNullable(ColumnDefinition column) {
    if (column.generatedAs() != null && !column.isNullable()) {
      throw new io.ilana.error.UnsupportedFeatureException(
          dialect().name(), "NOT NULL on a generated column");
    }
    return super.modifyNullable(column);
  }

  @Override
  protected String typeInet(ColumnDefinition c) {
    return "INET6";
  }
}
