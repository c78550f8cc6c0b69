package io.ilana.sql;

import io.ilana.error.InvalidIdentifierException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates every identifier the builder is given, as an allowlist: a name part is 1 to 256 Unicode
 * letters, digits or underscores (each database's own, shorter limit is checked when the name is
 * quoted: {@link io.ilana.dialect.Dialect#identifierLimit()}). Anything else (quotes, backticks,
 * whitespace, {@code ;}, {@code --}, {@code /*}, {@code $1}, {@code ?}, control and format
 * characters, modifier letters such as U+02BC that look like apostrophes, fullwidth forms) is
 * rejected, so quoting is a second line of defence rather than the only one.
 *
 * <p>The schema builder uses the same rule through {@link #plain} and {@link #qualifiedTable}, so a
 * migration can create only tables and columns the query builder can read, and a look-alike name is
 * refused at DDL time as well.
 */
public final class Identifiers {
  /**
   * The longest name any supported database allows (H2); each database's own is checked when the
   * name is quoted.
   */
  private static final int MAX_PART_LENGTH = 256;

  private static final Pattern ALIASED = Pattern.compile("^(\\S+) [aA][sS] (\\S+)$");
  private static final String JSON_ARROW = "->";

  private Identifiers() {}

  /** A column in a condition, order or grouping: dotted, with an optional JSON path. */
  public static Name column(String raw, String method) {
    return parse(raw, "column", method, 3, false, false);
  }

  /** A column in a select list: may also be {@code *}, {@code table.*} or carry an alias. */
  public static Name selectColumn(String raw, String method) {
    return parse(raw, "column", method, 3, true, true);
  }

  /** A column written to by insert, update or upsert: one plain name, no JSON path. */
  public static Name writeColumn(String raw, String method) {
    Name name = parse(raw, "column", method, 1, false, false);
    if (name.hasJsonPath()) {
      throw new InvalidIdentifierException("column", raw, method);
    }
    return name;
  }

  /** A column set by update: one plain name, optionally with a JSON path ({@code meta->theme}). */
  public static Name updateColumn(String raw, String method) {
    return parse(raw, "column", method, 1, false, false);
  }

  /** A table: {@code table} or {@code schema.table}, with an optional alias. */
  public static Name table(String raw, String method) {
    Name name = parse(raw, "table", method, 2, false, true);
    if (name.hasJsonPath()) {
      throw new InvalidIdentifierException("table", raw, method);
    }
    return name;
  }

  /** An alias: one plain name. */
  public static String alias(String raw, String method) {
    return plain(raw, "alias", method);
  }

  /**
   * One plain name without dots, such as a column, index, constraint or schema name given to the
   * schema builder.
   *
   * @param kind what the name names, for the message: column, index, constraint, ...
   * @param method the builder method it was given to
   * @return the name, unchanged
   * @throws InvalidIdentifierException when it is not a plain name
   */
  public static String plain(String raw, String kind, String method) {
    if (raw == null || !isPart(raw)) {
      throw new InvalidIdentifierException(kind, raw, method);
    }
    return raw;
  }

  /**
   * A table given to the schema builder: {@code table} or {@code schema.table}, without an alias.
   *
   * @param method the builder method it was given to
   * @return its parts, each a plain name
   * @throws InvalidIdentifierException when it is anything else
   */
  public static List<String> qualifiedTable(String raw, String method) {
    if (raw == null) {
      throw new InvalidIdentifierException("table", null, method);
    }
    List<String> parts = split(raw, ".");
    if (parts.size() > 2 || !parts.stream().allMatch(Identifiers::isPart)) {
      throw new InvalidIdentifierException("table", raw, method);
    }
    return List.copyOf(parts);
  }

  private static Name parse(
      String raw, String kind, String method, int maxParts, boolean allowStar, boolean allowAlias) {
    if (raw == null) {
      throw new InvalidIdentifierException(kind, null, method);
    }
    String body = raw;
    String alias = null;
    Matcher aliased = ALIASED.matcher(raw);
    if (aliased.matches()) {
      if (!allowAlias || !isPart(aliased.group(2))) {
        throw new InvalidIdentifierException(kind, raw, method);
      }
      body = aliased.group(1);
      alias = aliased.group(2);
    }
    List<String> segments = split(body, JSON_ARROW);
    List<String> parts = split(segments.get(0), ".");
    List<String> jsonPath = segments.subList(1, segments.size());
    if (parts.size() > maxParts || !jsonPath.stream().allMatch(Identifiers::isPart)) {
      throw new InvalidIdentifierException(kind, raw, method);
    }
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      boolean star = allowStar && "*".equals(part) && i == parts.size() - 1;
      if (!star && !isPart(part)) {
        throw new InvalidIdentifierException(kind, raw, method);
      }
    }
    Name name = new Name(parts, jsonPath, alias, method);
    if (name.isStar() && (alias != null || name.hasJsonPath())) {
      throw new InvalidIdentifierException(kind, raw, method);
    }
    return name;
  }

  /** Splits on a literal separator, keeping empty pieces so that {@code a..b} is rejected. */
  private static List<String> split(String text, String separator) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int at;
    while ((at = text.indexOf(separator, start)) >= 0) {
      pieces.add(text.substring(start, at));
      start = at + separator.length();
    }
    pieces.add(text.substring(start));
    return pieces;
  }

  /** Whether the text is one allowed name part. */
  static boolean isPart(String text) {
    if (text.isEmpty() || text.length() > MAX_PART_LENGTH) {
      return false;
    }
    return text.codePoints().allMatch(Identifiers::isNameCodePoint);
  }

  private static boolean isNameCodePoint(int cp) {
    if (cp == '_') {
      return true;
    }
    boolean fullwidth = cp >= 0xFF00 && cp <= 0xFFEF;
    int type = Character.getType(cp);
    boolean letter =
        type == Character.UPPERCASE_LETTER
            || type == Character.LOWERCASE_LETTER
            || type == Character.TITLECASE_LETTER
            || type == Character.OTHER_LETTER;
    return !fullwidth && (letter || type == Character.DECIMAL_DIGIT_NUMBER);
  }
}
