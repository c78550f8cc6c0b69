package io.ilana.dialect;

import io.ilana.error.DeadlockException;
import io.ilana.error.ForeignKeyViolationException;
import io.ilana.error.LostConnectionException;
import io.ilana.error.NotNullViolationException;
import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;
import io.ilana.error.UniqueConstraintViolationException;

/**
 * What databases that follow the SQL standard closely share: double-quoted identifiers and error
 * classes told apart by SQLSTATE.
 */
abstract class StandardDialect implements Dialect {

  @Override
  public String quoteIdentifier(String identifier) {
    identifierLimit().require(identifier, name());
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  @Override
  public QueryException translate(QueryFailure failure, Throwable cause) {
    String state = failure.sqlState() == null ? "" : failure.sqlState();
    if (state.startsWith("08") || state.startsWith("57P")) {
      // Class 08 is "connection exception"; 57P01-03 is the server shutting the session down.
      return new LostConnectionException(failure, cause);
    }
    return switch (state) {
      case "23505" -> new UniqueConstraintViolationException(failure, cause);
      case "23503", "23506" -> new ForeignKeyViolationException(failure, cause);
      case "23502" -> new NotNullViolationException(failure, cause);
      case "40001", "40P01" -> new DeadlockException(failure, cause);
      default -> new QueryException(failure, cause);
    };
  }

  @Override
  public String toString() {
    return name();
  }
}
