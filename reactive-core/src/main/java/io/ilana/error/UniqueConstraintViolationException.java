package io.ilana.error;

/** A unique or primary key constraint rejected the row. */
public class UniqueConstraintViolationException extends QueryException {
  private static final long serialVersionUID = 1L;

  public UniqueConstraintViolationException(QueryFailure failure, Throwable cause) {
    super(failure, cause);
  }
}
