package io.ilana.error;

/**
 * A method was called with an argument outside what it accepts: a size, count or step below its
 * minimum, an empty list where at least one element is needed, a name that is not one of the known
 * choices. It is a programming error, raised before anything runs; the message names the method or
 * parameter and the value given.
 */
public class InvalidArgumentException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which argument, of which method, and the value given
   */
  public InvalidArgumentException(String message) {
    super(message);
  }
}
