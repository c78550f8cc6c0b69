package io.ilana.error;

/**
 * The database aborted the transaction to break a deadlock or a serialization conflict; running the
 * whole transaction again may succeed.
 */
public class DeadlockException extends QueryException {
  private static final long serialVersionUID = 1L;

  public DeadlockException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
