package io.ilana.cli;

import reactor.core.publisher.Mono;

/**
 * Runs seeders for {@code ilana seed}, {@code db:seed} and {@code migrate:fresh --seed}. The CLI
 * knows no seeder type itself: the seeder module provides an implementation, registered in {@code
 * META-INF/services/io.ilana.cli.SeederRunner} and found on the project's class path.
 */
public interface SeederRunner {
  /**
   * Runs a seeder.
   *
   * @return the class name of the seeder that ran
   */
  Mono<String> seed(SeedRequest request);
}
