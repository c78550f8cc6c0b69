package io.ilana.factory;

import io.ilana.db.DatabaseManager;
import io.ilana.error.InvalidArgumentException;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import java.util.function.Consumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes large volumes of models: {@code Factory.bulk(User.class, faker -> ...).batchSize(1000)
 * .create(50_000)}. Each batch is made when the previous one is written (backpressure), saved with
 * multi-row inserts and let go, so memory stays at one batch whatever the total. Model events are
 * off unless {@link #withEvents()}; timestamps and keys are set as usual.
 *
 * <p>Each batch is one write: a failure or a cancel keeps the batches already written and none of
 * the one in flight, and the connection goes back to the pool.
 *
 * @param <T> the model class
 */
public final class BulkFactory<T extends Model<T>> {
  private final Factory<T> factory;
  private final int batchSize;
  private final boolean events;
  private final Consumer<BulkProgress> progress;

  BulkFactory(Factory<T> factory) {
    this(factory, 1000, false, progress -> {});
  }

  private BulkFactory(
      Factory<T> factory, int batchSize, boolean events, Consumer<BulkProgress> progress) {
    this.factory = factory;
    this.batchSize = batchSize;
    this.events = events;
    this.progress = progress;
  }

  /** Rows per batch (default 1000). */
  public BulkFactory<T> batchSize(int size) {
    if (size < 1) {
      throw new InvalidArgumentException(
          "Invalid argument to batchSize(): "
              + size
              + " on the bulk "
              + factory.spec.describe()
              + "; expected 1 or more.");
    }
    return new BulkFactory<>(factory, size, events, progress);
  }

  /** {@link #batchSize(int)}, as the reference README spells it. */
  public BulkFactory<T> setBatchSize(int size) {
    return batchSize(size);
  }

  /** Fires the model events for every model (slower: each model is made whole either way). */
  public BulkFactory<T> withEvents() {
    return new BulkFactory<>(factory, batchSize, true, progress);
  }

  /** Calls {@code listener} after every batch. */
  public BulkFactory<T> onProgress(Consumer<BulkProgress> listener) {
    return new BulkFactory<>(factory, batchSize, events, progress.andThen(listener));
  }

  /** Saves on {@code manager}. */
  public BulkFactory<T> on(DatabaseManager manager) {
    return new BulkFactory<>(factory.on(manager), batchSize, events, progress);
  }

  /** Changes the underlying factory (states, sequences, overrides). */
  public BulkFactory<T> configure(Trait<T> change) {
    return new BulkFactory<>(change.apply(factory), batchSize, events, progress);
  }

  /** Writes {@code total} models; emits the number written. */
  public Mono<Long> create(long total) {
    return stream(total).last(new BulkProgress(0, total, 0)).map(BulkProgress::written);
  }

  /** Writes {@code total} models, emitting progress after every batch. */
  public Flux<BulkProgress> stream(long total) {
    if (total < 0) {
      throw new InvalidArgumentException(
          "Invalid argument to create(): "
              + total
              + " models asked of the bulk "
              + factory.spec.describe()
              + "; expected 0 or more.");
    }
    long batches = (total + batchSize - 1) / batchSize;
    return Flux.defer(
        () -> {
          long[] written = {0};
          return Flux.range(1, (int) batches)
              .concatMap(
                  batch -> {
                    int size = (int) Math.min(batchSize, total - (batch - 1L) * batchSize);
                    Mono<Long> saved = factory.times(size).create().count();
                    return (events ? saved : ModelType.withoutEvents(saved))
                        .map(
                            count -> {
                              written[0] += count;
                              return new BulkProgress(written[0], total, batch);
                            });
                  })
              .doOnNext(progress);
        });
  }
}
