package io.ilana.db;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.PoolConfig;
import io.ilana.dialect.Dialect;
import io.ilana.error.ConfigException;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;
import java.time.Duration;

/** Creates the r2dbc-pool for one configured connection. */
final class Pools {
  /**
   * A validation query gets its own deadline: with only an acquire deadline, a validation that
   * timed out hands a dead connection back to the pool (r2dbc-pool #232). Local validation only
   * reads the socket state and needs none. The acquire deadline, which covers waiting, opening and
   * validating together, is applied by {@link Lease}.
   */
  private static final Duration MAX_VALIDATION_TIME = Duration.ofSeconds(5);

  private Pools() {}

  /**
   * The pool over {@code factory}; each connection it opens is introduced to {@code canceller}, so
   * a statement left running on it can be stopped later.
   */
  static ConnectionPool create(
      ConnectionConfig config, ConnectionFactory factory, StatementCanceller canceller) {
    PoolConfig pool = config.pool();
    ConnectionPoolConfiguration.Builder builder =
        ConnectionPoolConfiguration.builder(factory)
            .name(config.name())
            .initialSize(pool.min())
            .minIdle(pool.min())
            .maxSize(pool.max())
            .maxCreateConnectionTime(pool.acquireTimeout())
            .maxIdleTime(pool.idleTimeout())
            .maxLifeTime(pool.maxLifetime())
            // After a restart every idle connection may be dead: allow discarding all of them
            // within one acquire instead of failing the caller (r2dbc-pool #107, #138).
            .acquireRetry(pool.max())
            .postAllocate(canceller::remember);
    if (pool.validationQuery() != null) {
      builder
          .validationQuery(pool.validationQuery())
          .validationDepth(ValidationDepth.REMOTE)
          .maxValidationTime(MAX_VALIDATION_TIME);
    } else {
      builder.validationDepth(ValidationDepth.LOCAL);
    }
    return new ConnectionPool(builder.build());
  }

  /** The driver's connection factory for a configured connection. */
  static ConnectionFactory factory(ConnectionConfig config, Dialect dialect) {
    try {
      return ConnectionFactories.get(dialect.connectionOptions(config));
    } catch (IllegalStateException e) {
      throw new ConfigException(
          "connections."
              + config.name()
              + ": no R2DBC driver for client '"
              + dialect.name()
              + "' is on the classpath; add the driver '"
              + dialect.driver()
              + "' as a dependency.",
          e);
    }
  }
}
