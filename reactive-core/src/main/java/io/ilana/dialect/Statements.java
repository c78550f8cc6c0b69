package io.ilana.dialect;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs the fixed session statements dialects need (no user input, no bindings). */
final class Statements {
  private Statements() {}

  static Mono<Void> run(Connection connection, String sql) {
    return Flux.from(connection.createStatement(sql).execute())
        .concatMap(Result::getRowsUpdated)
        .then();
  }
}
