package io.ilana.db;

import io.ilana.dialect.Dialect;
import io.ilana.error.ConnectionException;
import io.ilana.error.IlanaException;
import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;
import io.ilana.error.TransactionException;
import io.ilana.query.Bindings;
import io.ilana.query.Sql;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The only class that talks to R2DBC statements. Runs an {@link Sql} on the Context transaction's
 * connection when there is one (never closing it), otherwise on a pooled connection borrowed for
 * exactly the life of the statement; translates driver errors; reports to the query log.
 */
final class Executor {
  private final String connectionName;
  private final Dialect dialect;
  private final ConnectionPool pool;
  private final TransactionKey transactionKey;
  private final QueryLog log;
  private final Duration acquireTimeout;

  Executor(
      String connectionName,
      Dialect dialect,
      ConnectionPool pool,
      TransactionKey transactionKey,
      QueryLog log,
      Duration acquireTimeout) {
    this.acquireTimeout = acquireTimeout;
    this.connectionName = connectionName;
    this.dialect = dialect;
    this.pool = pool;
    this.transactionKey = transactionKey;
    this.log = log;
  }

  Flux<Map<String, Object>> query(Sql sql, int fetchSize) {
    return run(
        sql,
        connection -> {
          Statement statement = prepare(connection, sql);
          if (fetchSize > 0) {
            statement.fetchSize(fetchSize);
          }
          return Flux.from(statement.execute())
              .concatMap(result -> result.map(new RowMapper(dialect)));
        },
        row -> 1L);
  }

  Mono<Long> update(Sql sql) {
    return run(
            sql,
            connection ->
                Flux.from(prepare(connection, sql).execute())
                    .concatMap(Result::getRowsUpdated)
                    .reduce(0L, Long::sum),
            count -> count)
        .single();
  }

  Flux<Object> insertGetIds(Sql sql, String keyColumn) {
    return run(
        sql,
        connection ->
            Flux.from(prepare(connection, sql).returnGeneratedValues(keyColumn).execute())
                .concatMap(result -> result.map((row, metadata) -> row.get(0))),
        id -> 1L);
  }

  /**
   * Borrows a pooled connection, translating acquire failures. The acquire deadline applies when
   * the pool has no idle connection and cannot open another, the only case where the caller waits
   * on other callers (opening a connection has its own deadline in the pool).
   */
  Mono<Connection> acquire() {
    Mono<Connection> borrow = Mono.from(pool.create());
    if (mustWait()) {
      borrow = borrow.timeout(acquireTimeout);
    }
    return borrow.onErrorMap(
        error -> !(error instanceof IlanaException),
        error ->
            new ConnectionException(
                "Could not get a connection for [" + connectionName + "]: " + error.getMessage(),
                error));
  }

  private boolean mustWait() {
    return pool.getMetrics()
        .map(m -> m.idleSize() == 0 && m.allocatedSize() >= m.getMaxAllocatedSize())
        .orElse(true);
  }

  private <T> Flux<T> run(
      Sql sql, Function<Connection, Publisher<T>> work, ToLongFunction<T> rowCount) {
    return Flux.deferContextual(
        context -> {
          ActiveTransaction inContext = context.getOrDefault(transactionKey, null);
          ActiveTransaction transaction = inContext == null ? null : inContext.nearestOpen();
          Flux<T> statement;
          if (inContext == null && TransactionScope.isBuilding(transactionKey)) {
            statement = Flux.error(outsideContext());
          } else if (inContext != null && transaction == null) {
            statement = Flux.error(finished(inContext));
          } else if (transaction == null) {
            statement =
                Flux.usingWhen(
                    acquire(),
                    connection -> Flux.defer(() -> work.apply(connection)),
                    Connection::close,
                    (connection, error) -> connection.close(),
                    Connection::close);
          } else {
            // One connection, one conversation: read the result eagerly so the connection is
            // free for the next statement even while the subscriber is still consuming rows
            // (a nested statement would otherwise wait forever: r2dbc-postgresql #661).
            statement =
                Flux.defer(() -> work.apply(transaction.connection())).onBackpressureBuffer();
          }
          return log.observe(
              statement.onErrorMap(Executor::isDriverError, error -> translate(error, sql)),
              connectionName,
              sql,
              rowCount);
        });
  }

  private Statement prepare(Connection connection, Sql sql) {
    return StatementBinder.bind(connection.createStatement(sql.text()), sql, dialect);
  }

  private static boolean isDriverError(Throwable error) {
    return error instanceof RuntimeException && !(error instanceof IlanaException);
  }

  /** Translates a failure of a transaction control statement (BEGIN, COMMIT, SAVEPOINT ...). */
  Throwable translateControl(Throwable error, String statement) {
    return isDriverError(error) ? translate(error, Sql.of(statement)) : error;
  }

  private QueryException translate(Throwable error, Sql sql) {
    String state = error instanceof R2dbcException r2dbc ? r2dbc.getSqlState() : null;
    int code = error instanceof R2dbcException r2dbc ? r2dbc.getErrorCode() : 0;
    List<String> secrets = Bindings.secretTexts(sql.bindings());
    String message = Bindings.scrub(String.valueOf(error.getMessage()), secrets);
    QueryFailure failure =
        new QueryFailure(
            sql.text(), Bindings.mask(sql.bindings()), state, code, connectionName, message);
    // Drivers quote offending values ("Duplicate entry 's3cr3t'"): when a secret was bound, the
    // original exception cannot travel along as the cause.
    return dialect.translate(failure, secrets.isEmpty() ? error : null);
  }

  private TransactionException outsideContext() {
    return new TransactionException(
        "A statement on ["
            + connectionName
            + "] was subscribed inside transaction() without the transaction in its Reactor"
            + " Context (block() or subscribe() inside the function?); it would have run outside"
            + " the transaction. Return the publisher from the function instead.");
  }

  private TransactionException finished(ActiveTransaction transaction) {
    return new TransactionException(
        "The transaction on ["
            + transaction.connectionName()
            + "] already finished; a statement subscribed after commit or rollback cannot run in"
            + " it.");
  }
}
