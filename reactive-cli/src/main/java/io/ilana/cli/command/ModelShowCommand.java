package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.Session;
import io.ilana.cli.TextTable;
import io.ilana.cli.catalog.Column;
import io.ilana.cli.catalog.DatabaseCatalog;
import io.ilana.cli.catalog.Table;
import io.ilana.model.ModelType;
import io.ilana.model.Relation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import reactor.core.publisher.Mono;

/**
 * {@code ilana model:show Post}: the model's table, key and soft deletes, its relation methods, its
 * casts, observers, listened events and whether it is prunable, and its table's columns as the
 * database has them.
 */
@Command(
    name = "model:show",
    mixinStandardHelpOptions = true,
    description = "Show a model: its table, key, relations and the table's columns.")
public final class ModelShowCommand extends DatabaseCommand {
  @Parameters(
      paramLabel = "MODEL",
      description = "The model's class: simple (in models.package) or qualified.")
  String model;

  /** The command for a run. */
  public ModelShowCommand(CliContext context) {
    super(context);
  }

  @Override
  Mono<Integer> run(Session session) {
    ModelType<?> type = typeOf(modelClass(session));
    return DatabaseCatalog.of(session.connection())
        .tables()
        .map(
            tables -> {
              print(type, tables);
              return ExitCodes.OK;
            });
  }

  private void print(ModelType<?> type, List<Table> tables) {
    var out = context.out();
    out.println(context.style("@|bold " + type.modelClass().getName() + "|@"));
    out.println("Table:        " + type.table());
    out.println("Key:          " + type.keyName() + " (" + type.keyType() + ")");
    out.println("Soft deletes: " + (type.softDeleting() ? "yes" : "no"));
    List<Method> relations = relations(type.modelClass());
    out.println("Relations:    " + (relations.isEmpty() ? "none" : ""));
    for (Method relation : relations) {
      out.println(
          "  " + relation.getName() + " (" + relation.getReturnType().getSimpleName() + ")");
    }
    out.println("Casts:        " + (type.casts().isEmpty() ? "none" : ""));
    type.casts()
        .forEach(
            (column, cast) ->
                out.println(
                    "  "
                        + column
                        + " ("
                        + cast.getClass().getSimpleName()
                        + " -> "
                        + cast.type().getSimpleName()
                        + ")"));
    List<Class<?>> observers = type.observerClasses();
    out.println(
        "Observers:    "
            + (observers.isEmpty()
                ? "none"
                : String.join(", ", observers.stream().map(Class::getSimpleName).toList())));
    out.println(
        "Listeners:    "
            + (type.listenedEvents().isEmpty()
                ? "none"
                : String.join(
                    ", ",
                    type.listenedEvents().stream()
                        .map(event -> event.name().toLowerCase(Locale.ROOT))
                        .toList())));
    out.println("Prunable:     " + (type.isPrunable() ? "yes" : "no"));
    Table table =
        tables.stream().filter(t -> t.name().equals(type.table())).findFirst().orElse(null);
    if (table == null) {
      out.println("Columns:      table " + type.table() + " does not exist (run ilana migrate)");
      return;
    }
    out.println("Columns:");
    TextTable columns = new TextTable("Column", "Type", "Nullable", "Key");
    for (Column column : table.columns()) {
      columns.row(
          column.name(),
          column.type(),
          column.nullable() ? "yes" : "no",
          column.primaryKey() ? "PK" : "");
    }
    columns.print(out);
  }

  private static List<Method> relations(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> Relation.class.isAssignableFrom(m.getReturnType()))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  /** The class was checked to extend Model; its type parameter is itself, as for every model. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ModelType<?> typeOf(Class<?> modelClass) {
    return ModelType.forClass((Class) modelClass);
  }

  private Class<?> modelClass(Session session) {
    return ModelClasses.resolve(model, session, context.classLoader());
  }
}
