package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reactor.core.publisher.Mono;

/** {@code ilana db:wipe}: drops every table, view and type of the connection. */
@Command(
    name = "db:wipe",
    mixinStandardHelpOptions = true,
    description = "Drop every table, view and type. Refused in production without --force.")
public final class WipeCommand extends DatabaseCommand {
  @Option(names = "--force", description = "Run even when ILANA_ENV=production.")
  boolean force;

  /** The command for a run. */
  public WipeCommand(CliContext context) {
    super(context);
  }

  @Override
  void before() {
    guardProduction("db:wipe", "drops every table", force);
  }

  @Override
  Mono<Integer> run(Session session) {
    return session
        .schema()
        .dropAllTables()
        .then(
            Mono.fromSupplier(
                () -> {
                  context
                      .out()
                      .println(
                          "Dropped every table of connection " + session.connectionName() + ".");
                  return ExitCodes.OK;
                }));
  }
}
