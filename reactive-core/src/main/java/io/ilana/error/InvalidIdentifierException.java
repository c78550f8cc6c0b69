package io.ilana.error;

/**
 * A table, column, alias or JSON path segment handed to the query builder, or a table, column,
 * index, constraint or foreign key name handed to the schema builder, is not a plain name (both
 * builders follow one rule, {@link io.ilana.sql.Identifiers}), or is longer than the database
 * keeps. It is raised before any SQL is sent, so nothing reaches the database.
 */
public class InvalidIdentifierException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String identifier;
  private final String method;

  /**
   * @param kind what the identifier names: column, table, alias, JSON path segment, index,
   *     constraint, foreign key, collation, schema
   * @param identifier the rejected input
   * @param method the builder method it was given to
   */
  public InvalidIdentifierException(String kind, String identifier, String method) {
    super("Invalid " + kind + " name " + Printable.quote(identifier) + " in " + method + "().");
    this.identifier = identifier;
    this.method = method;
  }

  /**
   * A name refused for a reason the plain-name rule does not cover.
   *
   * @param kind what the identifier names: column, table, alias, JSON path segment
   * @param identifier the rejected input
   * @param method the builder method it was given to
   * @param reason why, and what to write instead, as a sentence
   */
  public InvalidIdentifierException(String kind, String identifier, String method, String reason) {
    super(
        "Invalid "
            + kind
            + " name "
            + Printable.quote(identifier)
            + " in "
            + method
            + "(): "
            + reason);
    this.identifier = identifier;
    this.method = method;
  }

  /**
   * A name longer than the database keeps, refused when it is quoted; {@link #method()} is then
   * {@code null}.
   *
   * @param identifier the name
   * @param length its length in {@code unit}
   * @param unit {@code bytes} or {@code characters}
   * @param limit the longest name the database keeps, in {@code unit}
   * @param database the database's name
   */
  public InvalidIdentifierException(
      String identifier, int length, String unit, int limit, String database) {
    super(
        "The name "
            + Printable.quote(identifier)
            + " is "
            + length
            + " "
            + unit
            + " long; the "
            + database
            + " database allows at most "
            + limit
            + " "
            + unit
            + " in a name.");
    this.identifier = identifier;
    this.method = null;
  }

  /** The rejected input, unchanged. */
  public String identifier() {
    return identifier;
  }

  /** The builder method the input was given to. */
  public String method() {
    return method;
  }
}
