package io.ilana.migration;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * An asynchronous mutex that orders the migrators of one JVM before they reach the database lock.
 * Without it, many migrators in one process would each pin a pooled connection while waiting for
 * the database lock, and the winner would find no connection left to migrate with.
 */
final class LocalMutex {
  private static final Map<Object, Map<String, LocalMutex>> MUTEXES = new WeakHashMap<>();
  private static final int WAITING = 0;
  private static final int GRANTED = 1;
  private static final int ABANDONED = 2;

  private final Queue<Waiter> waiting = new ArrayDeque<>();
  private boolean held;

  private LocalMutex() {}

  /** The mutex of one repository table on one connection. */
  static LocalMutex of(Object connection, String table) {
    synchronized (MUTEXES) {
      return MUTEXES
          .computeIfAbsent(connection, c -> new HashMap<>())
          .computeIfAbsent(table, t -> new LocalMutex());
    }
  }

  /** Waits for the mutex; emits the action that releases it (running it twice is harmless). */
  Mono<Runnable> acquire() {
    return Mono.create(
        sink -> {
          Waiter waiter = new Waiter(sink);
          boolean now;
          synchronized (this) {
            now = !held;
            if (now) {
              held = true;
            } else {
              waiting.add(waiter);
            }
          }
          if (now) {
            waiter.state.set(GRANTED);
            sink.success(releaser());
            return;
          }
          sink.onCancel(
              () -> {
                // A waiter given up before its turn leaves the queue; one cancelled just as its
                // turn came hands the turn on, so the mutex is never left held by nobody.
                if (waiter.state.compareAndSet(WAITING, ABANDONED)) {
                  synchronized (this) {
                    waiting.remove(waiter);
                  }
                } else if (!waiter.delivered.get()) {
                  waiter.releaser.run();
                }
              });
        });
  }

  private Runnable releaser() {
    AtomicBoolean once = new AtomicBoolean();
    return () -> {
      if (once.compareAndSet(false, true)) {
        release();
      }
    };
  }

  private void release() {
    while (true) {
      Waiter next;
      synchronized (this) {
        next = waiting.poll();
        if (next == null) {
          held = false;
          return;
        }
      }
      if (next.state.compareAndSet(WAITING, GRANTED)) {
        next.releaser = releaser();
        next.sink.success(next.releaser);
        next.delivered.set(true);
        return;
      }
    }
  }

  private static final class Waiter {
    final MonoSink<Runnable> sink;
    final AtomicInteger state = new AtomicInteger(WAITING);
    final AtomicBoolean delivered = new AtomicBoolean();
    volatile Runnable releaser;

    Waiter(MonoSink<Runnable> sink) {
      this.sink = sink;
    }
  }
}
