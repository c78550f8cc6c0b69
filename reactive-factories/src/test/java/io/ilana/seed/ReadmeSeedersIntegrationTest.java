package io.ilana.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.factory.Factory;
import io.ilana.query.Query;
import io.ilana.schema.Schema;
import io.ilana.seed.SdModels.AnalyticsEvent;
import io.ilana.seed.SdModels.Category;
import io.ilana.seed.SdModels.Feature;
import io.ilana.seed.SdModels.Post;
import io.ilana.seed.SdModels.Role;
import io.ilana.seed.SdModels.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Every seeder example of the reference README's "Seeders" section, in Java, on H2, PostgreSQL and
 * MariaDB. The factory lines of the examples wait for the factories; their plain-model lines run.
 */
class ReadmeSeedersIntegrationTest {
  static final String NL = System.lineSeparator();

  private DatabaseManager manager;
  private final StringWriter output = new StringWriter();

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private Seeding seeding(TestDatabase database, String... connections) {
    manager = SeedDatabases.open(database, 4, connections);
    SdModels.create(Schema.on(manager.connection())).block();
    for (String connection : connections) {
      SdModels.create(Schema.on(manager.connection(connection))).block();
    }
    return Seeding.on(manager).output(new PrintWriter(output, true)).terminal(false);
  }

  private long count(String table) {
    return Query.table(manager.connection(), table).count().block();
  }

  // "Seeder Structure"

  /** The README's UserSeeder: an admin user (its factory lines wait for the factories). */
  static final class UserSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return User.TYPE
          .query(db())
          .create(
              Map.of(
                  "name", "Admin User",
                  "email", "admin@example.com",
                  "password", "password",
                  "role", "admin"))
          .then();
    }
  }

  @DialectTest
  void theUserSeederCreatesTheAdminUser(TestDatabase database) {
    Seeding seeding = seeding(database);

    seeding.run(UserSeeder.class).as(StepVerifier::create).verifyComplete();

    User admin = User.TYPE.query(manager).where("email", "admin@example.com").first().block();
    assertThat(admin.getString("name")).isEqualTo("Admin User");
    assertThat(admin.getString("role")).isEqualTo("admin");
  }

  /** The README's UserSeeder with its factory lines: 50 users, then 5 admins. */
  static final class FactoryUserSeeder extends Seeder {
    static final Factory<User> USERS =
        Factory.define(
                User.class,
                faker ->
                    Map.of(
                        "name", faker.name().fullName(), "email", faker.internet().emailAddress()))
            .state("admin", faker -> Map.of("role", "admin"));

    @Override
    public Mono<Void> run() {
      Factory<User> users = USERS.on(db().manager());
      return call(UserSeeder.class)
          .then(users.times(50).create().then())
          .then(users.times(5).state("admin").create().then());
    }
  }

  @DialectTest
  void theUserSeederAlsoCreatesUsersThroughTheFactoryInItsTransaction(TestDatabase database) {
    Seeding seeding = seeding(database);

    seeding.run(FactoryUserSeeder.class).as(StepVerifier::create).verifyComplete();

    assertThat(count("sd_users")).isEqualTo(56);
    assertThat(User.TYPE.query(manager).where("role", "admin").count().block()).isEqualTo(6);
  }

  // "Advanced Seeding Techniques"

  /** Roles. */
  static final class RoleSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return Flux.just("admin", "editor")
          .concatMap(name -> Role.TYPE.query(db()).create(Map.of("name", name)))
          .then();
    }
  }

  /** Categories. */
  static final class CategorySeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return Category.TYPE.query(db()).create(Map.of("name", "news")).then();
    }
  }

  /** One post by the admin. */
  static final class PostSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return User.TYPE
          .query(db())
          .where("email", "admin@example.com")
          .firstOrFail()
          .flatMap(
              admin ->
                  Post.TYPE.query(db()).create(Map.of("title", "Hello", "user_id", admin.getKey())))
          .then();
    }
  }

  /** The admin gets every role. */
  static final class UserRoleSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return User.TYPE
          .query(db())
          .firstOrFail()
          .flatMapMany(
              user ->
                  Role.TYPE
                      .query(db())
                      .get()
                      .concatMap(
                          role ->
                              Query.table(db(), "sd_user_roles")
                                  .insert(
                                      Map.of("user_id", user.getKey(), "role_id", role.getKey()))))
          .then();
    }
  }

  /** The README's DatabaseSeeder: checks off, tables emptied children first, seeders in order. */
  static final class DatabaseSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return disableForeignKeyChecks()
          .then(
              truncateInOrder("sd_user_roles", "sd_posts", "sd_users", "sd_roles", "sd_categories"))
          .then(
              call(
                  RoleSeeder.class,
                  CategorySeeder.class,
                  UserSeeder.class,
                  PostSeeder.class,
                  UserRoleSeeder.class))
          .then(enableForeignKeyChecks());
    }
  }

  @DialectTest
  void theDatabaseSeederEmptiesTheTablesAndSeedsInDependencyOrder(TestDatabase database) {
    Seeding seeding = seeding(database);
    seeding.run(UserSeeder.class).then(seeding.run(PostSeeder.class)).block();

    seeding.run(DatabaseSeeder.class).as(StepVerifier::create).verifyComplete();

    assertThat(output.toString())
        .isEqualTo(
            "Seeded: RoleSeeder"
                + NL
                + "Seeded: CategorySeeder"
                + NL
                + "Seeded: UserSeeder"
                + NL
                + "Seeded: PostSeeder"
                + NL
                + "Seeded: UserRoleSeeder"
                + NL);
    assertThat(count("sd_users")).isEqualTo(1);
    assertThat(count("sd_posts")).isEqualTo(1);
    assertThat(count("sd_roles")).isEqualTo(2);
    assertThat(count("sd_categories")).isEqualTo(1);
    assertThat(count("sd_user_roles")).isEqualTo(2);
  }

  // "Connection-Specific Seeding"

  /** Writes to the analytics_db connection, whatever the runner's connection is. */
  static final class AnalyticsSeeder extends Seeder {
    @Override
    protected String connection() {
      return "analytics_db";
    }

    @Override
    public Mono<Void> run() {
      return AnalyticsEvent.TYPE
          .query(db())
          .create(Map.of("event_type", "user_signup", "data", "{\"source\":\"web\"}"))
          .then();
    }
  }

  @DialectTest
  void aSeederRunsOnTheConnectionItNames(TestDatabase database) {
    Seeding seeding = seeding(database, "analytics_db");

    seeding.run(AnalyticsSeeder.class).as(StepVerifier::create).verifyComplete();

    List<String> events =
        Query.table(manager.connection("analytics_db"), "sd_events")
            .get()
            .map(row -> String.valueOf(row.get("event_type")))
            .collectList()
            .block();
    assertThat(events).containsExactly("user_signup");
    if (database.isEmbedded()) {
      // On H2 the two connections are two databases: the default one got nothing.
      assertThat(count("sd_events")).isZero();
    }
  }

  // "Conditional and Environment-Specific Seeding"

  /** The README's conditional UserSeeder, with the environment asked of the runner. */
  static final class ConditionalUserSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      Mono<Void> users =
          User.TYPE
              .query(db())
              .count()
              .flatMap(count -> count == 0 ? seedUsers() : Mono.<Void>empty());
      Mono<Void> environmentData =
          Mono.defer(
              () -> {
                if (environmentIs("development")) {
                  return seedTestData();
                }
                if (environmentIs("production")) {
                  return seedProductionData();
                }
                return Mono.empty();
              });
      Mono<Void> premium =
          Mono.defer(
              () ->
                  Boolean.getBoolean("sd.enable.premium.features")
                      ? seedPremiumFeatures()
                      : Mono.<Void>empty());
      return users.then(environmentData).then(premium);
    }

    private Mono<Void> seedUsers() {
      return User.TYPE
          .query(db())
          .create(
              Map.of(
                  "name", "System Admin",
                  "email", "admin@example.com",
                  "password", "secure_password",
                  "role", "admin"))
          .then();
    }

    private Mono<Void> seedTestData() {
      return User.TYPE
          .query(db())
          .create(Map.of("name", "Test User", "email", "test@example.com", "password", "password"))
          .then();
    }

    private Mono<Void> seedProductionData() {
      return User.TYPE
          .query(db())
          .create(
              Map.of(
                  "name", "System Administrator",
                  "email", System.getProperty("sd.admin.email", "ops@example.com"),
                  "role", "admin"))
          .then();
    }

    private Mono<Void> seedPremiumFeatures() {
      return Feature.TYPE
          .query(db())
          .create(Map.of("name", "Premium Analytics", "is_premium", true, "is_enabled", true))
          .then();
    }
  }

  private List<String> userNames() {
    return User.TYPE
        .query(manager)
        .orderBy("id")
        .get()
        .map(user -> user.getString("name"))
        .collectList()
        .block();
  }

  @DialectTest
  void inDevelopmentTheTestUserIsSeeded(TestDatabase database) {
    Seeding seeding = seeding(database);

    seeding.environment("development").run(ConditionalUserSeeder.class).block();

    assertThat(userNames()).containsExactly("System Admin", "Test User");
    assertThat(count("sd_features")).isZero();
  }

  @DialectTest
  void inProductionOnlyTheEssentialUserIsSeededAndUsersAreSeededOnce(TestDatabase database) {
    Seeding production = seeding(database).environment("production");

    production.run(ConditionalUserSeeder.class).block();
    production.run(ConditionalUserSeeder.class).block();

    assertThat(userNames())
        .containsExactly("System Admin", "System Administrator", "System Administrator");
  }

  @DialectTest
  void theEnvironmentComesFromTheSystemPropertyWhenTheRunnerNamesNone(TestDatabase database) {
    Seeding seeding = seeding(database);
    System.setProperty(Seeding.ENVIRONMENT_PROPERTY, "production");
    System.setProperty("sd.enable.premium.features", "true");
    try {
      seeding.run(ConditionalUserSeeder.class).block();
    } finally {
      System.clearProperty(Seeding.ENVIRONMENT_PROPERTY);
      System.clearProperty("sd.enable.premium.features");
    }

    assertThat(userNames()).containsExactly("System Admin", "System Administrator");
    assertThat(count("sd_features")).isEqualTo(1);
  }

  // "Seeder with Progress Tracking"

  /** Writes users in batches of 250 and reports each batch. */
  static final class LargeDataSeeder extends Seeder {
    static final int TOTAL_USERS = 1000;

    @Override
    public Mono<Void> run() {
      return progress(
              TOTAL_USERS,
              tracker ->
                  Flux.range(0, TOTAL_USERS / 250)
                      .concatMap(
                          batch ->
                              Query.table(db(), "sd_users")
                                  .insert(batch(batch))
                                  .doOnNext(inserted -> tracker.advance(250))))
          .then(Mono.fromRunnable(() -> info("User seeding completed!")));
    }

    private static List<Map<String, Object>> batch(int batch) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = batch * 250; i < batch * 250 + 250; i++) {
        rows.add(
            Map.of("name", "User " + i, "email", "user" + i + "@example.com", "is_active", true));
      }
      return rows;
    }
  }

  @DialectTest
  void progressIsPlainLinesWhenTheOutputIsNoTerminal(TestDatabase database) {
    Seeding seeding = seeding(database);

    seeding.run(LargeDataSeeder.class).as(StepVerifier::create).verifyComplete();

    assertThat(output.toString())
        .isEqualTo(
            "LargeDataSeeder: 0/1000 (0%)"
                + NL
                + "LargeDataSeeder: 250/1000 (25%)"
                + NL
                + "LargeDataSeeder: 500/1000 (50%)"
                + NL
                + "LargeDataSeeder: 750/1000 (75%)"
                + NL
                + "LargeDataSeeder: 1000/1000 (100%)"
                + NL
                + "User seeding completed!"
                + NL);
    assertThat(count("sd_users")).isEqualTo(1000);
  }

  @DialectTest
  void progressIsABarRedrawnInPlaceOnATerminal(TestDatabase database) {
    Seeding seeding = seeding(database).terminal(true);

    seeding.run(LargeDataSeeder.class).as(StepVerifier::create).verifyComplete();

    String empty = "-".repeat(30);
    assertThat(output.toString())
        .isEqualTo(
            "\rLargeDataSeeder ["
                + empty
                + "] 0% (0/1000)"
                + "\rLargeDataSeeder ["
                + "#".repeat(7)
                + "-".repeat(23)
                + "] 25% (250/1000)"
                + "\rLargeDataSeeder ["
                + "#".repeat(15)
                + "-".repeat(15)
                + "] 50% (500/1000)"
                + "\rLargeDataSeeder ["
                + "#".repeat(22)
                + "-".repeat(8)
                + "] 75% (750/1000)"
                + "\rLargeDataSeeder ["
                + "#".repeat(30)
                + "] 100% (1000/1000)"
                + NL
                + "User seeding completed!"
                + NL);
  }

  // "Advanced seeder utilities"

  /** The README's admin user, seeded once. */
  static final class AdminSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return User.TYPE
          .query(db())
          .create(Map.of("name", "Admin", "email", "root@example.com", "role", "admin"))
          .then();
    }
  }

  /** callWith and callOnce, as the README's utilities seeder uses them (its wipe is below). */
  static final class UtilitiesSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      Map<String, Class<? extends Seeder>> seeders = new LinkedHashMap<>();
      seeders.put("UserSeeder", UserSeeder.class);
      seeders.put("PostSeeder", PostSeeder.class);
      return callWith(seeders, "mysql_primary")
          .then(callOnce(AdminSeeder.class, "admin_user_setup"));
    }
  }

  @DialectTest
  void callWithRunsTheMapOnTheConnectionAndCallOnceSeedsOnceAcrossRuns(TestDatabase database) {
    Seeding seeding = seeding(database, "mysql_primary");

    seeding.run(UtilitiesSeeder.class).block();
    seeding.run(UtilitiesSeeder.class).block();

    assertThat(output.toString())
        .isEqualTo(
            "Seeded: UserSeeder"
                + NL
                + "Seeded: PostSeeder"
                + NL
                + "Seeded: AdminSeeder"
                + NL
                + "Seeded: UserSeeder"
                + NL
                + "Seeded: PostSeeder"
                + NL
                + "Skipped: AdminSeeder (admin_user_setup)"
                + NL);
    long admins = User.TYPE.query(manager).where("email", "root@example.com").count().block();
    assertThat(admins).isEqualTo(1);
    long seededOnPrimary =
        User.TYPE
            .query(manager.connection("mysql_primary"))
            .where("email", "admin@example.com")
            .count()
            .block();
    assertThat(seededOnPrimary).isEqualTo(2);
  }

  /** Wipes the database. */
  static final class WipingSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return wipeDatabase();
    }
  }

  @DialectTest
  void wipeDatabaseDropsEveryTable(TestDatabase database) {
    Seeding seeding = seeding(database);

    seeding.run(WipingSeeder.class).as(StepVerifier::create).verifyComplete();

    Schema schema = Schema.on(manager.connection());
    assertThat(schema.hasTable("sd_users").block()).isFalse();
    assertThat(schema.hasTable("sd_posts").block()).isFalse();
  }
}
