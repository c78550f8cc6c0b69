package io.ilana.model;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.error.MorphTypeException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link DatabaseManager}'s morph map: the names polymorphic relations store in their {@code
 * *_type} columns. Without a mapping a model is stored under its class name, which ties the data to
 * the code's package layout; map short aliases ({@code register("post", Post.class)}) to keep them
 * apart, and {@link #enforce()} the map so that an unmapped class fails instead of writing its
 * class name. Declare it once, after creating the manager and before the first polymorphic read or
 * write: {@code MorphRegistry.of(manager).enforce(Map.of("post", Post.class))}. A relation uses the
 * map of the manager its parent model runs on, so two managers in one JVM map types independently;
 * {@link MorphMap} is the same for the default manager of the {@code Database} facade.
 */
public final class MorphRegistry {
  private final Map<String, Class<? extends Model<?>>> byAlias = new ConcurrentHashMap<>();
  private final Map<Class<?>, String> byClass = new ConcurrentHashMap<>();
  private volatile boolean enforced;

  private MorphRegistry() {}

  /** The manager's morph map, made empty (and not enforced) on the first ask. */
  public static MorphRegistry of(DatabaseManager manager) {
    return manager.component(MorphRegistry.class, MorphRegistry::new);
  }

  /** The morph map of the manager the connection belongs to. */
  static MorphRegistry of(DatabaseConnection connection) {
    return of(connection.manager());
  }

  /** The morph map that applies to the model: the one of the manager it runs on. */
  static MorphRegistry of(Model<?> model) {
    return of(model.connection());
  }

  /** Stores {@code modelClass} under {@code alias}; an alias or a class may be mapped once. */
  public synchronized void register(String alias, Class<? extends Model<?>> modelClass) {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(modelClass, "modelClass");
    if (alias.isBlank()) {
      throw new MorphTypeException(
          "A morph alias may not be blank (for " + modelClass.getName() + ").");
    }
    Class<?> taken = byAlias.get(alias);
    String mapped = byClass.get(modelClass);
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
    byAlias.put(alias, modelClass);
    byClass.put(modelClass, alias);
  }

  /** Registers every entry of {@code aliases}. */
  public void register(Map<String, Class<? extends Model<?>>> aliases) {
    aliases.forEach(this::register);
  }

  /** Registers {@code aliases} and {@link #enforce()}s the map. */
  public void enforce(Map<String, Class<? extends Model<?>>> aliases) {
    register(aliases);
    enforce();
  }

  /** From now on a class missing from the map fails instead of being stored by class name. */
  public void enforce() {
    enforced = true;
  }

  /** Whether the map is enforced. */
  public boolean isEnforced() {
    return enforced;
  }

  /** Forgets every alias and stops enforcing (for tests and re-configuration). */
  public synchronized void clear() {
    enforced = false;
    byAlias.clear();
    byClass.clear();
  }

  /**
   * The name stored for {@code modelClass}: its alias, or its class name when unmapped and the map
   * is not enforced.
   */
  public String aliasFor(Class<?> modelClass) {
    String alias = byClass.get(modelClass);
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
  public Class<? extends Model<?>> classFor(String storedType) {
    Class<? extends Model<?>> mapped = byAlias.get(Objects.requireNonNull(storedType, "type"));
    if (mapped != null) {
      return mapped;
    }
    if (enforced) {
      throw new MorphTypeException(
          "Stored morph type ["
              + storedType
              + "] is not in the enforced morph map; known aliases: "
              + byAlias.keySet().stream().sorted().toList()
              + ".");
    }
    return modelClassNamed(storedType);
  }

  @SuppressWarnings("unchecked") // checked just above with isAssignableFrom
  private static Class<? extends Model<?>> modelClassNamed(String name) {
    Class<?> found;
    try {
      // Not initialised until known to be a model: a row must not run arbitrary static code.
      found = Class.forName(name, false, MorphRegistry.class.getClassLoader());
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
