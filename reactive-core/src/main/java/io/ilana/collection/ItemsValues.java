package io.ilana.collection;

import io.ilana.error.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/** Reading attributes from elements and comparing the loosely typed values they hold. */
final class ItemsValues {

  /**
   * Orders attribute values: nulls first, numbers by value whatever their boxed type (an Integer 2
   * sorts before a Long 10), anything else by its own natural order when both sides share a type.
   */
  static final Comparator<Object> NATURAL = ItemsValues::compare;

  private ItemsValues() {}

  static Object read(Object element, String key) {
    Objects.requireNonNull(key, "key");
    if (element instanceof Map<?, ?> map) {
      return map.get(key);
    }
    if (element instanceof Attributes attributes) {
      return attributes.attribute(key);
    }
    String type = element == null ? "null" : element.getClass().getName();
    throw new InvalidValueException(
        "Cannot read '"
            + key
            + "' from an element of type "
            + type
            + ": elements must be a java.util.Map or implement io.ilana.collection.Attributes.");
  }

  /**
   * Equality as a database row would see it: numbers are equal when their values are, so a filter
   * on {@code 1} matches an id the driver returned as a {@code Long}.
   */
  static boolean looselyEqual(Object left, Object right) {
    if (left instanceof Number a && right instanceof Number b) {
      return decimal(a).compareTo(decimal(b)) == 0;
    }
    return Objects.equals(left, right);
  }

  @SuppressWarnings("unchecked") // both sides are checked to share a Comparable class first
  private static int compare(Object left, Object right) {
    if (left == null || right == null) {
      return left == null ? (right == null ? 0 : -1) : 1;
    }
    if (left instanceof Number a && right instanceof Number b) {
      return decimal(a).compareTo(decimal(b));
    }
    if (left instanceof Comparable<?> && left.getClass().isInstance(right)) {
      return ((Comparable<Object>) left).compareTo(right);
    }
    if (right instanceof Comparable<?> && right.getClass().isInstance(left)) {
      return -((Comparable<Object>) right).compareTo(left);
    }
    throw new InvalidValueException(
        "Cannot compare a "
            + left.getClass().getName()
            + " with a "
            + right.getClass().getName()
            + ".");
  }

  static BigDecimal decimal(Number number) {
    if (number instanceof BigDecimal d) {
      return d;
    }
    if (number instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new InvalidValueException(
            "Cannot do arithmetic with the non-finite number " + d + ".");
      }
      // valueOf goes through Double.toString, so 0.1 stays 0.1 rather than its binary expansion.
      return BigDecimal.valueOf(d);
    }
    return BigDecimal.valueOf(number.longValue());
  }

  static BigDecimal numeric(Object value, String what) {
    if (value instanceof Number number) {
      return decimal(number);
    }
    throw new InvalidValueException(
        "Cannot do arithmetic with "
            + what
            + ": expected a number, got "
            + (value == null ? "null" : value.getClass().getName())
            + ".");
  }
}
