package io.ilana.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values a query-level write adds: {@code updated_at} on updates, a cleared column. */
final class QueryWrites {
  private QueryWrites() {}

  /** Whether the type keeps an {@code updated_at} column that writes set. */
  static boolean keepsUpdatedAt(ModelType<?> type) {
    Timestamps timestamps = type.frozen().timestamps();
    return timestamps.enabled() && timestamps.updatedAtColumn() != null;
  }

  /** The values with {@code updated_at} set to now, unless given or not kept. */
  static Map<String, Object> withUpdatedAt(ModelType<?> type, Map<String, ?> values) {
    Map<String, Object> all = new LinkedHashMap<>(values);
    if (keepsUpdatedAt(type)) {
      all.putIfAbsent(type.frozen().timestamps().updatedAtColumn(), Timestamps.now());
    }
    return all;
  }

  /** {@code column = null} ({@code Map.of} refuses null values). */
  static Map<String, Object> cleared(String column) {
    Map<String, Object> values = new HashMap<>();
    values.put(column, null);
    return values;
  }
}
