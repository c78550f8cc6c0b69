package io.ilana.db;

import io.ilana.dialect.Dialect;
import io.ilana.error.ConfigException;
import io.ilana.error.UnknownConnectionException;
import io.ilana.sql.Sql;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One configured connection: its dialect and its pool. Every statement run through it joins the
 * transaction in the subscriber's Reactor Context when there is one for this connection, and
 * otherwise borrows a pooled connection for exactly as long as the statement runs.
 */
public interface DatabaseConnection {

  /** The connection's configured name. */
  String name();

  /** The dialect of the database behind this connection. */
  Dialect dialect();

  /**
   * Another connection of the same manager, by its configured name: this one for its own name.
   * Relations use it to reach the connection a related model declares.
   *
   * @throws io.ilana.error.UnknownConnectionException when no connection has that name
   */
  default DatabaseConnection sibling(String name) {
    if (name().equals(name)) {
      return this;
    }
    throw new UnknownConnectionException(name, List.of(name()));
  }

  /**
   * The manager this connection belongs to, whose per-instance registries (such as the morph map)
   * apply to what runs on it.
   *
   * @throws ConfigException for a connection that no manager made
   */
  default DatabaseManager manager() {
    throw new ConfigException("Connection [" + name() + "] belongs to no DatabaseManager.");
  }

  /**
   * Whether {@code other} reaches the same database as this connection, so that one SQL statement
   * may read tables of both (a {@code has} sub-query over a relation whose model declares another
   * connection): the same connection, or one configured with the same client and URL, or the same
   * host, port and database.
   */
  default boolean sameDatabaseAs(DatabaseConnection other) {
    return this == other;
  }

  /** Runs a query and streams its rows, column label to value, with backpressure. */
  Flux<Map<String, Object>> select(Sql sql);

  /**
   * Runs a query and streams its rows, asking the driver to fetch {@code fetchSize} rows at a time
   * where it can (a server-side cursor on PostgreSQL).
   */
  Flux<Map<String, Object>> cursor(Sql sql, int fetchSize);

  /** Runs raw SQL with the dialect's bind markers and streams its rows. */
  default Flux<Map<String, Object>> select(String sql, Object... bindings) {
    return select(Sql.of(sql, bindings));
  }

  /** Runs an INSERT, UPDATE, DELETE or DDL statement; emits the number of rows it affected. */
  Mono<Long> update(Sql sql);

  /** Runs raw SQL with the dialect's bind markers; emits the number of rows it affected. */
  default Mono<Long> update(String sql, Object... bindings) {
    return update(Sql.of(sql, bindings));
  }

  /** Runs any statement and discards what it returns. */
  default Mono<Void> statement(String sql, Object... bindings) {
    return update(Sql.of(sql, bindings)).then();
  }

  /** Runs an INSERT and emits the generated value of {@code keyColumn}, one per inserted row. */
  Flux<Object> insertGetIds(Sql sql, String keyColumn);

  /**
   * Runs {@code work} inside a transaction on this connection: commits when it completes, rolls
   * back when it fails or is cancelled. Inside an existing transaction it becomes a savepoint.
   */
  <T> Mono<T> transaction(Function<Transaction, Mono<T>> work);

  /** {@link #transaction} for work that emits many values. */
  <T> Flux<T> transactionMany(Function<Transaction, ? extends Publisher<T>> work);

  /** {@link #transaction} with an isolation level and retry attempts. */
  <T> Mono<T> transaction(TransactionOptions options, Function<Transaction, Mono<T>> work);

  /**
   * Starts a transaction to be finished by hand with {@link Transaction#commit()} or {@link
   * Transaction#rollback()}. Statements join it when subscribed with {@code
   * .contextWrite(transaction.context())}.
   */
  Mono<Transaction> beginTransaction();

  /**
   * Runs {@code callback} after the transaction in the subscriber's Context commits, or at once
   * when there is none. Callbacks of a transaction (or savepoint) that rolls back never run. The
   * returned Mono completes as soon as the callback is registered.
   */
  default Mono<Void> afterCommit(Supplier<? extends Mono<Void>> callback) {
    return Mono.defer(callback);
  }

  /** A snapshot of this connection's pool: connections lent out, open, idle, waited for. */
  PoolStats poolStats();
}
