package io.ilana.error;

/**
 * A statement failure after which running the whole transaction again may succeed: a deadlock, a
 * serialization failure, a lock wait timeout or a Galera cluster conflict. The database has rolled
 * the transaction (or the statement) back, and nothing was committed. A transaction run with {@code
 * TransactionOptions.attempts(n)} is retried on exactly these failures; catch this type to retry by
 * hand.
 *
 * <p>The subclasses are {@link DeadlockException} (with {@link ClusterConflictException}), {@link
 * SerializationFailureException} and {@link LockWaitTimeoutException}.
 */
public abstract class RetryableException extends QueryException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what is known about the failed statement
   * @param cause the driver's exception
   */
  protected RetryableException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
