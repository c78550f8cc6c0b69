package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.MigrationRefs;
import io.ilana.cli.MigrationReport;
import io.ilana.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reactor.core.publisher.Mono;

/** {@code ilana migrate:refresh}: rolls back every migration, then migrates again. */
@Command(
    name = "migrate:refresh",
    mixinStandardHelpOptions = true,
    description =
        "Roll back every migration, then run them all again. Refused in production"
            + " without --force.")
public final class RefreshCommand extends DatabaseCommand {
  @Option(names = "--force", description = "Run even when ILANA_ENV=production.")
  boolean force;

  /** The command for a run. */
  public RefreshCommand(CliContext context) {
    super(context);
  }

  @Override
  void before() {
    guardProduction("migrate:refresh", "rolls back every migration", force);
  }

  @Override
  Mono<Integer> run(Session session) {
    var known = session.knownMigrations();
    return session
        .migrator()
        .refresh()
        .onErrorMap(error -> MigrationRefs.named(error, known))
        .map(
            result -> {
              MigrationReport.print(context, result, "Migrated", "Nothing to migrate.");
              return ExitCodes.OK;
            });
  }
}
