package io.ilana.cli.command;

import io.ilana.cli.CliContext;
import io.ilana.cli.CliException;
import io.ilana.cli.ExitCodes;
import io.ilana.cli.Session;
import io.ilana.cli.TextTable;
import io.ilana.cli.catalog.Column;
import io.ilana.cli.catalog.DatabaseCatalog;
import io.ilana.cli.catalog.Table;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.model.Relation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import reactor.core.publisher.Mono;

/**
 * {@code ilana model:show Post}: the model's table, key and soft deletes, its relation methods, and
 * its table's columns as the database has them.
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
    String packageName = session.project().config().generators().models().packageName();
    String name = model.contains(".") || packageName == null ? model : packageName + "." + model;
    Class<?> found;
    try {
      found = Class.forName(name, true, context.classLoader());
    } catch (ClassNotFoundException e) {
      throw new CliException(
          "Model class " + name + " is not on the class path (compile the project first).", e);
    }
    if (!Model.class.isAssignableFrom(found)) {
      throw new CliException(name + " is not a model (it does not extend Model).");
    }
    return found;
  }
}
