package io.ilana.db;

import io.ilana.dialect.Dialect;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stops a statement that is still running on a pooled connection after its caller went away, so the
 * next borrower does not wait behind it. The dialect's cancel statement ({@code pg_cancel_backend},
 * {@code KILL QUERY}) is sent on a separate control connection, opened on first need and kept; it
 * names the server session, whose id is read once when the pool opens a connection. Dialects whose
 * statements run on the subscriber's thread (H2) need none of this.
 */
final class StatementCanceller {
  private static final Duration CONTROL_TIMEOUT = Duration.ofSeconds(5);

  private final ConnectionFactory factory;
  private final Dialect dialect;
  // Keyed by the driver's own connection; weak so a connection the pool destroyed is forgotten.
  private final Map<Connection, Long> sessions = Collections.synchronizedMap(new WeakHashMap<>());
  private final AtomicReference<Mono<Connection>> control = new AtomicReference<>();
  private volatile boolean closed;

  StatementCanceller(ConnectionFactory factory, Dialect dialect) {
    this.factory = factory;
    this.dialect = dialect;
  }

  /** Whether this database can stop a running statement from another session. */
  boolean canCancel() {
    return dialect.sessionIdQuery() != null;
  }

  /**
   * For the pool's post-allocation step: reads and remembers the server session id of a newly
   * opened connection.
   */
  Publisher<Void> remember(Connection physical) {
    String query = dialect.sessionIdQuery();
    if (query == null) {
      return Mono.empty();
    }
    return Flux.from(physical.createStatement(query).execute())
        .concatMap(result -> result.map((row, metadata) -> ((Number) row.get(0)).longValue()))
        .collectList()
        .doOnNext(ids -> ids.forEach(id -> sessions.put(physical, id)))
        .then();
  }

  /**
   * Asks the server to stop whatever the pooled connection's session is running. Completes once the
   * server accepted the request (the statement may still be ending); a failure to send it is not an
   * error here: the caller then closes the connection instead.
   *
   * @return whether the request reached the server
   */
  Mono<Boolean> cancel(Connection pooled) {
    Long session = sessions.get(physical(pooled));
    if (session == null || closed) {
      return Mono.just(false);
    }
    Mono<Connection> connection = controlConnection();
    return connection
        .flatMap(
            c ->
                Flux.from(c.createStatement(dialect.cancelStatementSql(session)).execute())
                    .concatMap(result -> result.map((row, metadata) -> 1))
                    .then())
        .timeout(CONTROL_TIMEOUT)
        .thenReturn(true)
        .onErrorResume(
            error -> {
              // The server answered (e.g. MariaDB's "unknown thread" when the session is gone):
              // the control connection is fine. Anything else: open a new one next time.
              boolean answered = error instanceof R2dbcException r && r.getSqlState() != null;
              if (!answered) {
                drop(connection);
              }
              return Mono.just(answered);
            });
  }

  /** Closes the control connection; later cancels are not sent. */
  /**
   * Closes a canceller that never opened its control connection (its pool never lent one), at once:
   * there is nothing to wait for.
   */
  void closeUnused() {
    closed = true;
  }

  Mono<Void> close() {
    closed = true;
    Mono<Connection> current = control.getAndSet(null);
    return current == null ? Mono.empty() : closing(current);
  }

  static Connection physical(Connection pooled) {
    if (pooled instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof Connection inner) {
      return inner;
    }
    return pooled;
  }

  private Mono<Connection> controlConnection() {
    Mono<Connection> current = control.get();
    if (current != null) {
      return current;
    }
    Mono<Connection> created =
        Mono.<Connection>from(factory.create()).timeout(CONTROL_TIMEOUT).cache();
    return control.compareAndSet(null, created) ? created : controlConnection();
  }

  private void drop(Mono<Connection> connection) {
    if (control.compareAndSet(connection, null)) {
      // Runs once (the compare-and-set), detached (the cancel that failed already answered its
      // caller), and bounded by closing()'s timeout.
      closing(connection).subscribe();
    }
  }

  private static Mono<Void> closing(Mono<Connection> connection) {
    return connection
        .flatMap(c -> Mono.from(c.close()))
        .timeout(CONTROL_TIMEOUT)
        .onErrorResume(error -> Mono.empty());
  }
}
