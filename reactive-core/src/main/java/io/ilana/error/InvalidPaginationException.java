package io.ilana.error;

/**
 * A page was requested with impossible parameters: a page number or page size below one, or a
 * negative total. The message names the parameter and the value given.
 */
public class InvalidPaginationException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /** A rejection with a message naming the parameter and the value given. */
  public InvalidPaginationException(String message) {
    super(message);
  }
}
