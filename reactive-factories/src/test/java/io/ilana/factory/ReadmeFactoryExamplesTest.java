package io.ilana.factory;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.factory.fixtures.Post;
import io.ilana.factory.fixtures.Role;
import io.ilana.factory.fixtures.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The README's "Model factories" snippets, in its order, run against each database: the reference
 * README's examples in Java. The only change is {@code .on(db.manager)}, since the tests use a
 * manager per database instead of the default one.
 */
class ReadmeFactoryExamplesTest {
  private FactoryDb db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private Factory<User> users() {
    return User.factory().on(db.manager);
  }

  @DialectTest
  void usingFactories(TestDatabase database) {
    db = FactoryDb.open(database);
    boolean someCondition = true;
    boolean otherCondition = false;

    Mono<User> user = users().create();
    Flux<User> users = users().times(10).create();
    Mono<User> john = users().create(Map.of("name", "John Doe", "email", "john@example.com"));
    Mono<User> admin = users().state("admin").create();
    Mono<User> premiumAdmin = users().state("admin").state("premium").create();
    User made = users().make();
    List<User> five = users().times(5).make();
    Map<String, Object> data = users().raw();
    List<Map<String, Object>> rows = users().times(3).raw();
    Mono<User> configured =
        users()
            .configure(factory -> factory.resetSequence("email"))
            .when(someCondition, factory -> factory.state("premium"))
            .unless(otherCondition, factory -> factory.state("basic"))
            .create();

    assertThat(user.block().exists()).isTrue();
    assertThat(users.count().block()).isEqualTo(10L);
    assertThat(john.block().getString("name")).isEqualTo("John Doe");
    assertThat(admin.block().getString("role")).isEqualTo("admin");
    assertThat(premiumAdmin.block().getString("subscription_type")).isEqualTo("premium");
    assertThat(made.exists()).isFalse();
    assertThat(five).hasSize(5);
    assertThat(data).containsKeys("name", "email");
    assertThat(rows).hasSize(3);
    assertThat(configured.block().getString("subscription_type")).isEqualTo("basic");
    assertThat(db.count("f_users")).isEqualTo(15L);
  }

  @DialectTest
  void createWithRelationsAndBatches(TestDatabase database) {
    db = FactoryDb.open(database);
    Role existing = Role.factory().on(db.manager).create(Map.of("name", "admin")).block();

    User user =
        users()
            .createWithRelations(
                Map.of(),
                Map.of("roles", List.of(Map.of("id", existing.getKey(), "name", "admin"))))
            .block();
    long batched =
        users()
            .times(2_000)
            .sequence("email", i -> Map.of("email", "batch" + i + "@example.com"))
            .createInBatches(500)
            .count()
            .block();

    assertThat(user.relationList("roles", Role.class)).hasSize(1);
    assertThat(db.count("f_role_user")).isEqualTo(1L);
    assertThat(batched).isEqualTo(2_000L);
  }

  @DialectTest
  void factoryRelationships(TestDatabase database) {
    db = FactoryDb.open(database);
    User user = users().create().block();
    User owner = users().create().block();

    Post.factory()
        .on(db.manager)
        .forRelation("user", User.factory().state("admin"))
        .times(3)
        .create()
        .blockLast();
    Post.factory().on(db.manager).times(5).create(Map.of("user_id", user.getKey())).blockLast();
    Post.factory().on(db.manager).forRelation("user", user).create().block();
    users().has(Post.factory().times(3), "posts").create().block();
    users()
        .hasAttached(Role.factory().times(2), "roles", Map.of("granted_by", "seeder"))
        .create()
        .block();
    Post.factory().on(db.manager).times(4).recycle(owner).create().blockLast();

    // user, owner, the admin, the user with posts, the user with roles: no more.
    assertThat(db.count("f_users")).isEqualTo(5L);
    assertThat(db.count("f_posts")).isEqualTo(3L + 5 + 1 + 3 + 4);
    assertThat(db.count("f_role_user")).isEqualTo(2L);
  }

  @DialectTest
  void sequences(TestDatabase database) {
    db = FactoryDb.open(database);
    Factory.resetGlobalSequence("user");

    List<User> cycled =
        users()
            .times(4)
            .sequence(Map.of("role", "admin"), Map.of("role", "user"))
            .create()
            .collectList()
            .block();
    long indexed =
        users()
            .times(10_000)
            .sequence("email", i -> Map.of("email", "user" + i + "@example.com"))
            .create()
            .count()
            .block();
    User owner =
        users()
            .sequence(Sequence.once("roles", Map.of("role", "owner"), Map.of("role", "admin")))
            .create()
            .block();
    User global =
        users()
            .state(
                Map.of(
                    "email",
                    (Supplier<String>)
                        () -> "user" + Factory.globalSequence("user") + "@global.example.com"))
            .create()
            .block();
    Factory.resetGlobalSequence("user");

    assertThat(cycled.stream().map(u -> u.getString("role")))
        .containsExactly("admin", "user", "admin", "user");
    assertThat(indexed).isEqualTo(10_000L);
    assertThat(owner.getString("role")).isEqualTo("owner");
    assertThat(global.getString("email")).isEqualTo("user1@global.example.com");
  }

  @DialectTest
  void callbacksAndHooks(TestDatabase database) {
    db = FactoryDb.open(database);

    User user =
        users()
            .beforeMaking(
                attrs -> {
                  attrs.putIfAbsent("email", attrs.get("name") + "@example.com");
                  return attrs;
                })
            .afterMaking(
                made -> made.set("slug", made.getString("name").toLowerCase().replace(' ', '-')))
            .beforeCreating(
                made -> {
                  made.set("email_verified_at", Instant.now());
                  return Mono.empty();
                })
            .afterCreating(
                (made, context) ->
                    context.hasState("with_profile")
                        ? made.profile().create(Map.of("bio", "…"))
                        : Mono.empty())
            .state("with_profile")
            .create()
            .block();

    User read = User.TYPE.query(db.manager).find(user.getKey()).block();
    assertThat(read.getString("slug"))
        .isEqualTo(user.getString("name").toLowerCase().replace(' ', '-'));
    assertThat(read.get("email_verified_at")).isNotNull();
    assertThat(db.count("f_profiles")).isEqualTo(1L);
  }

  @DialectTest
  void traitsAndPerformance(TestDatabase database) {
    db = FactoryDb.open(database);
    List<BulkProgress> progress = new ArrayList<>();

    Trait<User> premium = Factory.trait(factory -> factory.state("premium"));
    User user = users().configure(premium).create().block();
    Mono<Long> written =
        Factory.bulk(
                User.class,
                faker ->
                    Map.of(
                        "name",
                        faker.name().fullName(),
                        "email",
                        faker.internet().uuid() + "@example.com"))
            .on(db.manager)
            .setBatchSize(1000)
            .onProgress(progress::add)
            .create(5_000);

    assertThat(user.getString("subscription_type")).isEqualTo("premium");
    assertThat(written.block()).isEqualTo(5_000L);
    assertThat(progress).hasSize(5);
    assertThat(progress.get(4)).isEqualTo(new BulkProgress(5_000, 5_000, 5));
    assertThat(db.count("f_users")).isEqualTo(5_001L);
  }

  @DialectTest
  void factoryTesting(TestDatabase database) {
    db = FactoryDb.open(database);

    User user = users().create().block();
    User admin = users().state("admin").create().block();

    assertThat(user.getString("name")).isNotNull();
    assertThat(user.getString("email")).matches("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
    assertThat(admin.getString("role")).isEqualTo("admin");
    assertThat(admin.getBoolean("is_admin")).isTrue();
  }
}
