package io.ilana.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates names before they reach DDL. Quoting alone would make any name safe, but a name with a
 * quote, semicolon or space is almost always a bug or an attack, so it is refused outright.
 */
public final class Identifiers {
  /** The longest name MySQL and MariaDB accept; PostgreSQL silently truncates at 63 bytes. */
  public static final int MAX_LENGTH = 64;

  private Identifiers() {}

  /**
   * Checks one name (no dots).
   *
   * @return the name
   * @throws InvalidSchemaIdentifierException when it is empty, too long or has a forbidden char
   */
  public static String require(String name) {
    if (name == null || name.isEmpty()) {
      throw new InvalidSchemaIdentifierException(name, "it is empty");
    }
    if (name.length() > MAX_LENGTH) {
      throw new InvalidSchemaIdentifierException(
          name, "it is longer than " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
        throw new InvalidSchemaIdentifierException(
            name, "character " + describe(c) + " at position " + i + " is not allowed");
      }
    }
    return name;
  }

  /**
   * Checks a possibly schema-qualified name such as {@code analytics.events}.
   *
   * @return its parts, each validated
   */
  public static List<String> requireQualified(String name) {
    if (name == null || name.isEmpty()) {
      throw new InvalidSchemaIdentifierException(name, "it is empty");
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int dot = name.indexOf('.'); ; dot = name.indexOf('.', start)) {
      String part = dot < 0 ? name.substring(start) : name.substring(start, dot);
      if (part.isEmpty()) {
        throw new InvalidSchemaIdentifierException(name, "it has an empty part around a dot");
      }
      parts.add(require(part));
      if (dot < 0) {
        break;
      }
      start = dot + 1;
    }
    if (parts.size() > 2) {
      throw new InvalidSchemaIdentifierException(name, "only schema.table is allowed");
    }
    return List.copyOf(parts);
  }

  private static String describe(char c) {
    if (Character.isISOControl(c) || Character.isWhitespace(c)) {
      return String.format("U+%04X", (int) c);
    }
    return "'" + c + "'";
  }
}
