package io.ilana.sql;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Prints bindings for logs and error messages, masking {@link Secret}s and long values. */
public final class Bindings {
  /** What a secret binding prints as. */
  public static final String MASK = "****";

  private static final int MAX_VALUE_LENGTH = 64;

  private Bindings() {}

  /** Each binding as printable text: secrets masked, long values cut. */
  public static List<String> mask(List<Object> bindings) {
    List<String> out = new ArrayList<>(bindings.size());
    for (Object value : bindings) {
      out.add(describe(value));
    }
    return out;
  }

  /** The bindings as one printable list. */
  public static String describe(List<Object> bindings) {
    return mask(bindings).toString();
  }

  /** The text of every {@link Secret} binding, as a driver might quote it in a message. */
  public static List<String> secretTexts(List<Object> bindings) {
    List<String> secrets = new ArrayList<>();
    for (Object value : bindings) {
      if (value instanceof Secret secret && secret.value() != null) {
        String text = String.valueOf(secret.value());
        if (!text.isEmpty()) {
          secrets.add(text);
        }
      }
    }
    return secrets;
  }

  /** The message with every occurrence of each secret text replaced by the mask. */
  public static String scrub(String message, List<String> secrets) {
    String scrubbed = message;
    for (String secret : secrets) {
      scrubbed = scrubbed.replace(secret, MASK);
    }
    return scrubbed;
  }

  /**
   * Where to cut text to at most {@code length} chars without splitting a surrogate pair: before
   * the high surrogate when the pair would straddle the cut, so a shortened log value stays
   * well-formed text.
   */
  static int cutBefore(String text, int length) {
    return Character.isHighSurrogate(text.charAt(length - 1))
            && Character.isLowSurrogate(text.charAt(length))
        ? length - 1
        : length;
  }

  /**
   * An array binding (PostgreSQL's {@code = any($1)} binds one) element by element, instead of
   * Java's {@code [Ljava.lang.Long;@1b6d3586}; bytes are only counted.
   */
  private static String describeArray(Object array) {
    if (array instanceof byte[] bytes) {
      return "bytes(" + bytes.length + ")";
    }
    StringJoiner out = new StringJoiner(", ", "[", "]");
    for (int i = 0; i < Array.getLength(array); i++) {
      out.add(describe(Array.get(array, i)));
    }
    return out.toString();
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Secret) {
      return MASK;
    }
    if (value instanceof TypedNull typed) {
      return "null(" + typed.type().getSimpleName() + ")";
    }
    String text =
        value instanceof CharSequence
            ? "'" + value + "'"
            : value.getClass().isArray() ? describeArray(value) : String.valueOf(value);
    if (text.length() > MAX_VALUE_LENGTH) {
      return text.substring(0, cutBefore(text, MAX_VALUE_LENGTH))
          + "...("
          + text.length()
          + " chars)";
    }
    return text;
  }
}
