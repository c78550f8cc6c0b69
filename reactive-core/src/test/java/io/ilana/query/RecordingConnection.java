package io.ilana.query;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.PoolStats;
import io.ilana.db.Transaction;
import io.ilana.db.TransactionOptions;
import io.ilana.dialect.Dialect;
import io.ilana.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A connection that records the statements it is given and runs none of them. */
final class RecordingConnection implements DatabaseConnection {
  final List<Sql> statements = new ArrayList<>();
  int transactions;
  private final Dialect dialect;

  RecordingConnection(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public String name() {
    return "recording";
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public Flux<Map<String, Object>> select(Sql sql) {
    return Flux.defer(
        () -> {
          statements.add(sql);
          return Flux.empty();
        });
  }

  @Override
  public Flux<Map<String, Object>> cursor(Sql sql, int fetchSize) {
    return select(sql);
  }

  @Override
  public Mono<Long> update(Sql sql) {
    return Mono.fromCallable(
        () -> {
          statements.add(sql);
          return 1L;
        });
  }

  @Override
  public Flux<Object> insertGetIds(Sql sql, String keyColumn) {
    return Flux.defer(
        () -> {
          statements.add(sql);
          return Flux.just(1L);
        });
  }

  @Override
  public <T> Mono<T> transaction(Function<Transaction, Mono<T>> work) {
    return Mono.defer(
        () -> {
          transactions++;
          return work.apply(null);
        });
  }

  @Override
  public <T> Flux<T> transactionMany(Function<Transaction, ? extends Publisher<T>> work) {
    return Flux.defer(() -> work.apply(null));
  }

  @Override
  public <T> Mono<T> transaction(TransactionOptions options, Function<Transaction, Mono<T>> work) {
    return transaction(work);
  }

  @Override
  public Mono<Transaction> beginTransaction() {
    return Mono.error(new UnsupportedOperationException());
  }

  @Override
  public PoolStats poolStats() {
    throw new UnsupportedOperationException();
  }
}
