package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.InvalidDirectionException;
import io.ilana.error.InvalidIdentifierException;
import io.ilana.error.InvalidOperatorException;
import io.ilana.error.QueryException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.HostileInput;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class InjectionCanaryIntegrationTest {
  private static final String CANARY = "qb_canary";

  private static void createCanary(QueryFixture db) {
    db.run("drop table if exists " + CANARY);
    db.run("create table " + CANARY + " (" + db.id() + ", secret varchar(200))");
    db.table(CANARY)
        .insert(
            List.of(
                QueryFixture.row("secret", "one"),
                QueryFixture.row("secret", "two"),
                QueryFixture.row("secret", "three")))
        .block();
  }

  private static void assertCanaryIntact(QueryFixture db) {
    assertThat(db.table(CANARY).orderBy("id").pluck("secret").block())
        .containsExactly("one", "two", "three");
  }

  /** Calls every method with every input; returns the inputs that were not rejected. */
  private static List<String> notRejected(
      QueryBuilder query,
      Map<String, BiConsumer<QueryBuilder, String>> methods,
      List<String> inputs,
      Class<? extends RuntimeException> expected) {
    List<String> escaped = new ArrayList<>();
    methods.forEach(
        (name, method) -> {
          for (String input : inputs) {
            try {
              method.accept(query, input);
              escaped.add(name + " accepted " + input);
            } catch (RuntimeException e) {
              if (!expected.isInstance(e)) {
                escaped.add(name + " threw " + e);
              }
            }
          }
        });
    return escaped;
  }

  @DialectTest
  void hostileIdentifiersOperatorsAndDirectionsNeverReachTheDatabase(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      createCanary(db);
      db.events.clear();
      QueryBuilder query = db.table(CANARY);
      assertThat(
              notRejected(
                  query,
                  HostileInputTest.IDENTIFIER_METHODS,
                  HostileInput.identifiers(),
                  InvalidIdentifierException.class))
          .isEmpty();
      assertThat(
              notRejected(
                  query,
                  HostileInputTest.OPERATOR_METHODS,
                  HostileInput.operators(),
                  InvalidOperatorException.class))
          .isEmpty();
      assertThat(
              notRejected(
                  query,
                  HostileInputTest.DIRECTION_METHODS,
                  HostileInput.directions(),
                  InvalidDirectionException.class))
          .isEmpty();
      // The seed insert's event may arrive after block() returned; it is the only one allowed.
      assertThat(db.events)
          .as("statements sent")
          .allMatch(event -> event.bindings().equals(List.of("'one'", "'two'", "'three'")));
      assertCanaryIntact(db);
    }
  }

  @DialectTest
  void hostileValuesAreBoundAndMatchNothing(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      createCanary(db);
      List<String> payloads = new ArrayList<>(HostileInput.FRAGMENTS);
      payloads.addAll(
          List.of(
              "'; drop table " + CANARY + "; --",
              "1; delete from " + CANARY,
              "' or '1'='1' --",
              "x' union select secret from " + CANARY + " --"));
      List<Mono<?>> attempts = new ArrayList<>();
      for (String payload : payloads) {
        QueryBuilder canary = db.table(CANARY);
        attempts.add(canary.where("secret", payload).get().collectList());
        attempts.add(canary.where("secret", "like", "zz" + payload).count());
        attempts.add(canary.whereIn("secret", List.of(payload, "x")).count());
        attempts.add(canary.whereRaw("secret = ?", payload).count());
        attempts.add(canary.where("id", -1).orderByRaw("secret = ?", payload).pluck("secret"));
        attempts.add(canary.where("id", -1).update(Map.of("secret", payload)));
        attempts.add(canary.where("secret", payload).delete());
      }
      List<Object> outcomes =
          Flux.concat(
                  Flux.fromIterable(attempts)
                      .map(
                          attempt ->
                              attempt
                                  .<Object>map(result -> result)
                                  .onErrorResume(
                                      // PostgreSQL refuses NUL in text: an error, never an effect.
                                      QueryException.class, e -> Mono.just("rejected"))))
              .collectList()
              .block();
      assertThat(outcomes)
          .allMatch(o -> o.equals(0L) || o.equals(List.of()) || "rejected".equals(o));
      assertCanaryIntact(db);
    }
  }
}
