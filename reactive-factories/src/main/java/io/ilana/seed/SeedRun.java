package io.ilana.seed;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.error.UnknownConnectionException;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One run of a seeder and everything it calls: the manager, the default connection, the
 * environment, where lines go, and which {@link Seeder#callOnce} keys ran already in this run.
 */
final class SeedRun {
  final DatabaseManager manager;
  final String defaultConnection;
  final String environment;
  final PrintWriter out;
  final boolean terminal;
  private final Set<String> onceKeys = ConcurrentHashMap.newKeySet();

  SeedRun(
      DatabaseManager manager,
      String defaultConnection,
      String environment,
      PrintWriter out,
      boolean terminal) {
    this.manager = manager;
    this.defaultConnection = defaultConnection;
    this.environment = environment;
    this.out = out;
    this.terminal = terminal;
  }

  /** Prints one line of the run's output. */
  void line(String text) {
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }

  /**
   * Runs a seeder: on its connection ({@code override}, else the seeder's own {@link
   * Seeder#connection()}, else its caller's, else the run's). On the caller's connection inside the
   * caller's transaction it simply joins that transaction; anywhere else it gets a transaction of
   * its own unless it opts out.
   */
  Mono<Void> execute(Seeder seeder, SeedSession caller, String override) {
    return Mono.defer(
        () -> {
          String name =
              override != null
                  ? override
                  : seeder.connection() != null
                      ? seeder.connection()
                      : caller != null ? caller.connection.name() : defaultConnection;
          DatabaseConnection connection = connection(seeder, name);
          if (caller != null
              && caller.inTransaction
              && caller.connection.name().equals(connection.name())) {
            seeder.bind(this, caller);
            return Mono.defer(seeder::run);
          }
          if (!seeder.transactional()) {
            seeder.bind(this, new SeedSession(connection, false));
            return Mono.defer(seeder::run);
          }
          return inTransaction(seeder, connection);
        });
  }

  private DatabaseConnection connection(Seeder seeder, String name) {
    try {
      return name == null ? manager.connection() : manager.connection(name);
    } catch (UnknownConnectionException e) {
      throw new SeederException("Seeder [" + seeder.name() + "] cannot run: " + e.getMessage(), e);
    }
  }

  /**
   * The seeder inside a transaction on one pinned connection, whose foreign key checks are put back
   * on every path: a session setting on that connection before it ends, a database-wide one (H2)
   * after the rollback, a transaction-local one by the database itself. A cancel from outside does
   * not cut the transaction short: it stops the seeder's work, the reset runs on the pinned
   * connection, and only then does the transaction roll back and hand the connection back; the
   * canceller does not wait for that.
   */
  private Mono<Void> inTransaction(Seeder seeder, DatabaseConnection connection) {
    return Mono.create(
        sink -> {
          Sinks.Empty<Void> stop = Sinks.empty();
          AtomicBoolean cancelled = new AtomicBoolean();
          SeedSession session = new SeedSession(connection, true);
          Mono<Void> transaction =
              connection.transaction(
                  trx -> {
                    seeder.bind(this, session);
                    Mono<Void> work =
                        Mono.defer(seeder::run).then(Mono.defer(session::restoreBeforeCommit));
                    Mono<Void> stopped =
                        stop.asMono()
                            .then(
                                Mono.error(
                                    () ->
                                        new SeederException(
                                            "Seeder [" + seeder.name() + "] was cancelled.")));
                    return Mono.firstWithSignal(work, stopped)
                        .onErrorResume(
                            failure ->
                                session
                                    .restoreBeforeRollback(failure)
                                    .then(Mono.<Void>error(failure)));
                  });
          // A database-wide setting is put back once the rollback is over.
          Mono<Void> restored =
              transaction.onErrorResume(
                  failure -> session.restoreAfterRollback(failure).then(Mono.error(failure)));
          sink.onCancel(
              () -> {
                cancelled.set(true);
                stop.tryEmitEmpty();
              });
          restored
              .contextWrite(sink.contextView())
              .subscribe(
                  null,
                  error -> {
                    if (!cancelled.get()) {
                      sink.error(error);
                    }
                  },
                  sink::success);
        });
  }

  /**
   * Runs {@code seed} once per key on the session's database: skipped when the key was recorded by
   * an earlier run (or earlier in this one), recorded in the session's transaction otherwise.
   */
  Mono<Void> once(SeedSession session, String key, String seeder, Mono<Void> seed) {
    return Mono.defer(
        () -> {
          String memo = session.connection.name() + '\u0000' + key;
          Mono<Void> skip = Mono.fromRunnable(() -> line("Skipped: " + seeder + " (" + key + ")"));
          if (onceKeys.contains(memo)) {
            return skip;
          }
          SeederRecords records = new SeederRecords(session.connection);
          return records
              .ensureTable()
              .then(records.has(key))
              .flatMap(
                  found ->
                      found
                          ? skip
                          : seed.then(records.record(key, seeder))
                              .then(Mono.fromRunnable(() -> onceKeys.add(memo))));
        });
  }
}
