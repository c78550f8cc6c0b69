package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.MigrationRefs;
import io.ilana.cli.MigrationReport;
import io.ilana.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reactor.core.publisher.Mono;

/** {@code ilana migrate:reset}: rolls back every migration. */
@Command(
    name = "migrate:reset",
    mixinStandardHelpOptions = true,
    description = "Roll back every migration that ran. Refused in production without --force.")
public final class ResetCommand extends DatabaseCommand {
  @Option(names = "--force", description = "Run even when ILANA_ENV=production.")
  boolean force;

  /** The command for a run. */
  public ResetCommand(CliContext context) {
    super(context);
  }

  @Override
  void before() {
    guardProduction("migrate:reset", "rolls back every migration", force);
  }

  @Override
  Mono<Integer> run(Session session) {
    var known = session.knownMigrations();
    return session
        .migrator()
        .reset()
        .onErrorMap(error -> MigrationRefs.named(error, known))
        .map(
            result -> {
              MigrationReport.print(context, result, "Rolled back", "Nothing to roll back.");
              return ExitCodes.OK;
            });
  }
}
