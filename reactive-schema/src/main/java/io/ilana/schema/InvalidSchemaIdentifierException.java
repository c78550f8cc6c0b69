package io.ilana.schema;

import io.ilana.error.IlanaException;

/**
 * A table, column, index or constraint name that cannot be used safely in DDL: empty, too long, or
 * holding a character outside letters, digits, {@code _} and {@code $}.
 */
public class InvalidSchemaIdentifierException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String identifier;

  /** An exception for {@code identifier}, explaining why in {@code reason}. */
  public InvalidSchemaIdentifierException(String identifier, String reason) {
    super("Invalid identifier '" + printable(identifier) + "': " + reason + ".");
    this.identifier = identifier;
  }

  /** The rejected identifier as given. */
  public String identifier() {
    return identifier;
  }

  // Control characters would garble the log line that reports them.
  private static String printable(String identifier) {
    if (identifier == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder();
    identifier
        .codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
