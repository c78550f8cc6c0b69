package io.ilana.error;

/**
 * A model instance is not in the state an operation needs: it was never saved (so it has no key to
 * increment by, to relate other models to, or to associate), or it lacks the key value its insert
 * needs. The message names the model class, the operation and what to do first.
 */
public class IllegalModelStateException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which model, which operation, and what is missing
   */
  public IllegalModelStateException(String message) {
    super(message);
  }
}
