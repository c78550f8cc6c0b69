package io.ilana.seed;

import reactor.core.publisher.Mono;

/** Small seeders shared by the tests. */
final class SdSeeders {
  private SdSeeders() {}

  /** Prints a line and writes nothing. */
  static final class Nothing extends Seeder {
    @Override
    public Mono<Void> run() {
      return Mono.fromRunnable(() -> info("nothing to seed"));
    }
  }
}
