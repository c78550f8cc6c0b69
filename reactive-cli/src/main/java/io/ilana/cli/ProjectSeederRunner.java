package io.ilana.cli;

import io.ilana.seed.Seeding;
import reactor.core.publisher.Mono;

/**
 * The command line's own {@link SeederRunner}: the seeders of {@code io.ilana.seed}, looked up by
 * name in the configured seeders package ({@code seeds: { package: … }}), then among those
 * registered in {@code META-INF/services/io.ilana.seed.Seeder}, and loaded with the project's class
 * loader. Registered in {@code META-INF/services/io.ilana.cli.SeederRunner}.
 */
public final class ProjectSeederRunner implements SeederRunner {
  /** Made by the service loader. */
  public ProjectSeederRunner() {}

  @Override
  public Mono<String> seed(SeedRequest request) {
    return Seeding.on(request.manager())
        .connection(request.connection())
        .environment(request.environment())
        .output(request.out())
        .terminal(request.terminal())
        .seeders(request.seeds().packageName(), request.classLoader())
        .run(request.seeder());
  }
}
