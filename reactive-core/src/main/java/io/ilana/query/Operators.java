package io.ilana.query;

import io.ilana.error.InvalidDirectionException;
import io.ilana.error.InvalidOperatorException;
import java.util.Locale;
import java.util.Set;

/** The allowlists of comparison operators and order directions, matched case-insensitively. */
public final class Operators {
  /** Operators that compare a column with one value or column. */
  public static final Set<String> COMPARISON =
      Set.of("=", "!=", "<>", "<", "<=", ">", ">=", "like", "not like", "ilike", "not ilike");

  /** Operators that where() accepts besides the comparisons, each routed to its own clause. */
  static final Set<String> SET_OPERATORS = Set.of("in", "not in", "between", "not between");

  private Operators() {}

  /** The operator in canonical lower case, or an exception naming it and the method. */
  public static String comparison(String operator, String method) {
    String canonical = canonical(operator);
    if (canonical == null || !COMPARISON.contains(canonical)) {
      throw new InvalidOperatorException(operator, method);
    }
    return canonical;
  }

  /** A comparison or one of in, not in, between, not between. */
  static String any(String operator, String method) {
    String canonical = canonical(operator);
    if (canonical == null
        || !(COMPARISON.contains(canonical) || SET_OPERATORS.contains(canonical))) {
      throw new InvalidOperatorException(operator, method);
    }
    return canonical;
  }

  /** {@code true} for descending, {@code false} for ascending; anything else is rejected. */
  public static boolean descending(String direction, String method) {
    if (direction != null) {
      switch (direction.toLowerCase(Locale.ROOT)) {
        case "asc":
          return false;
        case "desc":
          return true;
        default:
          break;
      }
    }
    throw new InvalidDirectionException(direction, method);
  }

  /**
   * Lower case with single spaces; only ASCII is folded so that look-alike characters never turn
   * into an allowed operator.
   */
  private static String canonical(String operator) {
    if (operator == null) {
      return null;
    }
    String lower = operator.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 0x7e) {
        return null;
      }
    }
    return lower;
  }
}
