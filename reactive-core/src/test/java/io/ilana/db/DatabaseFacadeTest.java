package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.error.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class DatabaseFacadeTest {

  @AfterEach
  void close() {
    Database.close().block();
  }

  private static IlanaConfig memory(String name) {
    return IlanaConfig.builder()
        .connection(ConnectionConfig.builder("main", "h2").database("mem:" + name).build())
        .build();
  }

  @Test
  void rawStatementsRunOnTheConfiguredDefaultConnection() {
    Database.configure(memory("facade_raw"));
    Database.statement("create table notes (id int primary key, body varchar(20))")
        .then(Database.insert("insert into notes values ($1, $2)", 1, "hi"))
        .then(Database.update("update notes set body = $1 where id = $2", "hello", 1))
        .thenMany(Database.select("select body from notes"))
        .map(row -> row.get("body"))
        .as(StepVerifier::create)
        .expectNext("hello")
        .verifyComplete();
    Database.delete("delete from notes").as(StepVerifier::create).expectNext(1L).verifyComplete();
  }

  @Test
  void transactionsThroughTheFacadeRollBackOnError() {
    Database.configure(memory("facade_trx"));
    Database.statement("create table notes (id int primary key)")
        .as(StepVerifier::create)
        .verifyComplete();
    Database.transaction(
            trx ->
                Database.insert("insert into notes values ($1)", 1)
                    .then(Database.insert("insert into notes values ($1)", 1)))
        .as(StepVerifier::create)
        .expectError(io.ilana.error.UniqueConstraintViolationException.class)
        .verify();
    Database.select("select count(*) as c from notes")
        .map(row -> ((Number) row.get("c")).longValue())
        .as(StepVerifier::create)
        .expectNext(0L)
        .verifyComplete();
  }

  @Test
  void configuringTwiceIsRefused() {
    Database.configure(memory("facade_twice"));
    assertThatThrownBy(() -> Database.configure(memory("facade_twice_again")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "Database is already configured; call Database.close() before configuring it again.");
  }

  @Test
  void anUnconfiguredFacadeRefusesToReadItsConfigurationOnAnEventLoop() {
    Mono.fromCallable(Database::manager)
        .subscribeOn(Schedulers.parallel())
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(
                        "Database is not configured, and its configuration cannot be read on"
                            + " parallel-")
                    .hasMessageEndingWith(
                        ", a non-blocking thread: call Database.configure(...) or"
                            + " Database.use(manager) at start-up."))
        .verify();
  }
}
