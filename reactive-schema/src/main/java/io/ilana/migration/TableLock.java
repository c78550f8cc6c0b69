package io.ilana.migration;

import io.ilana.db.DatabaseConnection;
import io.ilana.error.QueryException;
import io.ilana.schema.Schema;
import io.ilana.sql.Sql;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A lock row in {@code <migrations table>_lock}, for databases without session locks (H2). Taking
 * it is one conditional UPDATE, so exactly one migrator wins; a loser retries until the timeout. A
 * process killed while holding it leaves it set: {@link #forceUnlock()} ({@code migrate:unlock})
 * clears it.
 */
final class TableLock implements MigrationLock {
  private static final Duration POLL = Duration.ofMillis(100);

  private final Schema schema;
  private final String table;
  private final Duration timeout;

  TableLock(Schema schema, String migrationsTable, Duration timeout) {
    this.schema = schema;
    this.table = migrationsTable + "_lock";
    this.timeout = timeout;
  }

  @Override
  public Set<String> ownedTables() {
    return Set.of(table);
  }

  @Override
  public Mono<Held> acquire() {
    Mono<Held> attempt =
        tryLock()
            .flatMap(
                won ->
                    won
                        ? Mono.<Held>just(new Row())
                        : Mono.error(new MigrationLockException("locked")));
    return ensureTable()
        .then(
            attempt.retryWhen(
                Retry.fixedDelay(Math.max(1, timeout.toMillis() / POLL.toMillis()), POLL)
                    .filter(MigrationLockException.class::isInstance)
                    .onRetryExhaustedThrow(
                        (spec, signal) ->
                            new MigrationLockException(
                                "Migration table is locked ("
                                    + table
                                    + ") and was not released within "
                                    + timeout.toMillis()
                                    + " ms. If no migrator is running, run migrate:unlock."))));
  }

  @Override
  public Mono<Void> forceUnlock() {
    return schema
        .hasTable(table)
        .flatMap(exists -> exists ? setLocked(0, null) : Mono.just(0L))
        .then();
  }

  private Mono<Void> ensureTable() {
    return schema
        .hasTable(table)
        .flatMap(
            exists ->
                exists
                    ? Mono.empty()
                    : schema
                        .createTable(
                            table,
                            t -> {
                              t.string("lock_key", 32).primary();
                              t.integer("is_locked").notNullable().defaultTo(0);
                            })
                        .then(
                            connection()
                                .update(
                                    Sql.of(
                                        "INSERT INTO "
                                            + quoted()
                                            + " ("
                                            + schema.grammar().wrap("lock_key")
                                            + ", "
                                            + schema.grammar().wrap("is_locked")
                                            + ") VALUES ('migrate', 0)")))
                        .then()
                        // Another migrator created it first; its row serves both.
                        .onErrorResume(QueryException.class, e -> Mono.empty()));
  }

  private Mono<Boolean> tryLock() {
    return setLocked(1, 0).map(rows -> rows == 1);
  }

  private Mono<Long> setLocked(int value, Integer expected) {
    String column = schema.grammar().wrap("is_locked");
    String sql =
        "UPDATE "
            + quoted()
            + " SET "
            + column
            + " = "
            + value
            + " WHERE "
            + schema.grammar().wrap("lock_key")
            + " = 'migrate'"
            + (expected == null ? "" : " AND " + column + " = " + expected);
    return connection().update(Sql.of(sql));
  }

  private DatabaseConnection connection() {
    return schema.connection();
  }

  private String quoted() {
    return schema.grammar().wrapTable(table);
  }

  private final class Row implements Held {
    private final AtomicBoolean released = new AtomicBoolean();

    @Override
    public Mono<Void> release() {
      return Mono.defer(
          () -> released.compareAndSet(false, true) ? setLocked(0, null).then() : Mono.empty());
    }
  }
}
