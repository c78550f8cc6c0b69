package io.ilana.db;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * A transaction begun with {@link DatabaseConnection#beginTransaction()}: finishing it by hand also
 * hands its connection back to the pool.
 */
final class ManualTransaction implements Transaction {
  private final ActiveTransaction active;

  ManualTransaction(ActiveTransaction active) {
    this.active = active;
  }

  @Override
  public String connectionName() {
    return active.connectionName();
  }

  @Override
  public int depth() {
    return 0;
  }

  @Override
  public boolean isFinished() {
    return active.isFinished();
  }

  @Override
  public Mono<Void> commit() {
    return returning(active.commit()).then(active.runAfterCommit());
  }

  @Override
  public Mono<Void> rollback() {
    return returning(active.rollback());
  }

  @Override
  public Context context() {
    return active.context();
  }

  /**
   * Finishes, then hands the connection back through its lease, which returns it once however often
   * this is called; a failed finish rolls back what is open before the error is passed on.
   */
  private Mono<Void> returning(Mono<Void> finish) {
    Lease lease = active.lease();
    return finish
        .onErrorResume(
            error -> lease.finish(false).onErrorResume(e -> Mono.empty()).then(Mono.error(error)))
        .then(Mono.defer(() -> lease.finish(false)));
  }
}
