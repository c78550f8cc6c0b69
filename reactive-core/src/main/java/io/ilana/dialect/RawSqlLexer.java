package io.ilana.dialect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@code ?} placeholders of a raw SQL fragment the way one database reads the text: a
 * {@code ?} inside a string, a quoted identifier or a comment is text, not a placeholder, and what
 * counts as a string or a comment differs between databases. Each {@link Dialect} gives its lexer
 * ({@link Dialect#rawSqlLexer()}).
 *
 * <p>Everywhere: {@code '...'} strings with doubled quotes, {@code --} line comments and {@code /*
 * *}{@code /} block comments. MySQL and MariaDB: backslash escapes in {@code '...'} and {@code
 * "..."} strings, backtick identifiers, {@code #} comments, and {@code --} starting a comment only
 * before a space. PostgreSQL: {@code "..."} identifiers, {@code E'...'} strings with backslash
 * escapes, {@code $$...$$} and {@code $tag$...$tag$} strings, nested block comments. H2: {@code
 * "..."} identifiers, {@code $$...$$} strings and {@code //} line comments. A {@code ??} outside
 * quotes is a literal {@code ?}.
 *
 * <p>The text is given back as the driver must receive it to find the same markers: the drivers
 * look for their own markers with simpler scanners, so escaped quotes are written doubled and MySQL
 * comments in the form both read. On PostgreSQL and H2 the lexer also reports a native bind marker
 * ({@code $1}) written outside quotes: the statement's markers are numbered as the builder writes
 * them, so a hand-written one would silently take another value's place.
 */
public final class RawSqlLexer {
  private static final RawSqlLexer STANDARD = new RawSqlLexer(EnumSet.noneOf(Syntax.class));

  /** The quoting and comment rules a database adds to standard SQL; a dialect picks its own. */
  public enum Syntax {
    /** Backslash escapes in strings, and {@code "..."} is a string, not an identifier (MySQL). */
    BACKSLASH_STRINGS,
    /** Backtick-quoted identifiers. */
    BACKTICK_IDENTIFIERS,
    /** {@code #} line comments, and {@code --} is a comment only before whitespace. */
    HASH_COMMENTS,
    /** {@code E'...'} strings with backslash escapes. */
    ESCAPE_STRINGS,
    /** {@code $$...$$} strings. */
    DOLLAR_QUOTES,
    /** {@code $tag$...$tag$} strings and nested block comments. */
    TAGGED_DOLLAR_QUOTES_AND_NESTING,
    /** {@code $1} is a native bind marker. */
    DOLLAR_MARKERS,
    /** {@code //} line comments. */
    SLASH_COMMENTS
  }

  private final boolean backslashStrings;
  private final boolean backticks;
  private final boolean hashComments;
  private final boolean escapeStrings;
  private final boolean dollarQuotes;
  private final boolean taggedDollarQuotesAndNesting;
  private final boolean dollarMarkers;
  private final boolean slashComments;

  private RawSqlLexer(Set<Syntax> syntax) {
    this.backslashStrings = syntax.contains(Syntax.BACKSLASH_STRINGS);
    this.backticks = syntax.contains(Syntax.BACKTICK_IDENTIFIERS);
    this.hashComments = syntax.contains(Syntax.HASH_COMMENTS);
    this.escapeStrings = syntax.contains(Syntax.ESCAPE_STRINGS);
    this.dollarQuotes = syntax.contains(Syntax.DOLLAR_QUOTES);
    this.taggedDollarQuotesAndNesting = syntax.contains(Syntax.TAGGED_DOLLAR_QUOTES_AND_NESTING);
    this.dollarMarkers = syntax.contains(Syntax.DOLLAR_MARKERS);
    this.slashComments = syntax.contains(Syntax.SLASH_COMMENTS);
  }

  /** Standard SQL quoting only. */
  public static RawSqlLexer standard() {
    return STANDARD;
  }

  /** Standard SQL quoting plus the given rules. */
  public static RawSqlLexer with(Syntax first, Syntax... more) {
    return new RawSqlLexer(EnumSet.of(first, more));
  }

  /**
   * A raw fragment cut at its placeholders.
   *
   * @param texts the SQL before the first placeholder, between each two, and after the last ({@code
   *     ??} already turned into {@code ?}); one more than there are placeholders
   * @param nativeMarker the first native bind marker written outside quotes, or {@code null}
   */
  public record Fragment(List<String> texts, String nativeMarker) {
    public Fragment {
      texts = List.copyOf(texts);
    }

    /** How many {@code ?} placeholders the fragment has. */
    public int placeholders() {
      return texts.size() - 1;
    }
  }

  /** The fragment cut at each {@code ?} that stands outside strings, identifiers and comments. */
  public Fragment lex(String sql) {
    List<String> texts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String nativeMarker = null;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '?') {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == '?') {
          current.append('?');
          i += 2;
        } else {
          texts.add(current.toString());
          current.setLength(0);
          i++;
        }
        continue;
      }
      int end = endOfQuoted(sql, i);
      if (end > i) {
        appendQuoted(current, sql, i, end);
        i = end;
        continue;
      }
      if (hashComments && sql.startsWith("--", i)) {
        // Minus minus to MySQL, a comment to r2dbc-mysql: spaced, it is minus minus to both.
        current.append("- ");
        i++;
        continue;
      }
      end = endOfMarker(sql, i);
      if (end > i && nativeMarker == null) {
        nativeMarker = sql.substring(i, end);
      }
      end = Math.max(end, i + 1);
      current.append(sql, i, end);
      i = end;
    }
    texts.add(current.toString());
    return new Fragment(texts, nativeMarker);
  }

  /** The end of a string, quoted identifier or comment starting at {@code i}, or {@code i}. */
  private int endOfQuoted(String sql, int i) {
    char c = sql.charAt(i);
    char next = i + 1 < sql.length() ? sql.charAt(i + 1) : 0;
    if (c == '\'') {
      return endOfString(
          sql, i, '\'', backslashStrings || (escapeStrings && afterEscapePrefix(sql, i)));
    }
    if (c == '"') {
      return endOfString(sql, i, '"', backslashStrings);
    }
    if (c == '`' && backticks) {
      return endOfString(sql, i, '`', false);
    }
    if (c == '#' && hashComments) {
      return endOfLine(sql, i);
    }
    if (c == '-' && next == '-') {
      boolean comment =
          !hashComments || i + 2 >= sql.length() || Character.isWhitespace(sql.charAt(i + 2));
      return comment ? endOfLine(sql, i) : i;
    }
    if (c == '/' && next == '/' && slashComments) {
      return endOfLine(sql, i);
    }
    if (c == '/' && next == '*') {
      return endOfBlockComment(sql, i);
    }
    if (c == '$' && dollarQuotes && !afterIdentifierCharacter(sql, i)) {
      return endOfDollarQuoted(sql, i);
    }
    return i;
  }

  /**
   * Appends a quoted run so that the driver, which looks for its own markers in the statement with
   * a simpler scanner, reads it the same way: neither r2dbc-postgresql nor r2dbc-mysql knows
   * backslash escapes, and r2dbc-mysql knows no {@code #} comment, so an escaped quote is written
   * doubled ({@code \'} as {@code ''}, the same string) and a {@code #} comment as a {@code -- }
   * one.
   */
  private void appendQuoted(StringBuilder out, String sql, int start, int end) {
    char c = sql.charAt(start);
    if (c == '#' && hashComments) {
      out.append("-- ").append(sql, start + 1, end);
      return;
    }
    boolean backslash =
        c == '\''
            ? backslashStrings || (escapeStrings && afterEscapePrefix(sql, start))
            : c == '"' && backslashStrings;
    if (!backslash) {
      out.append(sql, start, end);
      return;
    }
    for (int i = start; i < end; i++) {
      char here = sql.charAt(i);
      if (here == '\\' && i + 1 < end) {
        char escaped = sql.charAt(i + 1);
        out.append(escaped == c ? String.valueOf(c) : "\\").append(escaped);
        i++;
      } else {
        out.append(here);
      }
    }
  }

  /** {@code E'} or {@code e'} where the E is not the end of a longer word. */
  private static boolean afterEscapePrefix(String sql, int quote) {
    if (quote == 0 || Character.toUpperCase(sql.charAt(quote - 1)) != 'E') {
      return false;
    }
    return !afterIdentifierCharacter(sql, quote - 1);
  }

  private static boolean afterIdentifierCharacter(String sql, int i) {
    if (i == 0) {
      return false;
    }
    char before = sql.charAt(i - 1);
    return Character.isLetterOrDigit(before) || before == '_' || before == '$';
  }

  /** The end of a quoted run: a doubled quote stays inside, and so does an escaped character. */
  private static int endOfString(String sql, int start, char quote, boolean backslash) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslash && c == '\\') {
        i += 2;
      } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return sql.length();
  }

  private static int endOfLine(String sql, int start) {
    int newline = sql.indexOf('\n', start);
    return newline < 0 ? sql.length() : newline + 1;
  }

  private int endOfBlockComment(String sql, int start) {
    int depth = 0;
    int i = start;
    while (i + 1 < sql.length()) {
      if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
        depth = taggedDollarQuotesAndNesting || depth == 0 ? depth + 1 : depth;
        i += 2;
      } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** {@code $$...$$} or {@code $tag$...$tag$}; {@code i} when the dollar opens neither. */
  private int endOfDollarQuoted(String sql, int start) {
    int i = start + 1;
    if (taggedDollarQuotesAndNesting
        && i < sql.length()
        && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_')) {
      while (i < sql.length()
          && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
        i++;
      }
    }
    if (i >= sql.length() || sql.charAt(i) != '$') {
      return start;
    }
    String delimiter = sql.substring(start, i + 1);
    int close = sql.indexOf(delimiter, i + 1);
    return close < 0 ? sql.length() : close + delimiter.length();
  }

  /** The end of a native marker ({@code $1}) starting at {@code i}, or {@code i}. */
  private int endOfMarker(String sql, int i) {
    if (!dollarMarkers || sql.charAt(i) != '$' || afterIdentifierCharacter(sql, i)) {
      return i;
    }
    int end = i + 1;
    while (end < sql.length() && sql.charAt(end) >= '0' && sql.charAt(end) <= '9') {
      end++;
    }
    return end > i + 1 ? end : i;
  }
}
