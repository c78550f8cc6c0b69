package io.ilana.db;

import io.ilana.config.ConnectionConfig;
import io.ilana.dialect.Dialect;
import io.ilana.error.InvalidArgumentException;
import io.ilana.sql.Sql;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A {@link DatabaseConnection} backed by an r2dbc-pool. */
final class PooledDatabaseConnection implements DatabaseConnection {
  private final String name;
  private final Dialect dialect;
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);
  private final ConnectionPool pool;
  private final StatementCanceller canceller;
  private final Executor executor;
  private final Transactions transactions;
  private final TransactionKey key;
  private final Target target;
  private final DatabaseManager manager;

  /** Where a connection leads: two connections with equal targets reach one database. */
  private record Target(String dialect, String url, String host, Integer port, String database) {
    static Target of(ConnectionConfig config, Dialect dialect) {
      return config.url() != null
          ? new Target(dialect.name(), config.url(), null, null, null)
          : new Target(dialect.name(), null, config.host(), config.port(), config.database());
    }
  }

  /**
   * A pooled connection made from {@code config}.
   *
   * @param manager the manager owning this connection, for {@link #sibling} and {@link #manager}
   */
  PooledDatabaseConnection(
      ConnectionConfig config, Dialect dialect, QueryLog log, DatabaseManager manager) {
    this.name = config.name();
    this.dialect = dialect;
    this.target = Target.of(config, dialect);
    this.manager = manager;
    ConnectionFactory factory = Pools.factory(config, dialect);
    this.canceller = new StatementCanceller(factory, dialect);
    this.pool = Pools.create(config, factory, canceller);
    this.key = new TransactionKey(name);
    this.executor =
        new Executor(name, dialect, pool, canceller, config.pool().acquireTimeout(), key, log);
    this.transactions = new Transactions(name, executor.leases(), key);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public DatabaseConnection sibling(String connectionName) {
    return name.equals(connectionName) ? this : manager.connection(connectionName);
  }

  @Override
  public DatabaseManager manager() {
    return manager;
  }

  @Override
  public boolean sameDatabaseAs(DatabaseConnection other) {
    return other == this
        || other instanceof PooledDatabaseConnection pooled && target.equals(pooled.target);
  }

  @Override
  public Flux<Map<String, Object>> select(Sql sql) {
    return executor.query(sql, 0);
  }

  @Override
  public Flux<Map<String, Object>> cursor(Sql sql, int fetchSize) {
    if (fetchSize < 1) {
      throw new InvalidArgumentException(
          "cursor() fetchSize must be at least 1, was " + fetchSize + ".");
    }
    return executor.query(sql, fetchSize);
  }

  @Override
  public Mono<Long> update(Sql sql) {
    return executor.update(sql);
  }

  @Override
  public Flux<Object> insertGetIds(Sql sql, String keyColumn) {
    return executor.insertGetIds(sql, keyColumn);
  }

  @Override
  public <T> Mono<T> transaction(Function<Transaction, Mono<T>> work) {
    return transaction(TransactionOptions.defaults(), work);
  }

  @Override
  public <T> Mono<T> transaction(TransactionOptions options, Function<Transaction, Mono<T>> work) {
    return transactions.run(options, work).singleOrEmpty();
  }

  @Override
  public <T> Flux<T> transactionMany(Function<Transaction, ? extends Publisher<T>> work) {
    return transactions.run(TransactionOptions.defaults(), work);
  }

  @Override
  public Mono<Transaction> beginTransaction() {
    return transactions.begin();
  }

  @Override
  public Mono<Void> afterCommit(Supplier<? extends Mono<Void>> callback) {
    return Mono.deferContextual(
        context -> {
          ActiveTransaction inContext = context.getOrDefault(key, null);
          ActiveTransaction transaction = inContext == null ? null : inContext.nearestOpen();
          if (transaction == null) {
            return Mono.defer(callback);
          }
          transaction.afterCommit(callback);
          return Mono.empty();
        });
  }

  @Override
  public PoolStats poolStats() {
    return pool.getMetrics()
        .map(PooledDatabaseConnection::stats)
        .orElseGet(() -> new PoolStats(0, 0, 0, 0, 0));
  }

  /**
   * Disposes the pool once every lease in flight has ended, or after {@link #CLOSE_GRACE}; new
   * leases are refused from the start. A caller of a Mono has its value before the connection is
   * back in the pool (the return runs after the value was emitted), and a cancelled statement or
   * transaction returns its connection in the background: disposing while such a return is under
   * way makes reactor-pool destroy the connection twice ("Too many permits returned"). Pool metrics
   * cannot tell: a connection no longer counts as acquired while its return is still running.
   */
  Mono<Void> close() {
    return executor
        .leases()
        .close()
        .timeout(CLOSE_GRACE, Mono.empty())
        .then(pool.disposeLater())
        .then(canceller.close());
  }

  /**
   * Disposes a pool that was never used, when the manager that set it up fails to start: nothing
   * was borrowed, so there is nothing to wait for, and the constructor that calls this cannot wait.
   */
  void closeNow() {
    pool.dispose();
    canceller.closeUnused();
  }

  private static PoolStats stats(PoolMetrics metrics) {
    return new PoolStats(
        metrics.acquiredSize(),
        metrics.allocatedSize(),
        metrics.idleSize(),
        metrics.pendingAcquireSize(),
        metrics.getMaxAllocatedSize());
  }

  @Override
  public String toString() {
    return "DatabaseConnection[" + name + ", " + dialect.name() + "]";
  }
}
