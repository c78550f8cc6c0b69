package io.ilana.error;

/**
 * A query or model query was used in a state it cannot serve: a write or truncate on a query
 * without a table, running a builder made for inspection only, switching connection after
 * conditions were added, a soft-delete method on a model without soft deletes, or eager loading
 * that read related rows without the column it matches on. Raised before any SQL is sent; the
 * message names the method and what to call first.
 */
public class IllegalQueryStateException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which method, on which query or model, and what to change
   */
  public IllegalQueryStateException(String message) {
    super(message);
  }
}
