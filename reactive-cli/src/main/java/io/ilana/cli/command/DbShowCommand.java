package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.Session;
import io.ilana.cli.TextTable;
import io.ilana.cli.catalog.DatabaseCatalog;
import io.ilana.cli.catalog.Table;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code ilana db:show}: the connection's tables with their row counts and sizes. */
@Command(
    name = "db:show",
    mixinStandardHelpOptions = true,
    description = "Show the connection's tables with their row counts and sizes.")
public final class DbShowCommand extends DatabaseCommand {
  /** The command for a run. */
  public DbShowCommand(CliContext context) {
    super(context);
  }

  @Override
  Mono<Integer> run(Session session) {
    DatabaseCatalog catalog = DatabaseCatalog.of(session.connection());
    return Mono.zip(catalog.tables(), catalog.sizes())
        .flatMap(
            found ->
                Flux.fromIterable(found.getT1())
                    .concatMap(
                        table ->
                            catalog
                                .rowCount(table.name())
                                .map(rows -> row(table, rows, found.getT2())))
                    .collectList()
                    .map(
                        rows -> {
                          context
                              .out()
                              .println(
                                  "Connection "
                                      + session.connectionName()
                                      + " ("
                                      + session.connection().dialect().name()
                                      + "): "
                                      + rows.size()
                                      + (rows.size() == 1 ? " table" : " tables"));
                          TextTable text = new TextTable("Table", "Columns", "Rows", "Size");
                          rows.forEach(text::row);
                          text.print(context.out());
                          return ExitCodes.OK;
                        }));
  }

  private static String[] row(Table table, long rows, Map<String, Long> sizes) {
    Long size = sizes.get(table.name());
    return new String[] {
      table.name(),
      String.valueOf(table.columns().size()),
      String.valueOf(rows),
      size == null ? "-" : bytes(size)
    };
  }

  static String bytes(long size) {
    if (size < 1024) {
      return size + " B";
    }
    if (size < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f kB", size / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
  }
}
