package io.ilana.error;

/**
 * A statement waited longer than the server allows for a row lock another transaction holds (MySQL
 * and MariaDB error 1205, "Lock wait timeout exceeded; try restarting transaction"). The server
 * undid the statement; IlanaORM rolls back the transaction it ran in, and running the whole
 * transaction again may succeed once the other one finished.
 */
public class LockWaitTimeoutException extends RetryableException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what is known about the failed statement
   * @param cause the driver's exception
   */
  public LockWaitTimeoutException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
