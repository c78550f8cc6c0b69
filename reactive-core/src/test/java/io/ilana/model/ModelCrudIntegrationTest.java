package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.ModelNotFoundException;
import io.ilana.error.MultipleRecordsFoundException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class ModelCrudIntegrationTest {
  static final String TABLE = "m_crud_users";

  static class User extends Model<User> {
    static final ModelType<User> TYPE =
        ModelType.of(User.class, User::new)
            .table(TABLE)
            .fillable("name", "email", "votes")
            .defaults(Map.of("votes", 0))
            .timestamps();
  }

  private ModelDb db;

  private ModelQuery<User> users(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(
        TABLE,
        db.id()
            + ", name varchar(50), email varchar(100), votes int,"
            + " created_at timestamp null, updated_at timestamp null");
    return User.TYPE.query(db.manager);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private static User create(ModelQuery<User> users, String name, int votes) {
    return users.create(Map.of("name", name, "email", name + "@x.io", "votes", votes)).block();
  }

  @DialectTest
  void createInsertsAndReadsBackTheGeneratedKeyAndTimestamps(TestDatabase database) {
    ModelQuery<User> users = users(database);
    users
        .create(Map.of("name", "Ann", "email", "a@x.io"))
        .as(StepVerifier::create)
        .assertNext(
            user -> {
              assertThat(user.getLong("id")).isPositive();
              assertThat(user.exists()).isTrue();
              assertThat(user.wasRecentlyCreated()).isTrue();
              assertThat(user.isDirty()).isFalse();
              assertThat(user.getInstant("created_at")).isNotNull();
              assertThat(user.getInstant("updated_at")).isEqualTo(user.getInstant("created_at"));
            })
        .verifyComplete();
    assertThat(users.count().block()).isEqualTo(1L);
  }

  @DialectTest
  void saveOfACleanModelRunsNoStatement(TestDatabase database) {
    ModelQuery<User> users = users(database);
    User ann = create(users, "Ann", 1);
    db.clearLog();
    ann.save().as(StepVerifier::create).expectNext(ann).verifyComplete();
    // the create's INSERT may be reported after clearLog: only later statements count
    assertThat(db.sql()).allMatch(sql -> sql.startsWith("insert"));
  }

  @DialectTest
  void saveUpdatesOnlyTheDirtyColumnsAndTracksTheChanges(TestDatabase database) throws Exception {
    ModelQuery<User> users = users(database);
    User ann = create(users, "Ann", 1);
    db.clearLog();
    ann.set("name", "Anna").save().block();
    List<String> updates = db.awaitSql("update", 1);
    assertThat(updates).hasSize(1);
    String update = updates.get(0).toLowerCase();
    // updated_at is written too unless it still holds the same second as at create
    assertThat(update).startsWith("update").contains("name");
    assertThat(update).doesNotContain("email").doesNotContain("votes");
    assertThat(ann.wasChanged("name")).isTrue();
    assertThat(ann.wasChanged("email")).isFalse();
    assertThat(ann.changes()).containsKey("name");
    assertThat(ann.getOriginal("name")).isEqualTo("Anna");
    assertThat(users.find(ann.getKey()).block().getString("name")).isEqualTo("Anna");
  }

  @DialectTest
  void getOriginalKeepsTheReadValueUntilSaved(TestDatabase database) {
    ModelQuery<User> users = users(database);
    User ann = users.find(create(users, "Ann", 1).getKey()).block();
    ann.set("name", "Bea");
    assertThat(ann.getOriginal("name")).isEqualTo("Ann");
    assertThat(ann.dirty()).containsOnlyKeys("name");
  }

  @DialectTest
  void findOrFailNamesTheModelClassAndId(TestDatabase database) {
    users(database)
        .findOrFail(42)
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(ModelNotFoundException.class)
                    .hasMessage("No query results for model [" + User.class.getName() + "] 42"))
        .verify();
  }

  @DialectTest
  void findManyReadsTheGivenKeys(TestDatabase database) {
    ModelQuery<User> users = users(database);
    User a = create(users, "Ann", 1);
    create(users, "Bob", 2);
    User c = create(users, "Cid", 3);
    assertThat(
            users
                .findMany(List.of(a.getKey(), c.getKey()))
                .map(u -> u.getString("name"))
                .collectList()
                .block())
        .containsExactlyInAnyOrder("Ann", "Cid");
  }

  @DialectTest
  void firstOrFailRaisesWhenNothingMatches(TestDatabase database) {
    users(database)
        .where("name", "nobody")
        .firstOrFail()
        .as(StepVerifier::create)
        .expectErrorMessage("No query results for model [" + User.class.getName() + "].")
        .verify();
  }

  @DialectTest
  void soleRaisesWhenSeveralMatch(TestDatabase database) {
    ModelQuery<User> users = users(database);
    create(users, "Ann", 1);
    create(users, "Bob", 1);
    users
        .where("votes", 1)
        .sole()
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(MultipleRecordsFoundException.class)
                    .hasMessage("2 records were found."))
        .verify();
    assertThat(users.where("name", "Ann").sole().block().getString("name")).isEqualTo("Ann");
  }

  @DialectTest
  void firstOrNewFirstOrCreateAndUpdateOrCreateFindOrMake(TestDatabase database) {
    ModelQuery<User> users = users(database);
    create(users, "Ann", 1);
    User found = users.firstOrNew(Map.of("name", "Ann"), Map.of("votes", 9)).block();
    assertThat(found.exists()).isTrue();
    assertThat(found.getInteger("votes")).isEqualTo(1);
    User made = users.firstOrNew(Map.of("name", "Bob"), Map.of("votes", 9)).block();
    assertThat(made.exists()).isFalse();
    assertThat(made.getInteger("votes")).isEqualTo(9);
    User created = users.firstOrCreate(Map.of("name", "Cid"), Map.of("votes", 3)).block();
    assertThat(created.exists()).isTrue();
    User updated = users.updateOrCreate(Map.of("name", "Ann"), Map.of("votes", 7)).block();
    assertThat(updated.getKey()).isEqualTo(found.getKey());
    assertThat(users.where("name", "Ann").value("votes").map(v -> ((Number) v).intValue()).block())
        .isEqualTo(7);
    assertThat(users.count().block()).isEqualTo(2L);
  }

  @DialectTest
  void deleteRemovesTheRowAndDestroyDeletesByKeys(TestDatabase database) {
    ModelQuery<User> users = users(database);
    User a = create(users, "Ann", 1);
    User b = create(users, "Bob", 2);
    User c = create(users, "Cid", 3);
    a.delete().as(StepVerifier::create).expectNext(true).verifyComplete();
    assertThat(a.exists()).isFalse();
    users
        .destroy(List.of(b.getKey(), c.getKey()))
        .as(StepVerifier::create)
        .expectNext(2L)
        .verifyComplete();
    assertThat(users.count().block()).isZero();
  }

  @DialectTest
  void incrementAndDecrementWriteAndUpdateTheModel(TestDatabase database) {
    ModelQuery<User> users = users(database);
    User ann = create(users, "Ann", 5);
    ann.increment("votes", 3).block();
    ann.decrement("votes").block();
    assertThat(ann.getInteger("votes")).isEqualTo(7);
    assertThat(ann.isDirty()).isFalse();
    assertThat(users.find(ann.getKey()).block().getInteger("votes")).isEqualTo(7);
  }

  @DialectTest
  void refreshReloadsAndFreshReturnsANewInstance(TestDatabase database) {
    ModelQuery<User> users = users(database);
    User ann = create(users, "Ann", 5);
    users.where("id", ann.getKey()).update(Map.of("votes", 50)).block();
    User fresh = ann.fresh().block();
    assertThat(fresh).isNotSameAs(ann);
    assertThat(fresh.getInteger("votes")).isEqualTo(50);
    assertThat(ann.getInteger("votes")).isEqualTo(5);
    ann.refresh().block();
    assertThat(ann.getInteger("votes")).isEqualTo(50);
    assertThat(ann.is(fresh)).isTrue();
  }

  @DialectTest
  void replicateCopiesWithoutKeyAndTimestamps(TestDatabase database) {
    ModelQuery<User> users = users(database);
    User ann = create(users, "Ann", 5);
    User copy = ann.replicate("email");
    assertThat(copy.exists()).isFalse();
    assertThat(copy.attributes()).containsOnlyKeys("name", "votes");
    copy.save().block();
    assertThat(copy.isNot(ann)).isTrue();
    assertThat(users.count().block()).isEqualTo(2L);
  }

  @DialectTest
  void aggregatesAndPluckRunOnTheModelsTable(TestDatabase database) {
    ModelQuery<User> users = users(database);
    Flux.just("Ann", "Bob", "Cid")
        .concatMap(
            n -> users.create(Map.of("name", n, "votes", n.length() * (n.equals("Bob") ? 2 : 1))))
        .blockLast();
    assertThat(users.sum("votes").block()).isEqualByComparingTo(new BigDecimal(12));
    assertThat(users.max("votes").block()).isEqualTo(6L);
    assertThat(users.min("votes").block()).isEqualTo(3L);
    assertThat(users.avg("votes").block()).isEqualByComparingTo(new BigDecimal(4));
    assertThat(users.exists().block()).isTrue();
    assertThat(users.orderBy("name").pluck("name").block()).containsExactly("Ann", "Bob", "Cid");
  }

  @DialectTest
  void queryLevelUpdateAndDeleteTouchOnlyMatchingRows(TestDatabase database) {
    ModelQuery<User> users = users(database);
    create(users, "Ann", 1);
    create(users, "Bob", 2);
    assertThat(users.where("votes", ">", 1).update(Map.of("votes", 20)).block()).isEqualTo(1L);
    assertThat(users.where("name", "Ann").delete().block()).isEqualTo(1L);
    assertThat(users.pluck("votes").block())
        .hasSize(1)
        .allMatch(v -> ((Number) v).intValue() == 20);
  }

  @DialectTest
  void modelQueryByClassUsesTheRegisteredType(TestDatabase database) {
    users(database);
    try {
      assertThat(Model.query(User.class).type()).isSameAs(User.TYPE);
    } finally {
      // Model.query(Class) starts the default facade; other tests configure it themselves.
      io.ilana.db.Database.close().block();
    }
  }

  @DialectTest
  void touchSetsUpdatedAt(TestDatabase database) {
    ModelQuery<User> users = users(database);
    User ann = create(users, "Ann", 1);
    users
        .where("id", ann.getKey())
        .update(Map.of("updated_at", java.time.LocalDateTime.of(2000, 1, 1, 0, 0)))
        .block();
    ann.refresh().block();
    ann.touch().block();
    assertThat(users.find(ann.getKey()).block().getInstant("updated_at"))
        .isAfter(java.time.Instant.parse("2020-01-01T00:00:00Z"));
  }
}
