package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.CliException;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import reactor.core.publisher.Mono;

/**
 * A command that works on one connection ({@code --connection NAME}, else the default). The
 * reactive work runs to completion here, at the edge of the program, with the manager closed
 * afterwards whatever happened.
 */
abstract class DatabaseCommand implements Callable<Integer> {
  /**
   * The run's context. While the reactive work runs, its standard output is a buffer, printed on
   * the calling thread afterwards: a Reactor thread never waits on a terminal.
   */
  protected CliContext context;

  @ParentCommand IlanaCommand ilana;

  @Option(
      names = "--connection",
      paramLabel = "NAME",
      description = "The configured connection to use (default: the default connection).")
  String connection;

  DatabaseCommand(CliContext context) {
    this.context = context;
  }

  /** The command's work on an open session; emits the exit code. */
  abstract Mono<Integer> run(Session session);

  /** Checks made before any connection is opened, such as the production guard. */
  void before() {}

  /** Work for the calling thread once the reactive work is done, such as writing a file. */
  int after(int code) {
    return code;
  }

  @Override
  public final Integer call() {
    before();
    CliContext real = context;
    StringWriter buffer = new StringWriter();
    context = real.withOut(new PrintWriter(buffer));
    Integer code;
    try {
      // The program's one wait: the main thread waits for the chain, as a CLI must.
      code = Session.with(context, ilana.project(), connection, this::run).block();
    } finally {
      context.out().flush();
      real.out().print(buffer);
      real.out().flush();
      context = real;
    }
    return after(code == null ? ExitCodes.OK : code);
  }

  /**
   * Refuses a command that destroys data in production unless {@code --force} was given.
   *
   * @param command the command's name
   * @param what what it destroys, for the message
   */
  void guardProduction(String command, String what, boolean force) {
    if (context.isProduction() && !force) {
      throw new CliException(
          command
              + " "
              + what
              + "; refused in production (ILANA_ENV=production). Add --force to run it anyway.");
    }
  }
}
