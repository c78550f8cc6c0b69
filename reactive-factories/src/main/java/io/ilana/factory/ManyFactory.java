package io.ilana.factory;

import io.ilana.error.InvalidArgumentException;
import io.ilana.model.Model;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;

/**
 * A factory for several models: {@code User.factory().times(1000).create()} saves them with
 * multi-row inserts (every model still gets its events, timestamps and generated key).
 *
 * @param <T> the model class
 */
public final class ManyFactory<T extends Model<T>> extends FactoryBuilder<T, ManyFactory<T>> {

  ManyFactory(FactorySpec<T> spec) {
    super(spec);
  }

  @Override
  ManyFactory<T> with(FactorySpec<T> spec) {
    return new ManyFactory<>(spec);
  }

  /** How many models each call makes. */
  public int size() {
    return spec.count;
  }

  /** Makes {@code count} models instead. */
  public ManyFactory<T> times(int count) {
    return count(count);
  }

  /** Makes {@code count} models instead (Laravel's {@code count}). */
  public ManyFactory<T> count(int count) {
    if (count < 0) {
      throw new InvalidArgumentException(
          "Invalid argument to times(): "
              + count
              + " models asked of "
              + spec.describe()
              + "; expected 0 or more.");
    }
    FactorySpec<T> copy = spec.copy();
    copy.count = count;
    return new ManyFactory<>(copy);
  }

  /** The models, not saved. */
  public List<T> make() {
    return new FactoryRun<>(spec).make(spec.count);
  }

  /** The models with {@code overrides} applied last, not saved. */
  public List<T> make(Map<String, ?> overrides) {
    return state(overrides).make();
  }

  /** The attributes of each model, no database involved. */
  public List<Map<String, Object>> raw() {
    return new FactoryRun<>(spec).raw(spec.count);
  }

  /** Makes and saves the models in one transaction; emits them in order. */
  public Flux<T> create() {
    return new FactoryRun<>(spec).create(spec.count);
  }

  /** {@link #create()} with {@code overrides} applied last. */
  public Flux<T> create(Map<String, ?> overrides) {
    return state(overrides).create();
  }

  /** {@link #create()}; the name Laravel's seeders use. */
  public Flux<T> createMany() {
    return create();
  }

  /**
   * Creates the models {@code batchSize} at a time, each batch its own transaction, so a long run
   * holds one batch in memory and a failure keeps the batches before it.
   */
  public Flux<T> createInBatches(int batchSize) {
    if (batchSize < 1) {
      throw new InvalidArgumentException(
          "Invalid argument to createInBatches(): batch size "
              + batchSize
              + " on "
              + spec.describe()
              + "; expected 1 or more.");
    }
    int total = spec.count;
    int batches = (total + batchSize - 1) / batchSize;
    return Flux.range(0, batches)
        .concatMap(batch -> count(Math.min(batchSize, total - batch * batchSize)).create());
  }
}
