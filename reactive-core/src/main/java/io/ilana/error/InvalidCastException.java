package io.ilana.error;

/**
 * A value could not be converted by an attribute cast, a cast name is unknown, or a cast was
 * configured with an impossible setting. Messages name the table, the column, the cast and the
 * value's type, never the value of an encrypted attribute.
 */
public class InvalidCastException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be converted, and where
   */
  public InvalidCastException(String message) {
    super(message);
  }
}
