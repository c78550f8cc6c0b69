package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.MigrationRefs;
import io.ilana.cli.MigrationReport;
import io.ilana.cli.SeederRunner;
import io.ilana.cli.Seeding;
import io.ilana.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reactor.core.publisher.Mono;

/** {@code ilana migrate:fresh}: drops every table, then migrates (and seeds with --seed). */
@Command(
    name = "migrate:fresh",
    mixinStandardHelpOptions = true,
    description =
        "Drop every table, view and type, then run every migration. Refused in"
            + " production without --force.")
public final class FreshCommand extends DatabaseCommand {
  private SeederRunner seedRunner;

  @Option(names = "--force", description = "Run even when ILANA_ENV=production.")
  boolean force;

  @Option(names = "--seed", description = "Run the database seeder afterwards.")
  boolean seed;

  @Option(
      names = "--seeder",
      paramLabel = "CLASS",
      description = "The seeder --seed runs (default: DatabaseSeeder).")
  String seeder;

  /** The command for a run. */
  public FreshCommand(CliContext context) {
    super(context);
  }

  @Override
  void before() {
    guardProduction("migrate:fresh", "drops every table", force);
    if (seed) {
      seedRunner = Seeding.require(context);
    }
  }

  @Override
  Mono<Integer> run(Session session) {
    var known = session.knownMigrations();
    Mono<Integer> migrated =
        session
            .migrator()
            .fresh()
            .onErrorMap(error -> MigrationRefs.named(error, known))
            .map(
                result -> {
                  context.out().println("Dropped every table.");
                  MigrationReport.print(context, result, "Migrated", "Nothing to migrate.");
                  return ExitCodes.OK;
                });
    return seed ? migrated.flatMap(code -> Seeding.run(session, seedRunner, seeder)) : migrated;
  }
}
