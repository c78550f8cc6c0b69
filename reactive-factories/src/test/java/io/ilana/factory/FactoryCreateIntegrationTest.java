package io.ilana.factory;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.UniqueConstraintViolationException;
import io.ilana.factory.fixtures.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Factories saving models: one, many in multi-row inserts, states, overrides and hooks. */
class FactoryCreateIntegrationTest {
  private FactoryDb db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private Factory<User> users(TestDatabase database) {
    db = FactoryDb.open(database);
    return User.factory().on(db.manager);
  }

  @DialectTest
  void createSavesOneModelWithItsKeyAndTimestamps(TestDatabase database) {
    User user = users(database).create().block();

    assertThat(user.exists()).isTrue();
    assertThat(user.getKey()).isNotNull();
    assertThat(user.get("created_at")).isNotNull();
    assertThat(User.TYPE.query(db.manager).find(user.getKey()).block().getString("email"))
        .isEqualTo(user.getString("email"));
  }

  @DialectTest
  void aThousandModelsTakeAtMostFiveInsertsAndAllGetTheirGeneratedKeys(TestDatabase database) {
    ManyFactory<User> users =
        users(database).times(1000).sequence("email", i -> Map.of("email", "u" + i + "@x.io"));

    List<User> created = users.create().collectList().block();

    assertThat(db.sql("insert")).hasSizeLessThanOrEqualTo(5);
    assertThat(created).hasSize(1000).allMatch(User::exists);
    assertThat(new HashSet<>(created.stream().map(User::getKey).toList())).hasSize(1000);
    assertThat(db.count("f_users")).isEqualTo(1000L);
    User last = created.get(999);
    assertThat(User.TYPE.query(db.manager).find(last.getKey()).block().getString("email"))
        .isEqualTo(last.getString("email"));
  }

  @DialectTest
  void tenThousandSequencedEmailsAreUniqueInTheDatabase(TestDatabase database) {
    ManyFactory<User> users =
        users(database)
            .times(10_000)
            .sequence("email", i -> Map.of("email", "user" + i + "@example.com"));

    StepVerifier.create(users.create().count()).expectNext(10_000L).verifyComplete();

    assertThat(
            db.connection
                .select("select count(distinct email) as n from f_users")
                .map(row -> ((Number) row.values().iterator().next()).longValue())
                .blockFirst())
        .isEqualTo(10_000L);
  }

  @DialectTest
  void overridesAndStatesReachTheDatabase(TestDatabase database) {
    Factory<User> users = users(database);

    User john = users.create(Map.of("name", "John Doe", "email", "john@example.com")).block();
    User admin = users.state("admin").state("premium").create().block();

    User readJohn = User.TYPE.query(db.manager).find(john.getKey()).block();
    User readAdmin = User.TYPE.query(db.manager).find(admin.getKey()).block();
    assertThat(readJohn.getString("name")).isEqualTo("John Doe");
    assertThat(readAdmin.getString("role")).isEqualTo("admin");
    assertThat(readAdmin.getBoolean("is_admin")).isTrue();
    assertThat(readAdmin.getString("subscription_type")).isEqualTo("premium");
  }

  @DialectTest
  void hooksRunInOrderAndTheReactiveOnesAreAwaited(TestDatabase database) {
    List<String> calls = Collections.synchronizedList(new ArrayList<>());
    Factory<User> users =
        users(database)
            .afterMaking(user -> calls.add("afterMaking:" + user.exists()))
            .beforeCreating(
                user -> {
                  calls.add("beforeCreating:" + user.exists());
                  user.set("slug", "made-before-save");
                  return Mono.empty();
                })
            .afterCreating(
                (user, context) ->
                    user.profile()
                        .create(Map.of("bio", "hello"))
                        .doOnNext(
                            profile ->
                                calls.add(
                                    "afterCreating:"
                                        + user.exists()
                                        + ":"
                                        + context.hasState("with_profile"))))
            .state("with_profile");

    User user = users.create().block();

    assertThat(calls)
        .containsExactly("afterMaking:false", "beforeCreating:false", "afterCreating:true:true");
    assertThat(User.TYPE.query(db.manager).find(user.getKey()).block().getString("slug"))
        .isEqualTo("made-before-save");
    assertThat(db.count("f_profiles")).isEqualTo(1L);
  }

  @DialectTest
  void createInBatchesWritesEveryModelOneBatchAtATime(TestDatabase database) {
    ManyFactory<User> users =
        users(database).times(1200).sequence("email", i -> Map.of("email", "b" + i + "@x.io"));

    StepVerifier.create(users.createInBatches(500).count()).expectNext(1200L).verifyComplete();

    assertThat(db.count("f_users")).isEqualTo(1200L);
    assertThat(db.sql("insert")).hasSize(3);
  }

  @DialectTest
  void aCreateThatFailsLeavesNoRowsBehind(TestDatabase database) {
    ManyFactory<User> users = users(database).times(3).state(Map.of("email", "same@example.com"));

    StepVerifier.create(users.create())
        .expectError(UniqueConstraintViolationException.class)
        .verify();

    assertThat(db.count("f_users")).isZero();
  }

  @DialectTest
  void aFailingAfterCreatingHookRollsTheModelsBack(TestDatabase database) {
    ManyFactory<User> users =
        users(database)
            .times(2)
            .afterCreating(user -> Mono.error(new IllegalStateException("hook failed")));

    StepVerifier.create(users.create()).expectErrorMessage("hook failed").verify();

    assertThat(db.count("f_users")).isZero();
  }

  @DialectTest
  void aCancelledCreateCommitsNothingAndReturnsItsConnection(TestDatabase database)
      throws InterruptedException {
    ManyFactory<User> users =
        users(database).times(1500).sequence("email", i -> Map.of("email", "c" + i + "@x.io"));

    // take(1) cancels once the first model is out: the transaction has not committed yet.
    StepVerifier.create(users.create().take(1)).expectNextCount(1).verifyComplete();

    long deadline = System.nanoTime() + 10_000_000_000L;
    while (db.pool().acquired() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(db.pool().acquired()).isZero();
    assertThat(db.count("f_users")).isZero();
  }

  @DialectTest
  void aNamedConnectionIsLookedUpInTheChosenManager(TestDatabase database) {
    Factory<User> users = users(database);
    String name = db.connection.name();

    User user = users.connection(name).create().block();

    assertThat(user.exists()).isTrue();
    assertThat(db.count("f_users")).isEqualTo(1L);
  }
}
