package io.ilana.dialect;

import io.ilana.error.ClusterConflictException;
import io.ilana.error.DeadlockException;
import io.ilana.error.ForeignKeyDefinitionException;
import io.ilana.error.ForeignKeyViolationException;
import io.ilana.error.LockWaitTimeoutException;
import io.ilana.error.LostConnectionException;
import io.ilana.error.NotNullViolationException;
import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;
import io.ilana.error.SerializationFailureException;
import io.ilana.error.UniqueConstraintViolationException;
import io.ilana.error.ValueTooLongException;
import java.util.function.BiFunction;

/** The kinds of statement failure that have their own exception, whatever the database. */
public enum FailureKind {
  LOST_CONNECTION(LostConnectionException::new),
  UNIQUE_VIOLATION(UniqueConstraintViolationException::new),
  FOREIGN_KEY_VIOLATION(ForeignKeyViolationException::new),
  NOT_NULL_VIOLATION(NotNullViolationException::new),
  DEADLOCK(DeadlockException::new),
  SERIALIZATION_FAILURE(SerializationFailureException::new),
  LOCK_WAIT_TIMEOUT(LockWaitTimeoutException::new),
  CLUSTER_CONFLICT(ClusterConflictException::new),
  VALUE_TOO_LONG(ValueTooLongException::new),
  FOREIGN_KEY_DEFINITION(ForeignKeyDefinitionException::new),
  OTHER(QueryException::new);

  private final BiFunction<QueryFailure, Throwable, QueryException> factory;

  FailureKind(BiFunction<QueryFailure, Throwable, QueryException> factory) {
    this.factory = factory;
  }

  /** The exception of this kind for a failure. */
  public QueryException create(QueryFailure failure, Throwable cause) {
    return factory.apply(failure, cause);
  }
}
