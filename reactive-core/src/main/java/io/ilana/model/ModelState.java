package io.ilana.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model's data: its attributes as stored, the attributes as last read or saved (the original),
 * the changes of the last save, and whether it exists in the database.
 */
final class ModelState {
  private static final Object[] NOTHING = new Object[0];

  private final Map<String, Object> attributes = new LinkedHashMap<>();

  /**
   * The original, once asked for. Until then (most models read are never asked) it is kept as
   * {@link #snapshot}, a flat copy that costs one array instead of a map per row.
   */
  private Map<String, Object> original;

  /** The attributes at the last sync, keys and values alternately; used while original is null. */
  private Object[] snapshot = NOTHING;

  private Map<String, Object> changes = Map.of();
  private boolean exists;
  private boolean recentlyCreated;

  Map<String, Object> attributes() {
    return attributes;
  }

  Map<String, Object> readOnlyAttributes() {
    return Collections.unmodifiableMap(attributes);
  }

  Map<String, Object> original() {
    return Collections.unmodifiableMap(originalMap());
  }

  /** The original as a map, made from the snapshot the first time it is needed. */
  private Map<String, Object> originalMap() {
    if (original == null) {
      // The snapshot stays: two threads reading one model at once both make the same map.
      Object[] flat = snapshot;
      Map<String, Object> made = new LinkedHashMap<>((int) (flat.length / 2 / 0.75f) + 1);
      for (int i = 0; i < flat.length; i += 2) {
        made.put((String) flat[i], flat[i + 1]);
      }
      original = made;
    }
    return original;
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
    Map<String, Object> before = originalMap();
    attributes.forEach(
        (key, value) -> {
          if (!before.containsKey(key) || !Conversions.same(before.get(key), value)) {
            dirty.put(key, value);
          }
        });
    return dirty;
  }

  /**
   * Whether one attribute differs from the original or is new: {@link #dirty()} for one key,
   * without building the map (timestamps ask this of every model a batch inserts).
   */
  boolean dirty(String key) {
    if (!attributes.containsKey(key)) {
      return false;
    }
    Object value = attributes.get(key);
    if (original != null) {
      return !original.containsKey(key) || !Conversions.same(original.get(key), value);
    }
    Object[] flat = snapshot;
    for (int i = 0; i < flat.length; i += 2) {
      if (flat[i].equals(key)) {
        return !Conversions.same(flat[i + 1], value);
      }
    }
    return true;
  }

  /** Drops the attribute from the attributes and the original. */
  void forget(String key) {
    attributes.remove(key);
    originalMap().remove(key);
  }

  void syncOriginal() {
    Object[] flat = new Object[attributes.size() * 2];
    int i = 0;
    for (Map.Entry<String, Object> entry : attributes.entrySet()) {
      flat[i++] = entry.getKey();
      flat[i++] = entry.getValue();
    }
    snapshot = flat;
    original = null;
  }

  void syncOriginal(java.util.Collection<String> keys) {
    Map<String, Object> before = originalMap();
    for (String key : keys) {
      before.put(key, attributes.get(key));
    }
  }

  void syncChanges() {
    changes = dirty();
  }

  void clearChanges() {
    changes = Map.of();
  }

  void replaceWith(Map<String, Object> row) {
    attributes.clear();
    attributes.putAll(row);
    syncOriginal();
  }
}
