package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.ProjectFiles;
import io.ilana.cli.Session;
import io.ilana.cli.catalog.DatabaseCatalog;
import io.ilana.cli.catalog.MermaidDiagram;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reactor.core.publisher.Mono;

/** {@code ilana db:diagram}: the schema as a Mermaid ER diagram, read from the catalog. */
@Command(
    name = "db:diagram",
    mixinStandardHelpOptions = true,
    description = "Print the schema as a Mermaid ER diagram, read from the database catalog.")
public final class DbDiagramCommand extends DatabaseCommand {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write it to this file (never overwritten) instead of standard output.")
  Path output;

  private String diagram;

  /** The command for a run. */
  public DbDiagramCommand(CliContext context) {
    super(context);
  }

  @Override
  Mono<Integer> run(Session session) {
    return DatabaseCatalog.of(session.connection())
        .tables()
        .map(
            tables -> {
              diagram = MermaidDiagram.render(tables);
              if (output == null) {
                context.out().print(diagram);
              }
              return ExitCodes.OK;
            });
  }

  /** The file is written here, on the calling thread, once the catalog has been read. */
  @Override
  int after(int code) {
    if (output != null
        && code == ExitCodes.OK
        && !new ProjectFiles(context).create(output, diagram)) {
      return ExitCodes.FAILED;
    }
    return code;
  }
}
