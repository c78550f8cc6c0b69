package io.ilana.relation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key values compared across drivers: a parent key read as {@code Long} must match a foreign key
 * read as {@code Integer} or {@code BigDecimal}, so numbers compare by value and the rest by text.
 */
final class Keys {
  private Keys() {}

  static Object normalise(Object key) {
    if (key instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    return key == null ? null : key.toString();
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
