package io.ilana.cli;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.PoolStats;
import io.ilana.db.Transaction;
import io.ilana.db.TransactionOptions;
import io.ilana.dialect.Dialect;
import io.ilana.sql.Sql;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A connection for {@code migrate --pretend}: reads (the catalog checks a schema builder makes) go
 * to the real connection, while every statement that would change something is recorded instead of
 * run. Transactions run as on the real connection, so their control statements change nothing.
 */
public final class PretendConnection implements DatabaseConnection {
  private final DatabaseConnection real;
  private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

  /** Records what would change {@code real}. */
  public PretendConnection(DatabaseConnection real) {
    this.real = real;
  }

  /** The statements recorded so far, in order. */
  public List<String> statements() {
    synchronized (statements) {
      return List.copyOf(statements);
    }
  }

  @Override
  public String name() {
    return real.name();
  }

  @Override
  public Dialect dialect() {
    return real.dialect();
  }

  @Override
  public Flux<Map<String, Object>> select(Sql sql) {
    return real.select(sql);
  }

  @Override
  public Flux<Map<String, Object>> cursor(Sql sql, int fetchSize) {
    return real.cursor(sql, fetchSize);
  }

  @Override
  public Mono<Long> update(Sql sql) {
    return Mono.fromSupplier(
        () -> {
          statements.add(sql.text());
          return 0L;
        });
  }

  @Override
  public Flux<Object> insertGetIds(Sql sql, String keyColumn) {
    return update(sql).thenMany(Flux.empty());
  }

  @Override
  public <T> Mono<T> transaction(Function<Transaction, Mono<T>> work) {
    return real.transaction(work);
  }

  @Override
  public <T> Flux<T> transactionMany(Function<Transaction, ? extends Publisher<T>> work) {
    return real.transactionMany(work);
  }

  @Override
  public <T> Mono<T> transaction(TransactionOptions options, Function<Transaction, Mono<T>> work) {
    return real.transaction(options, work);
  }

  @Override
  public Mono<Transaction> beginTransaction() {
    return real.beginTransaction();
  }

  @Override
  public PoolStats poolStats() {
    return real.poolStats();
  }
}
