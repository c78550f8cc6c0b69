package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.CliException;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.MigrationRefs;
import io.ilana.cli.MigrationReport;
import io.ilana.cli.Session;
import io.ilana.migration.Migration;
import io.ilana.migration.RollbackOptions;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reactor.core.publisher.Mono;

/** {@code ilana migrate:rollback}: undoes the last batch, the last n migrations, or down to one. */
@Command(
    name = "migrate:rollback",
    mixinStandardHelpOptions = true,
    description = "Roll back the last batch of migrations (or --step N, or --to MIGRATION).")
public final class RollbackCommand extends DatabaseCommand {
  @Option(
      names = "--step",
      paramLabel = "N",
      description = "Roll back the last N migrations, whatever their batches.")
  Integer step;

  @Option(
      names = "--to",
      paramLabel = "MIGRATION",
      description = "Roll back every migration newer than this one (or a timestamp); it stays.")
  String to;

  /** The command for a run. */
  public RollbackCommand(CliContext context) {
    super(context);
  }

  @Override
  void before() {
    if (step != null && to != null) {
      throw new CliException("--step and --to cannot be used together.");
    }
    if (step != null && step < 1) {
      throw new CliException("--step needs at least 1, was " + step + ".");
    }
  }

  @Override
  Mono<Integer> run(Session session) {
    List<Migration> known = session.knownMigrations();
    RollbackOptions options =
        step != null
            ? RollbackOptions.steps(step)
            : to != null
                ? RollbackOptions.to(MigrationRefs.resolve("--to", to, known, true))
                : RollbackOptions.lastBatch();
    return session
        .migrator()
        .rollback(options)
        .onErrorMap(error -> MigrationRefs.named(error, known))
        .map(
            result -> {
              MigrationReport.print(context, result, "Rolled back", "Nothing to roll back.");
              return ExitCodes.OK;
            });
  }
}
