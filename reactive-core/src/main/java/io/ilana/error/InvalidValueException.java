package io.ilana.error;

/**
 * A value cannot be used where it was given: a Map, a collection or an array where the query
 * builder expects one value (the Knex CVE-2016-20018 class of bug), raw SQL whose placeholders do
 * not match its bindings, a column default or SQL literal of a type or value SQL cannot hold (a
 * non-finite number, a NUL character), a blank raw SQL expression, or collection elements that
 * cannot be read by key, compared or added up. The message names the value's type and where it was
 * given.
 */
public class InvalidValueException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public InvalidValueException(String message) {
    super(message);
  }
}
