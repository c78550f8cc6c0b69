package io.ilana.cli;

import io.ilana.cli.command.IlanaCommand;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;

/**
 * The entry point of the {@code ilana} command. Every failure ends as one line on stderr, {@code
 * ilana: <reason>}, and a non-zero exit code ({@link ExitCodes}); usage help is printed only when
 * asked for with {@code --help}.
 */
public final class Ilana {
  private Ilana() {}

  /** Runs the command in this process and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(CliContext.system(), args));
  }

  /** Runs the command against a context and returns its exit code; never calls {@code exit}. */
  public static int run(CliContext context, String... args) {
    CommandLine line = commandLine(context);
    int code = line.execute(args);
    context.out().flush();
    context.err().flush();
    return code;
  }

  /** The configured picocli command tree for a context. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine line = new CommandLine(new IlanaCommand(context), new CommandFactory(context));
    line.setOut(context.out());
    line.setErr(context.err());
    line.setColorScheme(CommandLine.Help.defaultColorScheme(context.ansi()));
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setParameterExceptionHandler(usageFailure(context));
    line.setExecutionExceptionHandler(executionFailure(context));
    return line;
  }

  private static IParameterExceptionHandler usageFailure(CliContext context) {
    return (error, args) -> {
      CommandLine command = error.getCommandLine();
      String help = command.getCommandSpec().qualifiedName(" ");
      context
          .err()
          .println("ilana: " + oneLine(error.getMessage()) + " (see '" + help + " --help')");
      return ExitCodes.USAGE;
    };
  }

  private static IExecutionExceptionHandler executionFailure(CliContext context) {
    return (error, command, parsed) -> {
      context.err().println("ilana: " + reason(error));
      return ExitCodes.FAILED;
    };
  }

  /**
   * The one-line reason for a failure: our own messages as they are, anything else with its type.
   */
  public static String reason(Throwable error) {
    Throwable shown = error;
    // Reactor wraps checked exceptions thrown inside operators; the cause is what failed.
    while (shown.getCause() != null
        && (shown.getMessage() == null || shown.getClass().getName().startsWith("reactor."))) {
      shown = shown.getCause();
    }
    String message = shown.getMessage();
    if (shown instanceof io.ilana.error.IlanaException) {
      return oneLine(message);
    }
    String type = shown.getClass().getSimpleName();
    return message == null ? type : type + ": " + oneLine(message);
  }

  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    return Arrays.stream(message.split("\\R"))
        .map(String::strip)
        .filter(part -> !part.isEmpty())
        .collect(Collectors.joining(" "));
  }
}
