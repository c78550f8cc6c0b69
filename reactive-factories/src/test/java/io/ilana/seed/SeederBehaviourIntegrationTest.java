package io.ilana.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseManager;
import io.ilana.error.ForeignKeyViolationException;
import io.ilana.error.UnknownConnectionException;
import io.ilana.query.Query;
import io.ilana.schema.Schema;
import io.ilana.seed.SdModels.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * What the runner guarantees: a failing seeder leaves no rows, foreign key checks come back on on
 * the pooled connection after completion, failure and cancel, seeders are found by name, and bad
 * input fails with messages that say what is wrong.
 */
class SeederBehaviourIntegrationTest {
  static final String NL = System.lineSeparator();

  private DatabaseManager manager;
  private final StringWriter output = new StringWriter();

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private Seeding seeding(TestDatabase database, int poolSize) {
    manager = SeedDatabases.open(database, poolSize);
    SdModels.create(Schema.on(manager.connection())).block();
    return Seeding.on(manager).output(new PrintWriter(output, true)).terminal(false);
  }

  private long count(String table) {
    return Query.table(manager.connection(), table).count().block();
  }

  /** Two users, then a failure. */
  static final class FailingSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return User.TYPE
          .query(db())
          .create(Map.of("name", "a", "email", "a@example.com"))
          .then(User.TYPE.query(db()).create(Map.of("name", "b", "email", "b@example.com")))
          .then(Mono.error(new IllegalStateException("seeding broke")));
    }
  }

  /** Writes a user, then calls the failing seeder. */
  static final class CallsFailingSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return User.TYPE
          .query(db())
          .create(Map.of("name", "first", "email", "first@example.com"))
          .then(call(FailingSeeder.class));
    }
  }

  @DialectTest
  void aSeederThatFailsLeavesNoRows(TestDatabase database) {
    Seeding seeding = seeding(database, 4);

    seeding.run(FailingSeeder.class).as(StepVerifier::create).verifyErrorMessage("seeding broke");

    assertThat(count("sd_users")).isZero();
  }

  @DialectTest
  void aCalledSeederThatFailsTakesItsCallersRowsWithIt(TestDatabase database) {
    Seeding seeding = seeding(database, 4);

    seeding
        .run(CallsFailingSeeder.class)
        .as(StepVerifier::create)
        .verifyErrorMessage("seeding broke");

    assertThat(count("sd_users")).isZero();
    assertThat(output.toString()).isEmpty();
  }

  private static Map<String, Object> orphanPost() {
    return Map.of("title", "orphan", "user_id", 4242);
  }

  /** Inserts a post whose user does not exist, with the checks off, then turns them on. */
  static final class OrphanSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return disableForeignKeyChecks()
          .then(Query.table(db(), "sd_posts").insert(orphanPost()))
          .then(enableForeignKeyChecks());
    }
  }

  /** Leaves the checks off and then fails. */
  static final class OrphanThenFailSeeder extends Seeder {
    @Override
    public Mono<Void> run() {
      return disableForeignKeyChecks()
          .then(Query.table(db(), "sd_posts").insert(orphanPost()))
          .then(Mono.error(new IllegalStateException("failed with checks off")));
    }
  }

  /** Leaves the checks off and waits until it is cancelled. */
  static final class OrphanThenWaitSeeder extends Seeder {
    static volatile CountDownLatch checksOff = new CountDownLatch(1);

    @Override
    public Mono<Void> run() {
      return disableForeignKeyChecks()
          .then(Query.table(db(), "sd_posts").insert(orphanPost()))
          .then(Mono.fromRunnable(() -> checksOff.countDown()))
          .then(Mono.never());
    }
  }

  /** Outside the seeders, on the one pooled connection: an orphan is refused again. */
  private void assertChecksAreOn() {
    Query.table(manager.connection(), "sd_posts")
        .insert(orphanPost())
        .as(StepVerifier::create)
        .expectError(ForeignKeyViolationException.class)
        .verify();
  }

  @DialectTest
  void foreignKeyChecksOffLetAnOrphanInAndAreOnAgainAfterwards(TestDatabase database) {
    Seeding seeding = seeding(database, 1);

    seeding.run(OrphanSeeder.class).as(StepVerifier::create).verifyComplete();

    assertThat(count("sd_posts")).isEqualTo(1);
    assertChecksAreOn();
  }

  @DialectTest
  void checksLeftOffByAFailingSeederAreOnAgainOnThePooledConnection(TestDatabase database) {
    Seeding seeding = seeding(database, 1);

    seeding
        .run(OrphanThenFailSeeder.class)
        .as(StepVerifier::create)
        .verifyErrorMessage("failed with checks off");

    assertChecksAreOn();
  }

  @DialectTest
  void checksLeftOffByACancelledSeederAreOnAgainOnThePooledConnection(TestDatabase database)
      throws InterruptedException {
    Seeding seeding = seeding(database, 1);
    OrphanThenWaitSeeder.checksOff = new CountDownLatch(1);

    Disposable running = seeding.run(OrphanThenWaitSeeder.class).subscribe();
    assertThat(OrphanThenWaitSeeder.checksOff.await(10, TimeUnit.SECONDS)).isTrue();
    running.dispose();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (manager.connection().poolStats().acquired() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }

    assertThat(manager.connection().poolStats().acquired()).isZero();
    assertThat(count("sd_posts")).isZero();
    assertChecksAreOn();
  }

  /** Asks for the checks off without a transaction. */
  static final class NoTransactionSeeder extends Seeder {
    @Override
    protected boolean transactional() {
      return false;
    }

    @Override
    public Mono<Void> run() {
      return disableForeignKeyChecks();
    }
  }

  @DialectTest
  void checksCannotBeTurnedOffWithoutTheSeedersTransaction(TestDatabase database) {
    Seeding seeding = seeding(database, 2);

    seeding
        .run(NoTransactionSeeder.class)
        .as(StepVerifier::create)
        .verifyErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(SeederException.class)
                    .hasMessage(
                        "Seeder [NoTransactionSeeder] called disableForeignKeyChecks() outside a"
                            + " transaction: foreign key checks are a setting of one session, and"
                            + " only the seeder's transaction keeps one pooled connection. Let the"
                            + " seeder run in its transaction (do not override transactional() to"
                            + " return false)."));
  }

  // Finding seeders by name, as `ilana seed --class=...` does.

  private Seeding byName(TestDatabase database, String packageName) {
    return seeding(database, 2).seeders(packageName, getClass().getClassLoader());
  }

  private List<String> roles() {
    return Query.table(manager.connection(), "sd_roles")
        .orderBy("id")
        .get()
        .map(row -> String.valueOf(row.get("name")))
        .collectList()
        .block();
  }

  @DialectTest
  void withoutANameTheDatabaseSeederOfThePackageRuns(TestDatabase database) {
    Seeding seeding = byName(database, "io.ilana.seed.fixtures");

    seeding
        .run((String) null)
        .as(StepVerifier::create)
        .expectNext("DatabaseSeeder")
        .verifyComplete();

    assertThat(roles()).containsExactly("default", "role-seeder");
    assertThat(output.toString()).isEqualTo("Seeded: RoleSeeder" + NL);
  }

  @DialectTest
  void aSimpleNameIsFoundInThePackageAQualifiedOneAnywhere(TestDatabase database) {
    Seeding seeding = byName(database, "io.ilana.seed.fixtures");

    seeding.run("RoleSeeder").as(StepVerifier::create).expectNext("RoleSeeder").verifyComplete();
    seeding
        .run("io.ilana.seed.registered.RegisteredSeeder")
        .as(StepVerifier::create)
        .expectNext("RegisteredSeeder")
        .verifyComplete();

    assertThat(roles()).containsExactly("role-seeder", "registered");
  }

  @DialectTest
  void aSeederRegisteredAsAServiceIsFoundByItsSimpleName(TestDatabase database) {
    Seeding seeding = byName(database, null);

    seeding
        .run("RegisteredSeeder")
        .as(StepVerifier::create)
        .expectNext("RegisteredSeeder")
        .verifyComplete();

    assertThat(roles()).containsExactly("registered");
  }

  @Test
  void anUnknownSeederNameSaysWhereItWasLookedFor() {
    SeederCatalog catalog =
        new SeederCatalog(getClass().getClassLoader(), "io.ilana.seed.fixtures");

    assertThatThrownBy(() -> catalog.find("UserSeeder"))
        .isInstanceOf(SeederException.class)
        .hasMessage(
            "Unknown seeder [UserSeeder]: there is no class io.ilana.seed.fixtures.UserSeeder,"
                + " and no seeder of that name is registered in"
                + " META-INF/services/io.ilana.seed.Seeder.");
    assertThatThrownBy(() -> new SeederCatalog(getClass().getClassLoader(), null).find(null))
        .isInstanceOf(SeederException.class)
        .hasMessage(
            "Unknown seeder [DatabaseSeeder]: no seeders package is configured (seeds: { package:"
                + " ... }), and no seeder of that name is registered in"
                + " META-INF/services/io.ilana.seed.Seeder.");
    assertThatThrownBy(() -> catalog.find("com.acme.Missing"))
        .isInstanceOf(SeederException.class)
        .hasMessage("Unknown seeder [com.acme.Missing]: there is no such class.");
  }

  @Test
  void aClassThatIsNoSeederIsRefused() {
    SeederCatalog catalog =
        new SeederCatalog(getClass().getClassLoader(), "io.ilana.seed.fixtures");

    assertThatThrownBy(() -> catalog.find("NotASeeder"))
        .isInstanceOf(SeederException.class)
        .hasMessage(
            "Class [io.ilana.seed.fixtures.NotASeeder] is not a seeder: it does not extend"
                + " io.ilana.seed.Seeder.");
  }

  @DialectTest
  void aSeederWithoutANoArgumentConstructorIsRefused(TestDatabase database) {
    Seeding seeding = byName(database, "io.ilana.seed.fixtures");

    seeding
        .run("NeedsArgumentSeeder")
        .as(StepVerifier::create)
        .verifyErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(SeederException.class)
                    .hasMessage(
                        "Seeder [io.ilana.seed.fixtures.NeedsArgumentSeeder] needs a no-argument"
                            + " constructor."));
  }

  /** Names a connection the configuration lacks. */
  static final class ElsewhereSeeder extends Seeder {
    @Override
    protected String connection() {
      return "analytics_db";
    }

    @Override
    public Mono<Void> run() {
      return Mono.empty();
    }
  }

  @DialectTest
  void aSeederOnAnUnknownConnectionIsRefused(TestDatabase database) {
    Seeding seeding = seeding(database, 2);

    seeding
        .run(ElsewhereSeeder.class)
        .as(StepVerifier::create)
        .verifyErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(SeederException.class)
                    .hasMessage(
                        "Seeder [ElsewhereSeeder] cannot run: Connection [analytics_db] is not"
                            + " configured; configured connections: [main].")
                    .hasCauseInstanceOf(UnknownConnectionException.class));
    seeding
        .connection("reports")
        .run(SdSeeders.Nothing.class)
        .as(StepVerifier::create)
        .verifyErrorMessage(
            "Seeder [Nothing] cannot run: Connection [reports] is not configured; configured"
                + " connections: [main].");
  }

  @Test
  void aSeedersHelpersRefuseToWorkWhenItIsNotRunning() {
    assertThatThrownBy(() -> new SdSeeders.Nothing().run().block())
        .isInstanceOf(SeederException.class)
        .hasMessage(
            "Seeder [Nothing] is not running: run it with Seeding.on(manager).run(...), or call"
                + " it from another seeder.");
  }
}
