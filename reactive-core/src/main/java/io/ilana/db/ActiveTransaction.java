package io.ilana.db;

import io.ilana.error.TransactionException;
import io.r2dbc.spi.IsolationLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * A transaction on one pinned connection: the outermost one ({@code parent == null}) or a savepoint
 * inside it. Finishing twice is an error, not a second round trip; driver failures of BEGIN,
 * COMMIT, ROLLBACK and savepoints are translated like any statement's.
 */
final class ActiveTransaction implements Transaction {
  private final TransactionKey key;
  private final String connectionName;
  private final Lease lease;
  private final IsolationLevel isolation;
  private final ActiveTransaction parent;
  private final String savepoint;
  private final AtomicInteger savepointCounter;
  private final AtomicBoolean finished = new AtomicBoolean();
  private final List<Supplier<? extends Mono<Void>>> afterCommit = new ArrayList<>();

  private ActiveTransaction(
      TransactionKey key,
      String connectionName,
      Lease lease,
      IsolationLevel isolation,
      ActiveTransaction parent,
      String savepoint,
      AtomicInteger savepointCounter) {
    this.key = key;
    this.connectionName = connectionName;
    this.lease = lease;
    this.isolation = isolation;
    this.parent = parent;
    this.savepoint = savepoint;
    this.savepointCounter = savepointCounter;
  }

  /**
   * The outermost transaction on a leased connection.
   *
   * @param isolation the level it is begun with, or {@code null} for the database's default
   */
  static ActiveTransaction outermost(
      TransactionKey key, String connectionName, Lease lease, IsolationLevel isolation) {
    return new ActiveTransaction(
        key, connectionName, lease, isolation, null, null, new AtomicInteger());
  }

  /** A savepoint inside this transaction, not yet created on the server. */
  ActiveTransaction nested() {
    String name = "ilana_sp_" + savepointCounter.incrementAndGet();
    return new ActiveTransaction(
        key, connectionName, lease, isolation, this, name, savepointCounter);
  }

  /** The isolation level of the outermost transaction, or {@code null} for the default. */
  IsolationLevel isolation() {
    return isolation;
  }

  /**
   * This transaction if it is still open, else the nearest enclosing one that is, else {@code
   * null}: work after a savepoint was finished by hand belongs to the transaction around it.
   */
  ActiveTransaction nearestOpen() {
    ActiveTransaction candidate = this;
    while (candidate != null && candidate.isFinished()) {
      candidate = candidate.parent;
    }
    return candidate;
  }

  /** The lease owning the transaction's connection. */
  Lease lease() {
    return lease;
  }

  /** Sends the savepoint to the server; only for nested transactions. */
  Mono<ActiveTransaction> start() {
    return lease.createSavepoint(savepoint).thenReturn(this);
  }

  @Override
  public String connectionName() {
    return connectionName;
  }

  @Override
  public int depth() {
    return parent == null ? 0 : parent.depth() + 1;
  }

  @Override
  public boolean isFinished() {
    return finished.get();
  }

  @Override
  public Mono<Void> commit() {
    return Mono.defer(
        () -> {
          markFinished("commit");
          return parent == null
              ? lease.commit()
              : lease.releaseSavepoint(savepoint).then(Mono.fromRunnable(this::handUp));
        });
  }

  @Override
  public Mono<Void> rollback() {
    return Mono.defer(
        () -> {
          markFinished("roll back");
          return parent == null ? lease.rollback() : lease.rollbackToSavepoint(savepoint);
        });
  }

  /** Commits unless the work already finished the transaction by hand. */
  Mono<Void> commitIfOpen() {
    return isFinished() ? Mono.empty() : commit();
  }

  /** Rolls back unless the work already finished the transaction by hand. */
  Mono<Void> rollbackIfOpen() {
    return isFinished() ? Mono.empty() : rollback();
  }

  /** Remembers work to run once the outermost transaction has committed. */
  synchronized void afterCommit(Supplier<? extends Mono<Void>> callback) {
    afterCommit.add(callback);
  }

  /** A released savepoint's callbacks now wait for its parent; a rolled-back one's are dropped. */
  private void handUp() {
    List<Supplier<? extends Mono<Void>>> mine;
    synchronized (this) {
      mine = new ArrayList<>(afterCommit);
      afterCommit.clear();
    }
    mine.forEach(parent::afterCommit);
  }

  /** Runs the after-commit callbacks in order; the outermost transaction calls it after commit. */
  Mono<Void> runAfterCommit() {
    return Flux.defer(
            () -> {
              List<Supplier<? extends Mono<Void>>> callbacks;
              synchronized (this) {
                callbacks = new ArrayList<>(afterCommit);
                afterCommit.clear();
              }
              return Flux.fromIterable(callbacks);
            })
        .concatMap(Supplier::get)
        .then();
  }

  @Override
  public Context context() {
    return Context.of(key, this);
  }

  private void markFinished(String action) {
    if (!finished.compareAndSet(false, true)) {
      throw new TransactionException(
          "Cannot " + action + ": the transaction on [" + connectionName + "] already finished.");
    }
  }

  @Override
  public String toString() {
    return "Transaction[" + connectionName + ", depth " + depth() + "]";
  }
}
