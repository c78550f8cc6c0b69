package io.ilana.db;

import io.ilana.config.IlanaConfig;
import io.ilana.error.ConfigException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The static facade over the default {@link DatabaseManager}: configure it once at start-up (or let
 * the first use load {@code ilana.yml}, falling back to embedded H2), then run raw SQL and
 * transactions from anywhere.
 *
 * <pre>{@code
 * Database.configure(IlanaConfig.load());
 * Mono<Long> rows = Database.transaction(trx ->
 *     Database.insert("insert into users (name) values ($1)", "Ann"));
 * }</pre>
 */
public final class Database {
  private static final AtomicReference<DatabaseManager> DEFAULT = new AtomicReference<>();

  private Database() {}

  /**
   * Makes the default manager from a configuration, on the calling thread (connection settings are
   * checked and pools set up here, not on the first query's thread).
   *
   * @throws ConfigException when the facade is already configured (call {@link #close()} first)
   */
  public static synchronized DatabaseManager configure(IlanaConfig config) {
    // Checked before the manager exists, under the same lock as use() and the lazy load, so no
    // second manager (with pools of its own) is ever made and left to close.
    if (DEFAULT.get() != null) {
      throw alreadyConfigured();
    }
    return use(DatabaseManager.create(config));
  }

  /**
   * Registers a manager made elsewhere (by a dependency-injection container, for instance) as the
   * facade's default. The facade is optional: {@code TYPE.query(manager)} and the manager's own
   * methods run without it.
   *
   * @throws ConfigException when the facade already has a default (call {@link #close()} first)
   */
  public static synchronized DatabaseManager use(DatabaseManager manager) {
    if (!DEFAULT.compareAndSet(null, manager)) {
      throw alreadyConfigured();
    }
    return manager;
  }

  /**
   * The default manager. When none was configured, the configuration ({@code ilana.yml}, else the
   * embedded default) is loaded now, on the calling thread, which a quick start's {@code main} may
   * do; on a non-blocking thread (an event loop) reading files is refused instead.
   *
   * @throws ConfigException when nothing was configured and the caller runs on a non-blocking
   *     thread
   */
  public static DatabaseManager manager() {
    DatabaseManager manager = DEFAULT.get();
    if (manager != null) {
      return manager;
    }
    if (Schedulers.isInNonBlockingThread()) {
      throw new ConfigException(
          "Database is not configured, and its configuration cannot be read on "
              + Thread.currentThread().getName()
              + ", a non-blocking thread: call Database.configure(...) or Database.use(manager) at"
              + " start-up.");
    }
    synchronized (Database.class) {
      if (DEFAULT.get() == null) {
        DEFAULT.set(DatabaseManager.create(IlanaConfig.load()));
      }
      return DEFAULT.get();
    }
  }

  private static ConfigException alreadyConfigured() {
    return new ConfigException(
        "Database is already configured; call Database.close() before configuring it again.");
  }

  /** The default connection. */
  public static DatabaseConnection connection() {
    return manager().connection();
  }

  /** The named connection. */
  public static DatabaseConnection connection(String name) {
    return manager().connection(name);
  }

  /** Runs a query on the default connection and streams its rows. */
  public static Flux<Map<String, Object>> select(String sql, Object... bindings) {
    return connection().select(sql, bindings);
  }

  /** Runs an INSERT on the default connection; emits the rows inserted. */
  public static Mono<Long> insert(String sql, Object... bindings) {
    return connection().update(sql, bindings);
  }

  /** Runs an UPDATE on the default connection; emits the rows changed. */
  public static Mono<Long> update(String sql, Object... bindings) {
    return connection().update(sql, bindings);
  }

  /** Runs a DELETE on the default connection; emits the rows deleted. */
  public static Mono<Long> delete(String sql, Object... bindings) {
    return connection().update(sql, bindings);
  }

  /** Runs any statement on the default connection. */
  public static Mono<Void> statement(String sql, Object... bindings) {
    return connection().statement(sql, bindings);
  }

  /** Runs work in a transaction on the default connection. */
  public static <T> Mono<T> transaction(Function<Transaction, Mono<T>> work) {
    return connection().transaction(work);
  }

  /** Runs work in a transaction with options on the default connection. */
  public static <T> Mono<T> transaction(
      TransactionOptions options, Function<Transaction, Mono<T>> work) {
    return connection().transaction(options, work);
  }

  /** Runs work emitting many values in a transaction on the default connection. */
  public static <T> Flux<T> transactionMany(Function<Transaction, ? extends Publisher<T>> work) {
    return connection().transactionMany(work);
  }

  /** Begins a transaction on the default connection, to be finished by hand. */
  public static Mono<Transaction> beginTransaction() {
    return connection().beginTransaction();
  }

  /** Listens to every statement of the default manager. */
  public static Disposable listen(QueryListener listener) {
    return manager().listen(listener);
  }

  /** Closes the default manager's pools; the facade can be configured again afterwards. */
  public static Mono<Void> close() {
    return Mono.defer(
        () -> {
          DatabaseManager manager = DEFAULT.getAndSet(null);
          return manager == null ? Mono.empty() : manager.close();
        });
  }
}
