package io.ilana.migration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where the migrator records which migrations ran, and in which batch. */
public interface MigrationRepository {

  /** Whether the repository's storage exists. */
  Mono<Boolean> exists();

  /** Creates the repository's storage. */
  Mono<Void> create();

  /** Creates the storage unless it exists. */
  default Mono<Void> createIfMissing() {
    return exists().flatMap(exists -> exists ? Mono.empty() : create());
  }

  /** Every migration that ran, oldest batch first, in the order they ran within a batch. */
  Flux<MigrationRecord> ran();

  /** The highest batch number, or 0 when nothing ran. */
  Mono<Integer> lastBatchNumber();

  /** Records that a migration ran in a batch. */
  Mono<Void> log(String migration, int batch);

  /** Forgets that a migration ran. */
  Mono<Void> delete(String migration);
}
