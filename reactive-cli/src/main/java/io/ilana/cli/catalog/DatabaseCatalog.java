package io.ilana.cli.catalog;

import io.ilana.db.DatabaseConnection;
import io.ilana.schema.Schema;
import io.ilana.schema.grammar.CatalogQueries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the tables of a connection's schema (or database) from its catalog. */
public final class DatabaseCatalog {
  private final DatabaseConnection connection;
  private final CatalogQueries queries;

  private DatabaseCatalog(DatabaseConnection connection) {
    this.connection = connection;
    this.queries = Schema.on(connection).grammar().catalogQueries();
  }

  /** The catalog of a connection. */
  public static DatabaseCatalog of(DatabaseConnection connection) {
    return new DatabaseCatalog(connection);
  }

  /** Every base table with its columns and foreign keys, sorted by name. */
  public Mono<List<Table>> tables() {
    return Mono.zip(
            rows(queries.tables()).collectList(),
            rows(queries.columns()).collectList(),
            rows(queries.primaryKeys()).collectList(),
            rows(queries.foreignKeys()).collectList())
        .map(
            all -> {
              Set<String> primary = new HashSet<>();
              for (Map<String, Object> row : all.getT3()) {
                primary.add(text(row, "table_name") + "." + text(row, "column_name"));
              }
              Map<String, List<Column>> columns = new LinkedHashMap<>();
              for (Map<String, Object> row : all.getT2()) {
                String table = text(row, "table_name");
                String column = text(row, "column_name");
                columns
                    .computeIfAbsent(table, t -> new ArrayList<>())
                    .add(
                        new Column(
                            column,
                            text(row, "type").toLowerCase(Locale.ROOT),
                            "YES".equalsIgnoreCase(text(row, "is_nullable")),
                            primary.contains(table + "." + column)));
              }
              Map<String, List<ForeignKey>> keys = new LinkedHashMap<>();
              for (Map<String, Object> row : all.getT4()) {
                String table = text(row, "table_name");
                keys.computeIfAbsent(table, t -> new ArrayList<>())
                    .add(
                        new ForeignKey(
                            table,
                            text(row, "column_name"),
                            text(row, "ref_table"),
                            text(row, "ref_column")));
              }
              List<Table> tables = new ArrayList<>();
              for (Map<String, Object> row : all.getT1()) {
                String name = text(row, "name");
                tables.add(
                    new Table(
                        name,
                        columns.getOrDefault(name, List.of()),
                        keys.getOrDefault(name, List.of())));
              }
              tables.sort((a, b) -> a.name().compareTo(b.name()));
              return tables;
            });
  }

  /** The number of rows of a table. */
  public Mono<Long> rowCount(String table) {
    String sql = "SELECT COUNT(*) AS n FROM " + connection.dialect().quoteIdentifier(table);
    return connection
        .select(sql)
        .next()
        .map(row -> ((Number) value(row, "n")).longValue())
        .defaultIfEmpty(0L);
  }

  /** Table sizes in bytes (data and indexes), or an empty map where the database has none. */
  public Mono<Map<String, Long>> sizes() {
    if (queries.sizes() == null) {
      return Mono.just(Map.of());
    }
    return rows(queries.sizes())
        .collectMap(
            row -> text(row, "name"),
            row -> {
              Object size = value(row, "size");
              return size == null ? 0L : ((Number) size).longValue();
            });
  }

  private Flux<Map<String, Object>> rows(String sql) {
    return connection.select(sql);
  }

  private static Object value(Map<String, Object> row, String key) {
    if (row.containsKey(key)) {
      return row.get(key);
    }
    for (Map.Entry<String, Object> entry : row.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(key)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String text(Map<String, Object> row, String key) {
    Object value = value(row, key);
    return value == null ? null : value.toString();
  }
}
