package io.ilana.query;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.IlanaConfig;
import io.ilana.db.Database;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class QueryFacadeTest {

  @AfterEach
  void close() {
    Database.close().block();
  }

  @Test
  void tableStartsAQueryOnTheDefaultConnection() {
    Database.configure(
        IlanaConfig.builder()
            .connection(ConnectionConfig.builder("main", "h2").database("mem:query_facade").build())
            .connection(
                ConnectionConfig.builder("other", "h2").database("mem:query_facade_other").build())
            .build());
    Database.statement("create table pets (name varchar(20), kind varchar(10))")
        .then(
            Query.table("pets")
                .insert(
                    List.of(
                        Map.of("name", "Rex", "kind", "dog"),
                        Map.of("name", "Tom", "kind", "cat"))))
        .then(Query.table("pets").where("kind", "dog").value("name"))
        .as(StepVerifier::create)
        .expectNext("Rex")
        .verifyComplete();
    Database.connection("other")
        .statement("create table pets (name varchar(20))")
        .then(Query.table("other", "pets").count())
        .as(StepVerifier::create)
        .expectNext(0L)
        .verifyComplete();
  }
}
