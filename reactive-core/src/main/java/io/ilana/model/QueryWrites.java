package io.ilana.model;

import io.ilana.error.InvalidIdentifierException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

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

  /**
   * Refuses a key that names one of the model's declared columns in another case ({@code IS_ADMIN}
   * for {@code is_admin}). Query-level writes assign the columns named, fillable or not, and MySQL
   * and MariaDB match column names case-insensitively, so there such a key would write the declared
   * column while PostgreSQL and H2 would look for another one: names are matched exactly on every
   * database instead.
   */
  static void requireExactColumns(ModelType<?> type, Map<String, ?> values, String method) {
    Set<String> declared = declaredColumns(type);
    for (String key : values.keySet()) {
      String column = columnOf(key);
      for (String name : declared) {
        if (!name.equals(column) && name.equalsIgnoreCase(column)) {
          throw new InvalidIdentifierException(
              "column",
              key,
              method,
              type.modelClass().getSimpleName()
                  + " declares the column as "
                  + name
                  + "; column names are matched exactly (MySQL and MariaDB would write "
                  + name
                  + ", PostgreSQL and H2 look for another column). Write "
                  + name
                  + ".");
        }
      }
    }
  }

  /** Every column the type names: key, fillable, guarded, casts, timestamps, soft deletes. */
  private static Set<String> declaredColumns(ModelType<?> type) {
    ModelType.Frozen<?> frozen = type.frozen();
    Set<String> names = new LinkedHashSet<>();
    names.add(type.keyName());
    names.addAll(frozen.massAssignment().declaredColumns());
    names.addAll(frozen.transforms().castColumns());
    Timestamps timestamps = frozen.timestamps();
    if (timestamps.enabled()) {
      addIfPresent(names, timestamps.createdAtColumn());
      addIfPresent(names, timestamps.updatedAtColumn());
    }
    if (frozen.softDeletes() != null) {
      names.add(frozen.softDeletes().column());
    }
    return names;
  }

  private static void addIfPresent(Set<String> names, String column) {
    if (column != null) {
      names.add(column);
    }
  }

  /** The column a key writes: without a table qualifier or a JSON path. */
  private static String columnOf(String key) {
    int arrow = key.indexOf("->");
    String column = arrow < 0 ? key : key.substring(0, arrow);
    return column.substring(column.lastIndexOf('.') + 1);
  }

  /** {@code column = null} ({@code Map.of} refuses null values). */
  static Map<String, Object> cleared(String column) {
    Map<String, Object> values = new HashMap<>();
    values.put(column, null);
    return values;
  }
}
