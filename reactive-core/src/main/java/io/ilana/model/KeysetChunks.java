package io.ilana.model;

import io.ilana.error.InvalidArgumentException;
import io.ilana.query.QueryBuilder;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A query's models in lists of {@code size}, paged by key ({@code where key > last order by key
 * limit size}): each page is a complete query, so rows changing between pages are neither skipped
 * nor repeated as with OFFSET, and a transaction's one connection is free between pages.
 *
 * @param <T> the model type
 */
final class KeysetChunks<T extends Model<T>> {
  private final ModelQuery<T> query;
  private final String key;
  private final int size;

  KeysetChunks(ModelQuery<T> query, String qualifiedKey, int size) {
    if (size < 1) {
      throw new InvalidArgumentException("chunk size must be at least 1, was " + size);
    }
    this.query = query;
    this.key = qualifiedKey;
    this.size = size;
  }

  Flux<List<T>> all() {
    return after(null)
        .expand(
            page -> page.size() < size ? Mono.empty() : after(page.get(page.size() - 1).getKey()))
        .filter(page -> !page.isEmpty());
  }

  private Mono<List<T>> after(Object lastKey) {
    return Mono.defer(
        () -> {
          QueryBuilder page = query.toBase().reorder(key, "asc").limit(size);
          if (lastKey != null) {
            page = page.groupWheres().where(key, ">", lastKey);
          }
          return query.readAll(page);
        });
  }
}
