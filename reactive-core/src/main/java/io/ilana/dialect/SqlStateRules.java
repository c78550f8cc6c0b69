package io.ilana.dialect;

import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;
import io.r2dbc.spi.R2dbcNonTransientResourceException;

/**
 * Which exception a SQLSTATE stands for, shared by every dialect so that the same SQLSTATE is the
 * same exception on every database. Dialects whose vendor codes say more (MySQL reports 23000 for
 * every integrity violation) first turn the code into one of these SQLSTATEs.
 */
public final class SqlStateRules {
  /** The SQLSTATE of a connection that broke under a statement ("connection failure"). */
  public static final String CONNECTION_FAILURE = "08006";

  private SqlStateRules() {}

  /** The kind of failure a SQLSTATE names; {@link FailureKind#OTHER} for {@code null}. */
  public static FailureKind kindOf(String sqlState) {
    String state = sqlState == null ? "" : sqlState;
    if (state.startsWith("08") || state.startsWith("57P")) {
      // Class 08 is "connection exception"; 57P01-03 is the server shutting the session down.
      return FailureKind.LOST_CONNECTION;
    }
    return switch (state) {
      case "23505" -> FailureKind.UNIQUE_VIOLATION;
      case "23503", "23506" -> FailureKind.FOREIGN_KEY_VIOLATION;
      case "23502" -> FailureKind.NOT_NULL_VIOLATION;
      case "40P01" -> FailureKind.DEADLOCK;
      case "40001" -> FailureKind.SERIALIZATION_FAILURE;
      // PostgreSQL's lock_not_available: lock_timeout expired, or NOWAIT found the row locked.
      case "55P03" -> FailureKind.LOCK_WAIT_TIMEOUT;
      case "22001" -> FailureKind.VALUE_TOO_LONG;
      case "42830" -> FailureKind.FOREIGN_KEY_DEFINITION;
      default -> FailureKind.OTHER;
    };
  }

  /**
   * The exception for a failure by its SQLSTATE. A failure with neither SQLSTATE nor vendor code
   * whose driver error is the SPI's class for a resource that is gone is the drivers' "connection
   * closed" (r2dbc-mysql's never carry a SQLSTATE): it gets {@value #CONNECTION_FAILURE}.
   */
  public static QueryException translate(
      QueryFailure failure, Throwable driverError, Throwable cause) {
    if (isClosedConnection(failure, driverError)) {
      return FailureKind.LOST_CONNECTION.create(failure.withSqlState(CONNECTION_FAILURE), cause);
    }
    return kindOf(failure.sqlState()).create(failure, cause);
  }

  /** Whether the failure is a driver's bare "connection closed". */
  public static boolean isClosedConnection(QueryFailure failure, Throwable driverError) {
    return failure.sqlState() == null
        && failure.errorCode() == 0
        && driverError instanceof R2dbcNonTransientResourceException;
  }
}
