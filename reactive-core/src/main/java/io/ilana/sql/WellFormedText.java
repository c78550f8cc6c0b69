package io.ilana.sql;

import io.ilana.error.InvalidValueException;
import java.lang.reflect.Array;
import java.util.List;

/**
 * Refuses text that is not well-formed UTF-16 before it reaches a database. A lone surrogate (a
 * high surrogate without the low one after it, or a low one without the high one before it) is no
 * character: no database can store it, and each of them silently stores {@code ?} in its place
 * instead of failing. So every statement's SQL text and every text binding (strings, JSON
 * documents, secrets, the elements of array bindings) is checked, and the statement is refused with
 * an {@link InvalidValueException} naming where the surrogate is, never echoing the value.
 */
public final class WellFormedText {
  private WellFormedText() {}

  /**
   * Checks a statement's text and bindings.
   *
   * @throws InvalidValueException naming the binding's position (from 1) or the SQL text, and the
   *     index of the lone surrogate in it
   */
  public static void require(Sql sql) {
    int at = loneSurrogate(sql.text());
    if (at >= 0) {
      throw refused("The SQL text", sql.text().charAt(at), at);
    }
    List<Object> bindings = sql.bindings();
    for (int i = 0; i < bindings.size(); i++) {
      Object value = bindings.get(i);
      // Checked before the place is named: a 1,000-row insert has thousands of bindings and
      // almost never a surrogate.
      if (value instanceof String text) {
        int bad = loneSurrogate(text);
        if (bad >= 0) {
          throw refused("Parameter " + (i + 1), text.charAt(bad), bad);
        }
      } else if (!Values.isPlain(value) && holdsText(value)) {
        requireValue(value, "Parameter " + (i + 1));
      }
    }
  }

  private static boolean holdsText(Object value) {
    return value instanceof Secret
        || value instanceof JsonText
        || value instanceof CharSequence
        || (value != null && value.getClass().isArray() && !(value instanceof byte[]));
  }

  private static void requireValue(Object value, String where) {
    if (value instanceof Secret secret) {
      requireValue(secret.value(), where);
    } else if (value instanceof JsonText json) {
      requireText(json.json(), where + " (a JSON document)");
    } else if (value instanceof CharSequence text) {
      requireText(text, where);
    } else if (value != null && value.getClass().isArray() && !(value instanceof byte[])) {
      for (int i = 0; i < Array.getLength(value); i++) {
        requireValue(Array.get(value, i), where + " element " + (i + 1));
      }
    }
  }

  private static void requireText(CharSequence text, String where) {
    int at = loneSurrogate(text);
    if (at >= 0) {
      throw refused(where, text.charAt(at), at);
    }
  }

  /** The index of the first lone surrogate, or -1 when the text is well-formed. */
  static int loneSurrogate(CharSequence text) {
    int length = text.length();
    int first = 0;
    // Most text has no surrogate at all: one range test per character finds the first one.
    while (first < length && !Character.isSurrogate(text.charAt(first))) {
      first++;
    }
    for (int i = first; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static InvalidValueException refused(String where, char surrogate, int index) {
    return new InvalidValueException(
        where
            + " holds a lone UTF-16 surrogate (U+"
            + Integer.toHexString(surrogate).toUpperCase(java.util.Locale.ROOT)
            + ") at index "
            + index
            + ": it is not a character, and the database would store '?' in its place. Remove it"
            + " or replace it (with U+FFFD, for instance) before sending the value.");
  }
}
