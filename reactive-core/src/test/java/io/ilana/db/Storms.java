package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * What the cancellation storms share: their size (quick in the normal suite, the full storms under
 * {@code -Pfaults}), the pool and server views that must be clean after a storm, and a watch on
 * what Reactor dropped or logged meanwhile.
 */
final class Storms {
  private Storms() {}

  /** Whether the full storms run ({@code -Pfaults} sets {@code ilana.storms=full}). */
  static boolean full() {
    return "full".equals(System.getProperty("ilana.storms"));
  }

  /** {@code quick} in the normal suite, {@code complete} under {@code -Pfaults}. */
  static int size(int quick, int complete) {
    return full() ? complete : quick;
  }

  /** Waits (up to {@code limit}) until no connection of the pool is acquired. */
  static void awaitNoneAcquired(DatabaseConnection connection, Duration limit) {
    Flux.interval(Duration.ZERO, Duration.ofMillis(20))
        .map(tick -> connection.poolStats().acquired())
        .filter(acquired -> acquired == 0)
        .next()
        .timeout(limit)
        .as(StepVerifier::create)
        .expectNext(0)
        .verifyComplete();
  }

  /**
   * Waits (up to 10 s: MariaDB's transaction view lags) until the server shows no other session of
   * the test database running a statement or holding a transaction open; H2 has no such view.
   */
  static void awaitServerQuiet(TestDatabase database, DatabaseConnection admin) {
    if (database.isEmbedded()) {
      return;
    }
    Flux.interval(Duration.ZERO, Duration.ofMillis(100))
        .onBackpressureDrop() // a slow catalog query must not overflow the ticks
        .concatMap(tick -> busySessions(database, admin))
        .filter(busy -> busy == 0)
        .next()
        .timeout(Duration.ofSeconds(10), Mono.defer(() -> sessionsNow(database, admin)))
        .as(StepVerifier::create)
        .expectNext(0L)
        .verifyComplete();
  }

  /** Prints what the server shows, for a failed wait; emits the count of busy sessions. */
  private static Mono<Long> sessionsNow(TestDatabase database, DatabaseConnection admin) {
    String sql =
        "postgres".equals(database.dialect())
            ? "select pid, state, xact_start, query from pg_stat_activity"
                + " where datname = current_database() and pid <> pg_backend_pid()"
            : "select * from information_schema.processlist where id <> connection_id()";
    return admin
        .select(sql)
        .doOnNext(row -> System.err.println("[busy session] " + row))
        .then(busySessions(database, admin));
  }

  /** Sessions of the test database that run a statement or hold a transaction, admin excluded. */
  static Mono<Long> busySessions(TestDatabase database, DatabaseConnection admin) {
    if ("postgres".equals(database.dialect())) {
      return single(
          admin,
          "select count(*) as n from pg_stat_activity where datname = current_database()"
              + " and backend_type = 'client backend' and pid <> pg_backend_pid()"
              + " and (state <> 'idle' or xact_start is not null)");
    }
    return single(
            admin,
            "select count(*) as n from information_schema.processlist where db = database()"
                + " and id <> connection_id() and command <> 'Sleep'")
        .zipWith(
            single(
                admin,
                "select count(*) as n from information_schema.innodb_trx"
                    + " where trx_mysql_thread_id <> connection_id()"),
            Long::sum);
  }

  private static Mono<Long> single(DatabaseConnection admin, String sql) {
    return admin.select(sql).next().map(row -> ((Number) value(row)).longValue());
  }

  private static Object value(Map<String, Object> row) {
    return row.values().iterator().next();
  }

  /** Holds every pooled connection at once, each answering SELECT 1. */
  static void everyPooledConnectionAnswers(DatabaseConnection connection, int poolSize) {
    Flux.range(0, poolSize)
        .flatMap(
            i ->
                connection.transaction(
                    trx ->
                        connection
                            .select("select 1 as one")
                            .next()
                            .map(row -> ((Number) value(row)).intValue())
                            .delayElement(Duration.ofMillis(100))),
            poolSize)
        .collectList()
        .timeout(Duration.ofSeconds(30))
        .as(StepVerifier::create)
        .assertNext(ones -> assertThat(ones).hasSize(poolSize).containsOnly(1))
        .verifyComplete();
  }

  /**
   * Runs {@code storm} and returns what went wrong beside it: errors Reactor dropped, connections
   * it dropped, and log lines saying a cleanup failed. Empty when nothing did.
   */
  static String watch(Supplier<Object> storm) {
    AtomicInteger droppedErrors = new AtomicInteger();
    java.util.List<String> dropped = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicInteger droppedConnections = new AtomicInteger();
    Hooks.onErrorDropped(
        error -> {
          // Late work of a caller that already cancelled is refused; the refusal has nobody to
          // reach, which is expected. Anything else dropped is a failure nobody saw.
          if (isRefusalOfLateWork(error)) {
            return;
          }
          droppedErrors.incrementAndGet();
          dropped.add(String.valueOf(error));
        });
    Hooks.onNextDropped(
        value -> {
          if (value instanceof io.r2dbc.spi.Connection) {
            droppedConnections.incrementAndGet();
          }
        });
    PrintStream original = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    System.setErr(new PrintStream(new Tee(original, logged), true, StandardCharsets.UTF_8));
    try {
      storm.get();
    } finally {
      System.setErr(original);
      Hooks.resetOnErrorDropped();
      Hooks.resetOnNextDropped();
    }
    StringBuilder problems = new StringBuilder();
    if (droppedErrors.get() > 0) {
      problems.append(droppedErrors.get()).append(" errors dropped ").append(dropped).append("; ");
    }
    if (droppedConnections.get() > 0) {
      problems.append(droppedConnections.get()).append(" connections dropped; ");
    }
    for (String line : logged.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.contains("cleanup failed")
          || line.contains("Too many permits")
          || line.contains("unexpected decrement")) {
        problems.append(line).append("; ");
      }
    }
    return problems.toString();
  }

  /** Refusals of work a cancelled caller left behind, also as a savepoint's cleanup failure. */
  private static boolean isRefusalOfLateWork(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e instanceof io.ilana.error.TransactionException
          && (e.getMessage().contains("no statement can start on it any more")
              || e.getMessage().contains("was cancelled before COMMIT"))) {
        return true;
      }
    }
    return false;
  }

  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public synchronized void write(int b) throws java.io.IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
      first.write(b, off, len);
      second.write(b, off, len);
    }
  }
}
