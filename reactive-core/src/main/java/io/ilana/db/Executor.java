package io.ilana.db;

import io.ilana.dialect.Dialect;
import io.ilana.error.IlanaException;
import io.ilana.error.QueryException;
import io.ilana.error.QueryFailure;
import io.ilana.error.TransactionException;
import io.ilana.sql.Bindings;
import io.ilana.sql.Sql;
import io.ilana.sql.WellFormedText;
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
import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The only class that talks to R2DBC statements. Runs an {@link Sql} on the Context transaction's
 * connection when there is one (never closing it), otherwise on a pooled connection borrowed for
 * exactly the life of the statement; runs the dialect's transaction-control SQL for the {@link
 * Lease}s too; translates driver errors; reports every statement to the query log.
 */
final class Executor {
  private final String connectionName;
  private final Dialect dialect;

  /** The most rows of one result read ahead of a slow subscriber inside a transaction. */
  static final int READ_AHEAD_ROWS = 10_000;

  private final TransactionKey transactionKey;
  private final QueryLog log;
  private final Leases leases;

  Executor(
      String connectionName,
      Dialect dialect,
      ConnectionPool pool,
      StatementCanceller canceller,
      Duration acquireTimeout,
      TransactionKey transactionKey,
      QueryLog log) {
    this.connectionName = connectionName;
    this.dialect = dialect;
    this.transactionKey = transactionKey;
    this.log = log;
    this.leases =
        new Leases(connectionName, dialect, pool, canceller, acquireTimeout, this::control);
  }

  /** Where the executor borrows connections; transactions borrow theirs there too. */
  Leases leases() {
    return leases;
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

  private <T> Flux<T> run(
      Sql sql, Function<Connection, Publisher<T>> work, ToLongFunction<T> rowCount) {
    return Flux.deferContextual(
        context -> {
          // Refused before a connection is borrowed: the databases would store '?' instead.
          WellFormedText.require(sql);
          ActiveTransaction inContext = context.getOrDefault(transactionKey, null);
          ActiveTransaction transaction = inContext == null ? null : inContext.nearestOpen();
          Flux<T> statement;
          if (inContext == null && TransactionScope.isBuilding(transactionKey)) {
            statement = Flux.error(outsideContext());
          } else if (inContext != null && transaction == null) {
            statement = Flux.error(finished(inContext));
          } else if (transaction == null) {
            statement = onOwnConnection(work);
          } else {
            statement = readAhead(transaction.lease().statement(work));
          }
          return log.observe(
              statement.onErrorMap(Executor::isDriverError, error -> translate(error, sql)),
              connectionName,
              sql,
              rowCount);
        });
  }

  /**
   * A statement on a connection borrowed for just its life; the {@link Lease} returns it once,
   * whether the statement completes, fails or is cancelled at any instant.
   */
  private <T> Flux<T> onOwnConnection(Function<Connection, Publisher<T>> work) {
    return Flux.defer(
        () -> {
          Lease lease = leases.lease();
          return lease
              .acquire()
              .thenMany(lease.statement(work))
              .onErrorResume(
                  error ->
                      lease.finish(false).onErrorResume(e -> Mono.empty()).then(Mono.error(error)))
              .concatWith(Mono.defer(() -> lease.finish(false)).then(Mono.<T>empty()))
              .doOnCancel(lease::abort);
        });
  }

  /**
   * One connection, one conversation: inside a transaction the next statement can only run once the
   * current result has been read off the connection (a nested statement would otherwise wait for
   * ever: r2dbc-postgresql #661). So a result is read ahead of its subscriber, but at most {@link
   * #READ_AHEAD_ROWS} rows: a larger unread backlog fails the statement instead of filling the
   * heap.
   */
  private <T> Flux<T> readAhead(Flux<T> rows) {
    return rows.onBackpressureBuffer(READ_AHEAD_ROWS, unread -> {}, BufferOverflowStrategy.ERROR)
        .onErrorMap(Exceptions::isOverflow, overflow -> readAheadExceeded());
  }

  private TransactionException readAheadExceeded() {
    return new TransactionException(
        "A result read inside the transaction on ["
            + connectionName
            + "] had more than "
            + READ_AHEAD_ROWS
            + " rows its subscriber had not consumed yet. Inside a transaction a result is read"
            + " ahead so that the connection is free for the next statement, up to "
            + READ_AHEAD_ROWS
            + " rows; consume faster, or read in pages (chunk, lazy, paginate) or outside"
            + " the transaction.");
  }

  private Statement prepare(Connection connection, Sql sql) {
    return StatementBinder.bind(connection.createStatement(sql.text()), sql, dialect);
  }

  private static boolean isDriverError(Throwable error) {
    return error instanceof RuntimeException && !(error instanceof IlanaException);
  }

  /**
   * Runs a transaction-control statement (BEGIN, COMMIT, SAVEPOINT ..., the dialect's text) on a
   * connection its {@link Lease} holds, like any other statement: reported to the query log, its
   * failure translated. The lease decides when it may run and keeps it from being cancelled.
   */
  Mono<Void> control(Connection connection, String text) {
    Sql sql = Sql.of(text);
    Flux<Long> statement =
        Flux.defer(() -> Flux.from(connection.createStatement(text).execute()))
            .concatMap(Result::getRowsUpdated)
            .onErrorMap(Executor::isDriverError, error -> translate(error, sql));
    return log.observe(statement, connectionName, sql, count -> 0L).then();
  }

  private QueryException translate(Throwable error, Sql sql) {
    String state = error instanceof R2dbcException r2dbc ? r2dbc.getSqlState() : null;
    int code = error instanceof R2dbcException r2dbc ? r2dbc.getErrorCode() : 0;
    List<String> secrets = Bindings.secretTexts(sql.bindings());
    String text = error.getMessage() == null ? error.getClass().getName() : error.getMessage();
    String message = Bindings.scrub(text, secrets);
    QueryFailure failure =
        new QueryFailure(
            sql.text(), Bindings.mask(sql.bindings()), state, code, connectionName, message);
    // Drivers quote offending values ("Duplicate entry 's3cr3t'"): when a secret was bound, the
    // original exception cannot travel along as the cause.
    Throwable cause = secrets.isEmpty() ? error : null;
    // The driver error itself goes along: a closed connection is told by its type alone.
    return dialect.translate(failure, error, cause);
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
