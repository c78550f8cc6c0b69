package io.ilana.db;

import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * A transaction begun with {@link DatabaseConnection#beginTransaction()}: finishing it by hand also
 * hands its connection back to the pool.
 */
final class ManualTransaction implements Transaction {
  private final ActiveTransaction active;
  private final AtomicBoolean released = new AtomicBoolean();

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
    return releasing(active.commit()).then(active.runAfterCommit());
  }

  @Override
  public Mono<Void> rollback() {
    return releasing(active.rollback());
  }

  @Override
  public Context context() {
    return active.context();
  }

  /** Finishes, then hands the connection back; only the first finish releases it. */
  private Mono<Void> releasing(Mono<Void> finish) {
    Mono<Void> release =
        Mono.defer(
            () ->
                released.compareAndSet(false, true)
                    ? Mono.from(active.connection().close())
                    : Mono.empty());
    return finish.onErrorResume(error -> release.then(Mono.error(error))).then(release);
  }
}
