package io.ilana.model;

import io.ilana.db.Database;
import io.ilana.db.DatabaseManager;
import java.util.Map;

/**
 * The morph map of the {@code Database} facade's default manager, as static calls: each is {@link
 * MorphRegistry#of(DatabaseManager)} of {@link Database#manager()}. Configure the facade first
 * ({@code Database.configure} or {@code Database.use}); a manager of your own has its own map,
 * {@link #of(DatabaseManager)}.
 *
 * <pre>{@code
 * MorphMap.enforce(Map.of("post", Post.class, "video", Video.class));  // once, at start-up
 * }</pre>
 */
public final class MorphMap {
  private MorphMap() {}

  /** The morph map of {@code manager}; see {@link MorphRegistry}. */
  public static MorphRegistry of(DatabaseManager manager) {
    return MorphRegistry.of(manager);
  }

  private static MorphRegistry defaults() {
    return MorphRegistry.of(Database.manager());
  }

  /** {@link MorphRegistry#register(String, Class)} on the default manager's map. */
  public static void register(String alias, Class<? extends Model<?>> modelClass) {
    defaults().register(alias, modelClass);
  }

  /** {@link MorphRegistry#register(Map)} on the default manager's map. */
  public static void register(Map<String, Class<? extends Model<?>>> aliases) {
    defaults().register(aliases);
  }

  /** {@link MorphRegistry#enforce(Map)} on the default manager's map. */
  public static void enforce(Map<String, Class<? extends Model<?>>> aliases) {
    defaults().enforce(aliases);
  }

  /** {@link MorphRegistry#enforce()} on the default manager's map. */
  public static void enforce() {
    defaults().enforce();
  }

  /** {@link MorphRegistry#isEnforced()} of the default manager's map. */
  public static boolean isEnforced() {
    return defaults().isEnforced();
  }

  /** {@link MorphRegistry#clear()} on the default manager's map. */
  public static void clear() {
    defaults().clear();
  }

  /** {@link MorphRegistry#aliasFor(Class)} in the default manager's map. */
  public static String aliasFor(Class<?> modelClass) {
    return defaults().aliasFor(modelClass);
  }

  /** {@link MorphRegistry#classFor(String)} in the default manager's map. */
  public static Class<? extends Model<?>> classFor(String storedType) {
    return defaults().classFor(storedType);
  }
}
