package io.ilana.benchmarks;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The baseline: what a careful hand-written R2DBC call does for the same statement. */
final class RawR2dbc {
  private final ConnectionPool pool;

  RawR2dbc(ConnectionPool pool) {
    this.pool = pool;
  }

  Flux<Map<String, Object>> select(String sql, Object... bindings) {
    return Flux.usingWhen(
        pool.create(),
        connection -> {
          var statement = connection.createStatement(sql);
          for (int i = 0; i < bindings.length; i++) {
            statement.bind(i, bindings[i]);
          }
          return Flux.from(statement.execute()).concatMap(result -> result.map(RawR2dbc::toMap));
        },
        Connection::close);
  }

  Mono<Long> update(String sql, Object... bindings) {
    return Mono.usingWhen(
        pool.create(),
        connection -> {
          var statement = connection.createStatement(sql);
          for (int i = 0; i < bindings.length; i++) {
            statement.bind(i, bindings[i]);
          }
          return Flux.from(statement.execute())
              .concatMap(result -> result.getRowsUpdated())
              .reduce(0L, Long::sum);
        },
        Connection::close);
  }

  /**
   * Runs the insert statements in one transaction on one connection, each with its bindings, and
   * emits how many generated {@code key} values came back.
   */
  Mono<Long> insertGetIds(List<String> statements, List<Object[]> bindings, String key) {
    return Mono.usingWhen(
        pool.create(),
        connection ->
            Mono.from(connection.beginTransaction())
                .thenMany(
                    Flux.range(0, statements.size())
                        .concatMap(
                            index -> {
                              var statement = connection.createStatement(statements.get(index));
                              Object[] values = bindings.get(index);
                              for (int i = 0; i < values.length; i++) {
                                statement.bind(i, values[i]);
                              }
                              return Flux.from(statement.returnGeneratedValues(key).execute())
                                  .concatMap(result -> result.map((row, metadata) -> row.get(0)));
                            }))
                .count()
                .flatMap(keys -> Mono.from(connection.commitTransaction()).thenReturn(keys)),
        Connection::close);
  }

  private static Map<String, Object> toMap(Row row, RowMetadata metadata) {
    List<? extends ColumnMetadata> columns = metadata.getColumnMetadatas();
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      values.put(columns.get(i).getName(), row.get(i));
    }
    return values;
  }
}
