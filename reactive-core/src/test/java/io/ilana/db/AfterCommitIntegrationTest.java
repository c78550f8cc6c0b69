package io.ilana.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class AfterCommitIntegrationTest {
  private DatabaseManager manager;
  private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private DatabaseConnection open(TestDatabase database) {
    manager = TestManagers.open(database);
    return manager.connection();
  }

  private Mono<Void> remember(DatabaseConnection connection, String name) {
    return connection.afterCommit(() -> Mono.fromRunnable(() -> ran.add(name)));
  }

  @DialectTest
  void aCallbackOutsideATransactionRunsAtOnce(TestDatabase database) {
    remember(open(database), "now").block();
    assertThat(ran).containsExactly("now");
  }

  @DialectTest
  void aCallbackWaitsForTheOutermostCommit(TestDatabase database) {
    DatabaseConnection connection = open(database);
    List<String> seenInside = new ArrayList<>();
    connection
        .transaction(
            trx ->
                remember(connection, "outer")
                    .then(connection.transaction(inner -> remember(connection, "inner")))
                    .then(Mono.fromRunnable(() -> seenInside.addAll(ran))))
        .block();
    assertThat(seenInside).isEmpty();
    assertThat(ran).containsExactly("outer", "inner");
  }

  @DialectTest
  void aRolledBackSavepointDropsItsCallbacksOnly(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transaction(
            trx ->
                remember(connection, "kept")
                    .then(
                        connection
                            .transaction(
                                inner ->
                                    remember(connection, "dropped")
                                        .then(Mono.error(new IllegalStateException("inner"))))
                            .onErrorResume(e -> Mono.empty())))
        .block();
    assertThat(ran).containsExactly("kept");
  }

  @DialectTest
  void aRolledBackTransactionRunsNoCallback(TestDatabase database) {
    DatabaseConnection connection = open(database);
    connection
        .transaction(
            trx -> remember(connection, "never").then(Mono.error(new IllegalStateException("x"))))
        .as(StepVerifier::create)
        .expectErrorMessage("x")
        .verify();
    assertThat(ran).isEmpty();
  }
}
