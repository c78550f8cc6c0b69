package io.ilana.config;

import io.ilana.error.ConfigException;
import java.time.Duration;
import java.util.Objects;

/**
 * Sizing and timeouts of one connection's pool.
 *
 * @param min connections kept open when idle
 * @param max connections open at most
 * @param acquireTimeout how long a caller waits for a free connection before failing
 * @param idleTimeout how long an unused connection stays open
 * @param maxLifetime how long a connection lives at most before it is replaced
 * @param validationQuery a query run on acquire to check the connection, or {@code null} to use the
 *     driver's cheap validity check
 */
public record PoolConfig(
    int min,
    int max,
    Duration acquireTimeout,
    Duration idleTimeout,
    Duration maxLifetime,
    String validationQuery) {

  public PoolConfig {
    Objects.requireNonNull(acquireTimeout, "acquireTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(maxLifetime, "maxLifetime");
    if (min < 0) {
      throw new ConfigException("pool.min must be 0 or more, was " + min + ".");
    }
    if (max < 1 || max < min) {
      throw new ConfigException(
          "pool.max must be at least 1 and at least pool.min (" + min + "), was " + max + ".");
    }
  }

  /** Ten connections at most, none kept when idle, 30 s to acquire, 30 min idle, 1 h lifetime. */
  public static PoolConfig defaults() {
    return new PoolConfig(
        0, 10, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(1), null);
  }

  /** A copy with other sizes. */
  public PoolConfig withSize(int newMin, int newMax) {
    return new PoolConfig(
        newMin, newMax, acquireTimeout, idleTimeout, maxLifetime, validationQuery);
  }

  /** A copy with another acquire timeout. */
  public PoolConfig withAcquireTimeout(Duration timeout) {
    return new PoolConfig(min, max, timeout, idleTimeout, maxLifetime, validationQuery);
  }
}
