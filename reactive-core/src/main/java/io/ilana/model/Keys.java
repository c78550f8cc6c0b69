package io.ilana.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Key values compared across drivers: a parent key read as {@code Long} must match a foreign key
 * read as {@code Integer} or {@code BigDecimal}, so numbers compare by value and the rest by text.
 */
final class Keys {
  private static final Pattern DIGITS = Pattern.compile("-?\\d{1,18}");

  private Keys() {}

  static Object normalise(Object key) {
    if (key instanceof Long
        || key instanceof Integer
        || key instanceof Short
        || key instanceof Byte) {
      // Whole numbers print as their plain digits already: the same text as below, without the
      // BigDecimal (this runs once per row matched).
      return Long.toString(((Number) key).longValue());
    }
    if (key instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    return key == null ? null : key.toString();
  }

  /**
   * A key read from another column, converted for binding against a key of {@code type}: a
   * polymorphic id column is often text (it must hold keys of several tables), and PostgreSQL and
   * H2 refuse to compare text with a numeric key, so digits become a number for generated keys.
   */
  static Object forKeyOf(KeyType type, Object key) {
    if (type == KeyType.AUTO_INCREMENT
        && key instanceof CharSequence text
        && DIGITS.matcher(text).matches()) {
      return Long.valueOf(text.toString());
    }
    return key;
  }

  /** The distinct, non-null values, in first-seen order, as read (for binding). */
  static List<Object> distinct(Collection<?> values) {
    Map<Object, Object> seen = new LinkedHashMap<>();
    for (Object value : values) {
      if (value != null) {
        seen.putIfAbsent(normalise(value), value);
      }
    }
    return new ArrayList<>(seen.values());
  }
}
