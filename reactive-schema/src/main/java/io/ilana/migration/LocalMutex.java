package io.ilana.migration;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.WeakHashMap;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * An asynchronous mutex that orders the migrators of one JVM before they reach the database lock.
 * Without it, many migrators in one process would each pin a pooled connection while waiting for
 * the database lock, and the winner would find no connection left to migrate with.
 */
final class LocalMutex {
  private static final Map<Object, Map<String, LocalMutex>> MUTEXES = new WeakHashMap<>();

  private final Queue<MonoSink<Runnable>> waiting = new ArrayDeque<>();
  private boolean held;

  private LocalMutex() {}

  /** The mutex of one repository table on one connection. */
  static LocalMutex of(Object connection, String table) {
    synchronized (MUTEXES) {
      return MUTEXES
          .computeIfAbsent(connection, c -> new java.util.HashMap<>())
          .computeIfAbsent(table, t -> new LocalMutex());
    }
  }

  /** Waits for the mutex; emits the action that releases it. */
  Mono<Runnable> acquire() {
    return Mono.create(
        sink -> {
          boolean now;
          synchronized (this) {
            now = !held;
            if (now) {
              held = true;
            } else {
              waiting.add(sink);
            }
          }
          if (now) {
            sink.success(releaser());
          } else {
            sink.onCancel(
                () -> {
                  synchronized (this) {
                    waiting.remove(sink);
                  }
                });
          }
        });
  }

  private Runnable releaser() {
    java.util.concurrent.atomic.AtomicBoolean once =
        new java.util.concurrent.atomic.AtomicBoolean();
    return () -> {
      if (once.compareAndSet(false, true)) {
        release();
      }
    };
  }

  private void release() {
    MonoSink<Runnable> next;
    synchronized (this) {
      next = waiting.poll();
      if (next == null) {
        held = false;
        return;
      }
    }
    next.success(releaser());
  }
}
