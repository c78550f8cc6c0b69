package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.Session;
import io.ilana.cli.TextTable;
import io.ilana.migration.MigrationRecord;
import picocli.CommandLine.Command;
import reactor.core.publisher.Mono;

/** {@code ilana migrate:list}: the migrations that ran, oldest first. */
@Command(
    name = "migrate:list",
    mixinStandardHelpOptions = true,
    description = "List the migrations that ran, oldest first, with their batches.")
public final class ListCommand extends DatabaseCommand {
  /** The command for a run. */
  public ListCommand(CliContext context) {
    super(context);
  }

  @Override
  Mono<Integer> run(Session session) {
    return session
        .migrator()
        .list()
        .collectList()
        .map(
            records -> {
              if (records.isEmpty()) {
                context.out().println("No migrations have run.");
                return ExitCodes.OK;
              }
              TextTable table = new TextTable("Migration", "Batch");
              for (MigrationRecord record : records) {
                table.row(record.migration(), String.valueOf(record.batch()));
              }
              table.print(context.out());
              return ExitCodes.OK;
            });
  }
}
