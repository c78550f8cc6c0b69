package io.ilana.error;

/**
 * A transaction nested in another (a savepoint) was given options the outer transaction does not
 * have, such as another isolation level: a savepoint cannot change them, and running it with the
 * outer ones would silently ignore what was asked for.
 */
public class TransactionOptionsConflictException extends TransactionException {
  private static final long serialVersionUID = 1L;

  public TransactionOptionsConflictException(String message) {
    super(message);
  }
}
