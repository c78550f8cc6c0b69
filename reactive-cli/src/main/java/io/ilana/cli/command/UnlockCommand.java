package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.Session;
import picocli.CommandLine.Command;
import reactor.core.publisher.Mono;

/** {@code ilana migrate:unlock}: clears a migration lock left by a killed process. */
@Command(
    name = "migrate:unlock",
    mixinStandardHelpOptions = true,
    description =
        "Clear a migration lock left behind by a killed process (session locks of"
            + " PostgreSQL and MySQL/MariaDB need nothing).")
public final class UnlockCommand extends DatabaseCommand {
  /** The command for a run. */
  public UnlockCommand(CliContext context) {
    super(context);
  }

  @Override
  Mono<Integer> run(Session session) {
    return session
        .migrator()
        .unlock()
        .then(
            Mono.fromSupplier(
                () -> {
                  context.out().println("Migration lock released.");
                  return ExitCodes.OK;
                }));
  }
}
