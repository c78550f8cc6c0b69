package io.ilana.benchmarks;

import reactor.core.publisher.Mono;

/**
 * One measured piece of work, done once through IlanaORM and once through raw R2DBC.
 *
 * @param name what the workload does
 * @param ilana the work through IlanaORM
 * @param raw the same work through the R2DBC SPI and r2dbc-pool directly
 * @param reset what runs, untimed, before each timed run of either side: puts the data back as it
 *     was, so every round does the same work (inserts into tables that do not grow round by round)
 */
record Workload(String name, Mono<Long> ilana, Mono<Long> raw, Mono<Void> reset) {
  /** A workload that leaves the data as it found it. */
  Workload(String name, Mono<Long> ilana, Mono<Long> raw) {
    this(name, ilana, raw, Mono.empty());
  }
}
