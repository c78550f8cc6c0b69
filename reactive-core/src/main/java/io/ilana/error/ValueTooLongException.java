package io.ilana.error;

/**
 * The database refused a value longer than its column holds (SQLSTATE 22001), instead of cutting it
 * short.
 */
public class ValueTooLongException extends QueryException {
  private static final long serialVersionUID = 1L;

  public ValueTooLongException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
