package io.ilana.schema.grammar;

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

  @Override
  protected String typeInet(ColumnDefinition c) {
    return "INET6";
  }
}
