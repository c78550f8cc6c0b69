package io.ilana.schema;

import io.ilana.db.DatabaseConnection;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.schema.grammar.SchemaGrammar;
import io.ilana.sql.Sql;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Checks a blueprint against the catalog before its DDL is sent, where the database would refuse it
 * only half-way or without saying what to do: on MySQL and MariaDB a foreign key between integer
 * columns of different types fails after its table was created; on PostgreSQL a PostGIS type
 * without PostGIS is only "type does not exist".
 */
final class DdlPreflight {
  private static final Pattern INTEGER =
      Pattern.compile("(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT)( UNSIGNED)?( ZEROFILL)?");
  private static final Pattern DISPLAY_WIDTH = Pattern.compile("\\(\\d+\\)");

  private final DatabaseConnection connection;
  private final SchemaGrammar grammar;

  /**
   * Extensions seen in the database. Only a found extension is remembered: a migration may create
   * one (CREATE EXTENSION) and use it in its next statement.
   */
  private final Set<String> extensions = ConcurrentHashMap.newKeySet();

  DdlPreflight(DatabaseConnection connection, SchemaGrammar grammar) {
    this.connection = connection;
    this.grammar = grammar;
  }

  /**
   * Fails with {@link UnsupportedFeatureException} when a column needs an extension the database
   * lacks, and with {@link ForeignKeyTypeMismatchException} when a single-column foreign key of the
   * blueprint joins an integer column it declares to an integer column of another type.
   */
  Mono<Void> check(Blueprint blueprint) {
    Mono<Void> foreignKeys =
        Flux.fromIterable(blueprint.commands())
            .ofType(ForeignKeyDefinition.class)
            .filter(foreign -> foreign.columns().size() == 1 && foreign.referencedTable() != null)
            .concatMap(foreign -> checkForeignKey(blueprint, foreign))
            .then();
    return Flux.fromIterable(blueprint.columns())
        .concatMap(column -> checkExtension(blueprint, column))
        .then(foreignKeys);
  }

  private Mono<Void> checkExtension(Blueprint blueprint, ColumnDefinition column) {
    String extension = grammar.requiredExtension(column);
    if (extension == null || extensions.contains(extension)) {
      return Mono.empty();
    }
    return connection
        .select(grammar.compileExtensionCheck(extension))
        .next()
        .flatMap(
            row -> {
              if (Boolean.TRUE.equals(value(row, "found"))) {
                extensions.add(extension);
                return Mono.empty();
              }
              int major = ((Number) value(row, "major")).intValue();
              return Mono.error(
                  grammar.missingExtension(extension, blueprint.table(), column, major));
            });
  }

  /** A column of a row by its label, whatever case the database gave the label. */
  private static Object value(Map<String, Object> row, String label) {
    return row.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(label))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private Mono<Void> checkForeignKey(Blueprint blueprint, ForeignKeyDefinition foreign) {
    ColumnDefinition column = declared(blueprint, foreign.columns().get(0));
    String referencedTable = foreign.referencedTable();
    String referencedColumn = foreign.referencedColumns().get(0);
    Sql query = grammar.compileForeignKeyColumnType(referencedTable, referencedColumn);
    if (column == null || query == null) {
      return Mono.empty();
    }
    String type = normalized(grammar.declaredType(column));
    Mono<String> referencedType =
        referencedTable.equals(blueprint.table()) && declared(blueprint, referencedColumn) != null
            ? Mono.just(grammar.declaredType(declared(blueprint, referencedColumn)))
            : connection.select(query).next().map(DdlPreflight::firstValue);
    return referencedType
        .map(DdlPreflight::normalized)
        // Only integers are compared: other types pair up by rules (length, collation) the
        // server's own error explains well enough.
        .filter(other -> isInteger(type) && isInteger(other) && !type.equals(other))
        .flatMap(
            other ->
                Mono.error(
                    new ForeignKeyTypeMismatchException(
                        connection.dialect().name(),
                        blueprint.table() + "." + column.name(),
                        type,
                        referencedTable + "." + referencedColumn,
                        other)));
  }

  private static ColumnDefinition declared(Blueprint blueprint, String name) {
    return blueprint.columns().stream()
        .filter(c -> !c.isChange() && c.name().equalsIgnoreCase(name))
        .findFirst()
        .orElse(null);
  }

  private static String firstValue(Map<String, Object> row) {
    return String.valueOf(row.values().iterator().next());
  }

  /** {@code int(10) unsigned} and {@code INT UNSIGNED} are the same type; INTEGER is INT. */
  static String normalized(String type) {
    String upper = type.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (!upper.startsWith("DECIMAL") && !upper.startsWith("NUMERIC")) {
      upper = DISPLAY_WIDTH.matcher(upper).replaceAll("");
    }
    return upper.replaceFirst("^INTEGER", "INT");
  }

  private static boolean isInteger(String normalizedType) {
    return INTEGER.matcher(normalizedType).matches();
  }
}
