package io.ilana.benchmarks;

import reactor.core.publisher.Mono;

/**
 * One measured piece of work, done once through IlanaORM and once through raw R2DBC.
 *
 * @param name what the workload does
 * @param ilana the work through IlanaORM
 * @param raw the same work through the R2DBC SPI and r2dbc-pool directly
 */
record Workload(String name, Mono<Long> ilana, Mono<Long> raw) {}
