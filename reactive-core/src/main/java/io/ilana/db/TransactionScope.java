package io.ilana.db;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Remembers, per thread, which connections' transaction work functions are being called right now.
 * A statement for such a connection that is subscribed on this thread without the transaction in
 * its Reactor Context was blocked on or subscribed by hand inside the function: it would silently
 * run outside the transaction (reactor-core #1667), so the executor refuses it.
 */
final class TransactionScope {
  private static final ThreadLocal<Deque<TransactionKey>> BUILDING =
      ThreadLocal.withInitial(ArrayDeque::new);

  private TransactionScope() {}

  /**
   * Calls {@code work} while marking the connection's transaction as being built on this thread.
   */
  static <T> T building(TransactionKey key, Supplier<T> work) {
    Deque<TransactionKey> keys = BUILDING.get();
    keys.push(key);
    try {
      return work.get();
    } finally {
      keys.pop();
    }
  }

  /** Whether a transaction function for this connection is running on this thread. */
  static boolean isBuilding(TransactionKey key) {
    return BUILDING.get().contains(key);
  }
}
