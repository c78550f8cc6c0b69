package io.ilana.db;

import io.ilana.sql.Bindings;
import io.ilana.sql.Sql;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import reactor.core.publisher.Flux;

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
    AtomicBoolean published = new AtomicBoolean();
    Consumer<QueryEvent.Outcome> report =
        outcome -> {
          if (published.compareAndSet(false, true)) {
            publish(
                new QueryEvent(
                    connection,
                    sql.text(),
                    Bindings.mask(sql.bindings()),
                    Duration.ofNanos(System.nanoTime() - start),
                    count.get(),
                    outcome,
                    failure.get()));
          }
        };
    // Reported before the terminal signal travels on, so a subscriber that has seen the end
    // (block(), StepVerifier) has also been reported the statement.
    return statement
        .doOnNext(value -> count.addAndGet(rows.applyAsLong(value)))
        .doOnError(failure::set)
        .doOnTerminate(
            () ->
                report.accept(
                    failure.get() == null
                        ? QueryEvent.Outcome.COMPLETED
                        : QueryEvent.Outcome.FAILED))
        .doOnCancel(() -> report.accept(QueryEvent.Outcome.CANCELLED));
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
}
