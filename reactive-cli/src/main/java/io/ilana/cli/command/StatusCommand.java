package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.Session;
import io.ilana.cli.TextTable;
import io.ilana.migration.MigrationStatus;
import picocli.CommandLine.Command;
import reactor.core.publisher.Mono;

/** {@code ilana migrate:status}: every migration, whether it ran and in which batch. */
@Command(
    name = "migrate:status",
    mixinStandardHelpOptions = true,
    description = "Show every migration with whether it ran and in which batch.")
public final class StatusCommand extends DatabaseCommand {
  /** The command for a run. */
  public StatusCommand(CliContext context) {
    super(context);
  }

  @Override
  Mono<Integer> run(Session session) {
    return session
        .migrator()
        .status()
        .collectList()
        .map(
            lines -> {
              if (lines.isEmpty()) {
                context.out().println("No migrations found.");
                return ExitCodes.OK;
              }
              TextTable table = new TextTable("Migration", "Batch", "Status");
              for (MigrationStatus line : lines) {
                table.row(
                    line.migration(),
                    line.batch() == null ? "" : String.valueOf(line.batch()),
                    line.missing() ? "Ran (file missing)" : line.ran() ? "Ran" : "Pending");
              }
              table.print(context.out());
              return ExitCodes.OK;
            });
  }
}
