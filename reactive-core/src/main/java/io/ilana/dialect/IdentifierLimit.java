package io.ilana.dialect;

import io.ilana.error.InvalidIdentifierException;
import java.nio.charset.StandardCharsets;

/**
 * The longest name a database keeps, measured the way it measures: PostgreSQL counts the UTF-8
 * bytes of a name and silently cuts it at 63 (so a 64-byte name would be another, shorter name),
 * MySQL and MariaDB allow 64 characters, H2 256. A longer name is refused before it is sent.
 *
 * @param maximum the longest allowed length
 * @param inBytes whether the length counts UTF-8 bytes rather than characters
 */
public record IdentifierLimit(int maximum, boolean inBytes) {

  /** A limit counted in UTF-8 bytes. */
  public static IdentifierLimit bytes(int maximum) {
    return new IdentifierLimit(maximum, true);
  }

  /** A limit counted in characters (code points). */
  public static IdentifierLimit characters(int maximum) {
    return new IdentifierLimit(maximum, false);
  }

  /** The identifier's length in this limit's unit. */
  public int lengthOf(String identifier) {
    return inBytes
        ? identifier.getBytes(StandardCharsets.UTF_8).length
        : identifier.codePointCount(0, identifier.length());
  }

  /**
   * The identifier itself when it fits.
   *
   * @param database the database's name, for the message
   * @throws InvalidIdentifierException naming the identifier, its length and the limit
   */
  public String require(String identifier, String database) {
    int length = lengthOf(identifier);
    if (length > maximum) {
      throw new InvalidIdentifierException(
          identifier, length, inBytes ? "bytes" : "characters", maximum, database);
    }
    return identifier;
  }
}
