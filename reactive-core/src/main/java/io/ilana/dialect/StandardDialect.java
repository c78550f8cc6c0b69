package io.ilana.dialect;

import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;

/**
 * What databases that follow the SQL standard closely share: double-quoted identifiers and error
 * classes told apart by SQLSTATE.
 */
public abstract class StandardDialect implements Dialect {

  @Override
  public String quoteIdentifier(String identifier) {
    identifierLimit().require(identifier, name());
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** By SQLSTATE, see {@link SqlStateRules}. */
  @Override
  public QueryException translate(QueryFailure failure, Throwable driverError, Throwable cause) {
    return SqlStateRules.translate(failure, driverError, cause);
  }

  @Override
  public String toString() {
    return name();
  }
}
