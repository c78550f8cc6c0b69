package io.ilana.db;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.dialect.Dialect;
import io.ilana.dialect.Dialects;
import io.ilana.error.IlanaException;
import io.ilana.error.UnknownConnectionException;
import io.ilana.sql.Sql;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The connections of one configuration. Each named connection gets its own pool, created the first
 * time it is asked for and disposed by {@link #close()}. Applications usually use the static {@link
 * Database} facade over a default manager; tests and multi-tenant applications may hold several
 * managers.
 */
public final class DatabaseManager {
  private static final System.Logger LOG = System.getLogger("io.ilana.query");

  private final IlanaConfig config;
  private final QueryLog log = new QueryLog();
  private final Map<String, PooledDatabaseConnection> connections = new ConcurrentHashMap<>();
  private final Map<Class<?>, Object> components = new ConcurrentHashMap<>();
  private volatile boolean closed;

  private DatabaseManager(IlanaConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    if (config.debug()) {
      log.add(event -> LOG.log(Level.INFO, describe(event)));
    }
    if (config.slowQueryThreshold() != null) {
      onSlowQuery(
          config.slowQueryThreshold(), event -> LOG.log(Level.WARNING, "Slow " + describe(event)));
    }
    // Every pool is set up here, on the thread that creates the manager: finding the driver scans
    // the classpath (file reads), which must not happen on the first query's thread, often an
    // event loop. A pool opens no connection until one is borrowed.
    // Every connection's dialect is found first, so that a bad client opens no pool at all.
    Map<String, Dialect> dialects = new HashMap<>();
    config.connections().values().forEach(c -> dialects.put(c.name(), Dialects.forConnection(c)));
    try {
      config.connections().values().forEach(c -> open(c, dialects.get(c.name())));
    } catch (RuntimeException badSettings) {
      connections.values().forEach(PooledDatabaseConnection::closeNow);
      throw badSettings;
    }
  }

  private void open(ConnectionConfig connectionConfig, Dialect dialect) {
    connections.put(
        connectionConfig.name(),
        new PooledDatabaseConnection(connectionConfig, dialect, log, this));
  }

  /**
   * A manager for the given configuration, every connection's pool set up (and its settings
   * checked) on the calling thread; no connection is opened until one is used.
   *
   * @throws io.ilana.error.ConfigException when a connection's settings cannot make a connection
   */
  public static DatabaseManager create(IlanaConfig config) {
    return new DatabaseManager(config);
  }

  /** The configuration this manager was made from. */
  public IlanaConfig config() {
    return config;
  }

  /**
   * This instance's one {@code kind} component, made by {@code create} on the first ask. The layers
   * above the executor keep their per-instance registries here (the model layer's morph map is
   * one), so two managers in one JVM never share them, and this package needs to know none of their
   * types.
   */
  public <C> C component(Class<C> kind, Supplier<? extends C> create) {
    Objects.requireNonNull(create, "create");
    return kind.cast(
        components.computeIfAbsent(kind, k -> Objects.requireNonNull(create.get(), "component")));
  }

  /** The default connection. */
  public DatabaseConnection connection() {
    return connection(config.defaultConnection());
  }

  /**
   * The named connection.
   *
   * @throws io.ilana.error.UnknownConnectionException when no connection has that name
   */
  public DatabaseConnection connection(String name) {
    if (closed) {
      throw new IlanaException("This DatabaseManager is closed; create a new one.");
    }
    PooledDatabaseConnection connection = connections.get(name);
    if (connection == null) {
      throw new UnknownConnectionException(name, config.connections().keySet());
    }
    return connection;
  }

  /** Calls the listener after every statement on any of this manager's connections. */
  public Disposable listen(QueryListener listener) {
    Runnable remove = log.add(listener);
    return remove::run;
  }

  /** Calls the listener after every statement that took longer than {@code threshold}. */
  public Disposable onSlowQuery(Duration threshold, QueryListener listener) {
    return listen(
        event -> {
          if (event.duration().compareTo(threshold) > 0) {
            listener.onQuery(event);
          }
        });
  }

  /** Runs a query on the default connection and streams its rows. */
  public Flux<Map<String, Object>> select(String sql, Object... bindings) {
    return connection().select(sql, bindings);
  }

  /** Runs a write on the default connection; emits the rows affected. */
  public Mono<Long> update(String sql, Object... bindings) {
    return connection().update(sql, bindings);
  }

  /** Runs any statement on the default connection. */
  public Mono<Void> statement(String sql, Object... bindings) {
    return connection().statement(sql, bindings);
  }

  /** Runs an {@link Sql} write on the default connection. */
  public Mono<Long> update(Sql sql) {
    return connection().update(sql);
  }

  /** A transaction on the default connection; see {@link DatabaseConnection#transaction}. */
  public <T> Mono<T> transaction(Function<Transaction, Mono<T>> work) {
    return connection().transaction(work);
  }

  /**
   * Disposes every pool once the connections in use came back, waiting at most 5 seconds; a
   * connection still in use then (an open cursor, a leaked subscription) is closed when it is
   * released. Later use of the manager is an error.
   */
  public Mono<Void> close() {
    return Mono.defer(
        () -> {
          closed = true;
          return Flux.fromIterable(connections.values())
              .flatMap(PooledDatabaseConnection::close)
              .then(Mono.fromRunnable(connections::clear));
        });
  }

  private static String describe(QueryEvent event) {
    return "query on ["
        + event.connectionName()
        + "] "
        + event.duration().toMillis()
        + " ms ("
        + event.outcome()
        + "): "
        + event.sql()
        + " "
        + event.bindings();
  }
}
