package io.ilana.error;

/**
 * A value the query builder cannot bind where it was given: a Map, a collection or an array where
 * one value is expected (the Knex CVE-2016-20018 class of bug), or raw SQL whose placeholders do
 * not match its bindings.
 */
public class InvalidValueException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public InvalidValueException(String message) {
    super(message);
  }
}
