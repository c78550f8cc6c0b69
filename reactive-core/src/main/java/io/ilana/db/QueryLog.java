package io.ilana.db;

import io.ilana.query.Bindings;
import io.ilana.query.Sql;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.SignalType;

/**
 * Times every statement and tells the registered {@link QueryListener}s once it ends. A listener
 * that throws is logged and does not disturb the statement.
 */
final class QueryLog {
  private static final System.Logger LOG = System.getLogger("io.ilana.query");
  private final List<QueryListener> listeners = new CopyOnWriteArrayList<>();

  /** Adds a listener; the returned runnable removes it again. */
  Runnable add(QueryListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Wraps a statement's publisher; call at subscription time so the clock starts there. */
  <T> Flux<T> observe(Flux<T> statement, String connection, Sql sql, ToLongFunction<T> rows) {
    if (listeners.isEmpty()) {
      return statement;
    }
    long start = System.nanoTime();
    AtomicLong count = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    return statement
        .doOnNext(value -> count.addAndGet(rows.applyAsLong(value)))
        .doOnError(failure::set)
        .doFinally(
            signal ->
                publish(
                    new QueryEvent(
                        connection,
                        sql.text(),
                        Bindings.mask(sql.bindings()),
                        Duration.ofNanos(System.nanoTime() - start),
                        count.get(),
                        outcome(signal),
                        failure.get())));
  }

  private void publish(QueryEvent event) {
    for (QueryListener listener : listeners) {
      try {
        listener.onQuery(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A query listener failed; the statement is unaffected.", e);
      }
    }
  }

  private static QueryEvent.Outcome outcome(SignalType signal) {
    return switch (signal) {
      case ON_ERROR -> QueryEvent.Outcome.FAILED;
      case CANCEL -> QueryEvent.Outcome.CANCELLED;
      default -> QueryEvent.Outcome.COMPLETED;
    };
  }
}
