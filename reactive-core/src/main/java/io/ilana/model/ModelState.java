package io.ilana.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model's data: its attributes as stored, the attributes as last read or saved (the original),
 * the changes of the last save, and whether it exists in the database.
 */
final class ModelState {
  private final Map<String, Object> attributes = new LinkedHashMap<>();
  private Map<String, Object> original = new LinkedHashMap<>();
  private Map<String, Object> changes = new LinkedHashMap<>();
  private boolean exists;
  private boolean recentlyCreated;

  Map<String, Object> attributes() {
    return attributes;
  }

  Map<String, Object> readOnlyAttributes() {
    return Collections.unmodifiableMap(attributes);
  }

  Map<String, Object> original() {
    return Collections.unmodifiableMap(original);
  }

  Map<String, Object> changes() {
    return Collections.unmodifiableMap(changes);
  }

  boolean exists() {
    return exists;
  }

  void exists(boolean exists) {
    this.exists = exists;
  }

  boolean recentlyCreated() {
    return recentlyCreated;
  }

  void recentlyCreated(boolean created) {
    this.recentlyCreated = created;
  }

  /** Attributes that differ from the original, or are new. */
  Map<String, Object> dirty() {
    Map<String, Object> dirty = new LinkedHashMap<>();
    attributes.forEach(
        (key, value) -> {
          if (!original.containsKey(key) || !Conversions.same(original.get(key), value)) {
            dirty.put(key, value);
          }
        });
    return dirty;
  }

  /** Drops the attribute from the attributes and the original. */
  void forget(String key) {
    attributes.remove(key);
    original.remove(key);
  }

  void syncOriginal() {
    original = new LinkedHashMap<>(attributes);
  }

  void syncOriginal(java.util.Collection<String> keys) {
    for (String key : keys) {
      original.put(key, attributes.get(key));
    }
  }

  void syncChanges() {
    changes = dirty();
  }

  void clearChanges() {
    changes = new LinkedHashMap<>();
  }

  void replaceWith(Map<String, Object> row) {
    attributes.clear();
    attributes.putAll(row);
    syncOriginal();
  }
}
