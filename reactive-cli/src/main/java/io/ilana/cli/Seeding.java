package io.ilana.cli;

import java.util.ServiceLoader;
import reactor.core.publisher.Mono;

/** Finds the {@link SeederRunner} on the project's class path and runs it for a command. */
public final class Seeding {
  private Seeding() {}

  /**
   * The runner the project's class path provides.
   *
   * @throws CliException when there is none
   */
  public static SeederRunner require(CliContext context) {
    return ServiceLoader.load(SeederRunner.class, context.classLoader())
        .findFirst()
        .orElseThrow(
            () ->
                new CliException(
                    "Seeding needs the seeders of reactive-factories (io.ilana.seed) on the class"
                        + " path; no io.ilana.cli.SeederRunner is registered."));
  }

  /**
   * Runs a seeder on the session's connection and prints which one ran; emits the exit code.
   *
   * @param runner from {@link #require}, looked up before any reactive work: the service lookup
   *     reads files, which a Reactor thread must not
   */
  public static Mono<Integer> run(Session session, SeederRunner runner, String seeder) {
    CliContext context = session.context();
    SeedRequest request =
        new SeedRequest(
            session.manager(),
            session.connectionName(),
            seeder,
            session.project().config().seeds(),
            context.classLoader(),
            context.environmentName(),
            context.out(),
            context.colour());
    return Mono.defer(() -> runner.seed(request))
        .map(
            ran -> {
              context.out().println(context.style("@|green Seeded:|@ " + ran));
              return ExitCodes.OK;
            });
  }
}
