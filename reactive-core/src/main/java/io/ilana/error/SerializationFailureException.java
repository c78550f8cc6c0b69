package io.ilana.error;

/**
 * The database could not serialize the transaction with concurrent ones (SQLSTATE 40001, typically
 * under REPEATABLE READ or SERIALIZABLE isolation) and rolled it back; running the whole
 * transaction again may succeed.
 */
public class SerializationFailureException extends RetryableException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what is known about the failed statement
   * @param cause the driver's exception
   */
  public SerializationFailureException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
