package io.ilana.model;

import io.ilana.error.MorphTypeException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names polymorphic relations store in their {@code *_type} columns. Without a mapping a model
 * is stored under its class name, which ties the data to the code's package layout; map short
 * aliases ({@code register("post", Post.class)}) to keep them apart, and {@link #enforce()} the map
 * so that an unmapped class fails instead of writing its class name. Declare the map once at
 * start-up, before the first polymorphic read or write.
 */
public final class MorphMap {
  private static final Map<String, Class<? extends Model<?>>> BY_ALIAS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, String> BY_CLASS = new ConcurrentHashMap<>();
  private static volatile boolean enforced;

  private MorphMap() {}

  /** Stores {@code modelClass} under {@code alias}; an alias or a class may be mapped once. */
  public static synchronized void register(String alias, Class<? extends Model<?>> modelClass) {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(modelClass, "modelClass");
    if (alias.isBlank()) {
      throw new MorphTypeException(
          "A morph alias may not be blank (for " + modelClass.getName() + ").");
    }
    Class<?> taken = BY_ALIAS.get(alias);
    String mapped = BY_CLASS.get(modelClass);
    if ((taken != null && taken != modelClass) || (mapped != null && !mapped.equals(alias))) {
      throw new MorphTypeException(
          "Cannot map morph alias ["
              + alias
              + "] to "
              + modelClass.getName()
              + ": "
              + (taken != null && taken != modelClass
                  ? "the alias already maps " + taken.getName()
                  : "the class is already mapped as [" + mapped + "]")
              + ".");
    }
    BY_ALIAS.put(alias, modelClass);
    BY_CLASS.put(modelClass, alias);
  }

  /** Registers every entry of {@code aliases}. */
  public static void register(Map<String, Class<? extends Model<?>>> aliases) {
    aliases.forEach(MorphMap::register);
  }

  /** Registers {@code aliases} and {@link #enforce()}s the map. */
  public static void enforce(Map<String, Class<? extends Model<?>>> aliases) {
    register(aliases);
    enforce();
  }

  /** From now on a class missing from the map fails instead of being stored by class name. */
  public static void enforce() {
    enforced = true;
  }

  /** Whether the map is enforced. */
  public static boolean isEnforced() {
    return enforced;
  }

  /** Forgets every alias and stops enforcing (for tests and re-configuration). */
  public static synchronized void clear() {
    enforced = false;
    BY_ALIAS.clear();
    BY_CLASS.clear();
  }

  /**
   * The name stored for {@code modelClass}: its alias, or its class name when unmapped and the map
   * is not enforced.
   */
  public static String aliasFor(Class<?> modelClass) {
    String alias = BY_CLASS.get(modelClass);
    if (alias != null) {
      return alias;
    }
    if (enforced) {
      throw new MorphTypeException(
          "No morph map entry for "
              + modelClass.getName()
              + " and the morph map is enforced; register it: MorphMap.register(\"<alias>\", "
              + modelClass.getSimpleName()
              + ".class).");
    }
    return modelClass.getName();
  }

  /**
   * The model class a stored type name stands for: a mapped alias, or (map not enforced) the name
   * of a model class. Anything else — an unknown name, a class that is not a model — fails rather
   * than loading whatever class a row names.
   */
  public static Class<? extends Model<?>> classFor(String storedType) {
    Class<? extends Model<?>> mapped = BY_ALIAS.get(Objects.requireNonNull(storedType, "type"));
    if (mapped != null) {
      return mapped;
    }
    if (enforced) {
      throw new MorphTypeException(
          "Stored morph type ["
              + storedType
              + "] is not in the enforced morph map; known aliases: "
              + BY_ALIAS.keySet().stream().sorted().toList()
              + ".");
    }
    return modelClassNamed(storedType);
  }

  @SuppressWarnings("unchecked") // checked just above with isAssignableFrom
  private static Class<? extends Model<?>> modelClassNamed(String name) {
    Class<?> found;
    try {
      // Not initialised until known to be a model: a row must not run arbitrary static code.
      found = Class.forName(name, false, MorphMap.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new MorphTypeException(
          "Stored morph type [" + name + "] is neither a morph map alias nor a model class name.");
    }
    if (!Model.class.isAssignableFrom(found)) {
      throw new MorphTypeException(
          "Stored morph type [" + name + "] names " + found.getName() + ", which is not a model.");
    }
    return (Class<? extends Model<?>>) found;
  }
}
