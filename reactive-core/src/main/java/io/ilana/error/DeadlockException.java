package io.ilana.error;

/**
 * The database aborted the transaction to break a deadlock (PostgreSQL 40P01, MySQL and MariaDB
 * error 1213, H2's "Deadlock detected"); running the whole transaction again may succeed.
 */
public class DeadlockException extends RetryableException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what is known about the failed statement
   * @param cause the driver's exception
   */
  public DeadlockException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
