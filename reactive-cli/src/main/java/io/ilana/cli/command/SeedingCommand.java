package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.SeederRunner;
import io.ilana.cli.Seeding;
import io.ilana.cli.Session;
import picocli.CommandLine.Option;
import reactor.core.publisher.Mono;

/** What {@code seed} and {@code db:seed} share: {@code --class} and the seeder runner. */
abstract class SeedingCommand extends DatabaseCommand {
  private SeederRunner seedRunner;

  @Option(
      names = "--class",
      paramLabel = "CLASS",
      description = "The seeder to run (simple or qualified class name; default DatabaseSeeder).")
  String seeder;

  SeedingCommand(CliContext context) {
    super(context);
  }

  @Override
  void before() {
    seedRunner = Seeding.require(context);
  }

  @Override
  Mono<Integer> run(Session session) {
    return Seeding.run(session, seedRunner, seeder);
  }
}
