package io.ilana.model;

import io.ilana.error.InvalidArgumentException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes a model's prunable rows chunk by chunk. Each chunk is read after the last key of the one
 * before (keyset order), not by offset: rows deleted meanwhile would shift an offset, and a model a
 * listener refused to delete would be read again for ever.
 */
final class Prunings {
  private Prunings() {}

  static <T extends Model<T>> Mono<Long> run(ModelQuery<T> prunable, String key, int chunk) {
    if (chunk < 1) {
      return Mono.error(
          new InvalidArgumentException(
              "Invalid argument to prune(): chunk size " + chunk + "; expected 1 or more."));
    }
    AtomicReference<Object> last = new AtomicReference<>();
    AtomicLong deleted = new AtomicLong();
    return Mono.defer(
            () -> {
              Object after = last.get();
              ModelQuery<T> query = after == null ? prunable : prunable.where(key, ">", after);
              return query.orderBy(key).limit(chunk).get().collectList();
            })
        .flatMap(
            models -> {
              if (models.isEmpty()) {
                return Mono.just(List.<T>of());
              }
              last.set(models.get(models.size() - 1).getKey());
              return Flux.fromIterable(models)
                  .concatMap(Model::forceDelete)
                  .filter(Boolean::booleanValue)
                  .count()
                  .doOnNext(deleted::addAndGet)
                  .thenReturn(models);
            })
        .repeat()
        .takeUntil(models -> models.size() < chunk)
        .then(Mono.fromCallable(deleted::get));
  }
}
