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
    return releasing(active.commit());
  }

  @Override
  public Mono<Void> rollback() {
    return releasing(active.rollback());
  }

  @Override
  public Context context() {
    return active.context();
  }

  private Mono<Void> releasing(Mono<Void> finish) {
    Mono<Void> release = Mono.defer(() -> Mono.from(active.connection().close()));
    return finish.onErrorResume(error -> release.then(Mono.error(error))).then(release);
  }
}
