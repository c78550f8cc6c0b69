package io.ilana.collection;

/**
 * Something whose values can be read by name, so that {@link Items} can pluck, group, key, sort and
 * filter it by attribute name. Models implement it; a {@link java.util.Map} element is read with
 * {@link java.util.Map#get} instead and needs no wrapper.
 */
public interface Attributes {

  /**
   * The value of the named attribute, or {@code null} when it is absent or null.
   *
   * @param key the attribute name
   * @return the value, possibly {@code null}
   */
  Object attribute(String key);
}
