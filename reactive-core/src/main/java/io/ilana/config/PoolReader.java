package io.ilana.config;

import java.time.Duration;

/** Reads a {@code pool} mapping; settings left out keep {@link PoolConfig#defaults()}. */
final class PoolReader {
  private PoolReader() {}

  /** The pool settings; what is left out keeps its default. */
  static PoolConfig read(ConfigNode pool) {
    pool.allowOnly(
        "min",
        "max",
        "acquireTimeoutMillis",
        "acquireTimeout",
        "idleTimeoutMillis",
        "idleTimeout",
        "maxLifetimeMillis",
        "maxLifetime",
        "validationQuery");
    PoolConfig defaults = PoolConfig.defaults();
    int min = pool.integer("min").orElse(defaults.min());
    int max = pool.integer("max").orElse(Math.max(defaults.max(), min));
    // Checked here rather than in PoolConfig so the message carries the file and key path.
    if (min < 0) {
      throw pool.fail("min", "must be 0 or more, was " + min + ".");
    }
    if (max < 1 || max < min) {
      throw pool.fail("max", "must be at least 1 and at least min (" + min + "), was " + max + ".");
    }
    Duration acquire =
        pool.duration("acquireTimeoutMillis", "acquireTimeout").orElse(defaults.acquireTimeout());
    Duration idle =
        pool.duration("idleTimeoutMillis", "idleTimeout").orElse(defaults.idleTimeout());
    Duration lifetime =
        pool.duration("maxLifetimeMillis", "maxLifetime").orElse(defaults.maxLifetime());
    String validationQuery = pool.text("validationQuery").orElse(defaults.validationQuery());
    return new PoolConfig(min, max, acquire, idle, lifetime, validationQuery);
  }
}
