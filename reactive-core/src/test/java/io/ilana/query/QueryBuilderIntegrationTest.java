package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.UnsupportedFeatureException;
import io.ilana.query.parts.Column;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class QueryBuilderIntegrationTest {

  /**
   * The insert statements the query log heard; listeners are told after a statement finished, so
   * the count is awaited (up to five seconds) rather than read once.
   */
  private static long insertEvents(QueryFixture db, long expected) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    long seen;
    do {
      seen = db.events.stream().filter(e -> e.sql().startsWith("insert into")).count();
      if (seen >= expected) {
        break;
      }
      Thread.onSpinWait();
    } while (System.nanoTime() < deadline);
    return seen;
  }

  private static List<Object> names(QueryBuilder query) {
    return query.orderBy("name").pluck("name").block();
  }

  @DialectTest
  void basicWheresOrWheresAndNestedGroupsSelectTheSameRows(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(names(db.users().where("is_active", true).where("age", ">", 18)))
          .containsExactly("ann", "cid");
      assertThat(names(db.users().where("role", "admin").orWhere("role", "editor")))
          .containsExactly("ann", "cid");
      assertThat(
              names(
                  db.users()
                      .where("is_active", true)
                      .where(q -> q.where("age", "<", 40).orWhereNull("age"))))
          .containsExactly("ann", "dee");
      assertThat(names(db.users().whereNot(q -> q.where("role", "user"))))
          .containsExactly("ann", "cid");
    }
  }

  @DialectTest
  void getStreamsRowsAsLabelledMapsWithAliases(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      db.users()
          .select("name as who", "age")
          .where("name", "ann")
          .get()
          .as(StepVerifier::create)
          .assertNext(
              row -> {
                assertThat(QueryRunner.lookup(row, "who")).isEqualTo("ann");
                assertThat(((Number) QueryRunner.lookup(row, "age")).intValue()).isEqualTo(31);
              })
          .verifyComplete();
    }
  }

  @DialectTest
  void cursorStreamsEveryRowInOrder(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      db.users()
          .orderBy("name")
          .cursor(2)
          .map(row -> QueryRunner.lookup(row, "name"))
          .as(StepVerifier::create)
          .expectNext("ann", "bob", "cid", "dee")
          .verifyComplete();
    }
  }

  @DialectTest
  void firstEmitsTheFirstRowOrNothing(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      db.users()
          .whereNotNull("age")
          .orderByDesc("age")
          .first()
          .as(StepVerifier::create)
          .assertNext(row -> assertThat(QueryRunner.lookup(row, "name")).isEqualTo("cid"))
          .verifyComplete();
      db.users().where("name", "nobody").first().as(StepVerifier::create).verifyComplete();
    }
  }

  @DialectTest
  void whereInTakesListsAndSubQueries(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(names(db.users().whereIn("id", List.of(1L, 3L)))).containsExactly("ann", "cid");
      assertThat(names(db.users().whereIn("role", List.of("admin", "editor"))))
          .containsExactly("ann", "cid");
      assertThat(names(db.users().whereNotIn("role", List.of("user"))))
          .containsExactly("ann", "cid");
      assertThat(names(db.users().whereIn("id", db.posts().select("user_id"))))
          .containsExactly("ann", "cid");
      assertThat(names(db.users().whereIn("id", List.of()))).isEmpty();
      assertThat(names(db.users().where("name", "in", List.of("bob", "dee"))))
          .containsExactly("bob", "dee");
    }
  }

  @DialectTest
  void nullBetweenAndColumnComparisons(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(names(db.users().whereNull("age"))).containsExactly("dee");
      assertThat(names(db.users().whereNotNull("score").whereBetween("age", 18, 40)))
          .containsExactly("ann");
      assertThat(names(db.users().whereNotBetween("age", 18, 40))).containsExactly("bob", "cid");
      assertThat(names(db.users().whereColumn("id", "<", "age").where("id", "<", 2)))
          .containsExactly("ann");
      assertThat(names(db.users().where("age", ">", Column.ref("id")).where("age", "<", 20)))
          .containsExactly("bob");
    }
  }

  @DialectTest
  void likeAndIlikeMatchPatterns(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(names(db.users().where("name", "like", "%n%"))).containsExactly("ann");
      assertThat(names(db.users().where("name", "ILIKE", "%N%"))).containsExactly("ann");
      assertThat(names(db.users().where("name", "not ilike", "%N%")))
          .containsExactly("bob", "cid", "dee");
    }
  }

  @DialectTest
  void datePartsCompareOnEveryDialect(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(names(db.users().whereDate("created_at", LocalDate.of(2023, 12, 1))))
          .containsExactly("ann");
      assertThat(names(db.users().whereDate("created_at", ">=", "2024-01-15")))
          .containsExactly("bob", "dee");
      assertThat(names(db.users().whereYear("created_at", 2023))).containsExactly("ann", "cid");
      assertThat(names(db.users().whereMonth("created_at", 2).whereDay("created_at", 29)))
          .containsExactly("dee");
      assertThat(names(db.users().whereTime("created_at", ">", "12:00:00")))
          .containsExactly("bob", "dee");
    }
  }

  @DialectTest
  void jsonPathsAndJsonConditionsWorkOrAreUnsupportedOnH2(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      if (db.isH2()) {
        assertThatThrownBy(() -> db.users().where("meta->theme", "dark").get())
            .isInstanceOf(UnsupportedFeatureException.class)
            .hasMessage(
                "JSON path column \"meta->theme\" in where() is not supported by the h2 dialect.");
        assertThatThrownBy(() -> db.users().whereJsonContains("meta", Map.of()).get())
            .isInstanceOf(UnsupportedFeatureException.class);
        return;
      }
      assertThat(names(db.users().where("meta->theme", "dark"))).containsExactly("ann", "cid");
      assertThat(names(db.users().whereJsonContains("meta", Map.of("theme", "light"))))
          .containsExactly("bob");
      assertThat(names(db.users().whereJsonContains("meta->tags", "b"))).containsExactly("ann");
      assertThat(names(db.users().whereJsonLength("meta->tags", ">", 3))).containsExactly("ann");
      assertThat(names(db.users().whereJsonLength("meta->tags", 0))).containsExactly("cid");
      assertThat(db.users().where("name", "ann").value("meta->theme").block()).isEqualTo("dark");
      db.users()
          .where("name", "bob")
          .update(QueryFixture.row("meta->theme", "dark"))
          .as(StepVerifier::create)
          .expectNext(1L)
          .verifyComplete();
      assertThat(names(db.users().where("meta->theme", "dark")))
          .containsExactly("ann", "bob", "cid");
    }
  }

  @DialectTest
  void whereExistsAndNotExistsTestSubQueries(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(
              names(
                  db.users()
                      .whereExists(
                          q -> q.from("qb_posts").whereColumn("qb_posts.user_id", "qb_users.id"))))
          .containsExactly("ann", "cid");
      assertThat(
              names(
                  db.users()
                      .whereNotExists(
                          q -> q.from("qb_posts").whereRaw("qb_posts.user_id = qb_users.id"))))
          .containsExactly("bob", "dee");
    }
  }

  @DialectTest
  void joinsCombineTables(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(
              db.posts()
                  .join("qb_users", "qb_posts.user_id", "qb_users.id")
                  .select("qb_posts.title", "qb_users.name as author_name")
                  .orderBy("qb_posts.title")
                  .pluck("author_name")
                  .block())
          .containsExactly("ann", "ann", "cid");
      assertThat(
              db.users()
                  .leftJoin("qb_posts", "qb_posts.user_id", "qb_users.id")
                  .whereNull("qb_posts.id")
                  .orderBy("qb_users.name")
                  .pluck("qb_users.name")
                  .block())
          .containsExactly("bob", "dee");
      assertThat(
              db.posts()
                  .join(
                      "qb_users as u",
                      j -> j.on("u.id", "qb_posts.user_id").where("u.role", "admin"))
                  .orderBy("title")
                  .pluck("title")
                  .block())
          .containsExactly("p1", "p2");
      QueryBuilder totals =
          db.posts().select("user_id").selectRaw("sum(votes) as total").groupBy("user_id");
      assertThat(
              db.users()
                  .joinSub(totals, "t", "t.user_id", "=", "qb_users.id")
                  .orderBy("name")
                  .pluck("total", "name")
                  .block())
          .hasSize(2)
          .containsKeys("ann", "cid");
      assertThat(db.users().crossJoin("qb_posts").count().block()).isEqualTo(12L);
    }
  }

  @DialectTest
  void groupByHavingAndCountsOverGroups(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(
              db.users()
                  .select("role")
                  .selectRaw("count(*) as n")
                  .groupBy("role")
                  .havingRaw("count(*) > ?", 1)
                  .pluck("role")
                  .block())
          .containsExactly("user");
      assertThat(db.posts().select("user_id").groupBy("user_id").count().block()).isEqualTo(2L);
      assertThat(db.users().distinct().select("role").count().block()).isEqualTo(3L);
      assertThat(
              db.posts()
                  .select("user_id")
                  .selectRaw("sum(votes) as total")
                  .groupBy("user_id")
                  .having("user_id", "=", 1)
                  .value("total")
                  .map(v -> ((Number) v).intValue())
                  .block())
          .isEqualTo(15);
    }
  }

  @DialectTest
  void orderingAndPaging(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(
              db.users().whereNotNull("age").orderBy("age", "DESC").limit(2).pluck("name").block())
          .containsExactly("cid", "ann");
      assertThat(db.users().orderBy("name").skip(1).take(2).pluck("name").block())
          .containsExactly("bob", "cid");
      assertThat(db.users().orderBy("name").offset(3).pluck("name").block()).containsExactly("dee");
      assertThat(db.users().orderBy("name").forPage(2, 3).pluck("name").block())
          .containsExactly("dee");
      assertThat(db.users().latest().first().map(r -> QueryRunner.lookup(r, "name")).block())
          .isEqualTo("dee");
      assertThat(db.users().oldest().first().map(r -> QueryRunner.lookup(r, "name")).block())
          .isEqualTo("cid");
      assertThat(db.users().orderBy("name").reorder("id", "desc").pluck("id").block())
          .map(v -> ((Number) v).longValue())
          .containsExactly(4L, 3L, 2L, 1L);
      assertThat(db.users().orderByRaw("age is null, age asc").limit(1).pluck("name").block())
          .containsExactly("bob");
      assertThat(db.users().inRandomOrder().pluck("name").block())
          .containsExactlyInAnyOrder("ann", "bob", "cid", "dee");
    }
  }

  @DialectTest
  void unionsCombineResults(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      QueryBuilder admins = db.users().select("name").where("role", "admin");
      QueryBuilder editors = db.users().select("name").where("role", "editor");
      assertThat(admins.union(editors).union(admins).orderBy("name", "desc").pluck("name").block())
          .containsExactly("cid", "ann");
      assertThat(admins.unionAll(admins).pluck("name").block()).containsExactly("ann", "ann");
      assertThat(admins.union(editors).count().block()).isEqualTo(2L);
    }
  }

  @DialectTest
  void aggregatesHaveTheSameJavaTypesOnEveryDialect(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(db.users().count().block()).isEqualTo(4L);
      assertThat(db.users().orderBy("name").count().block()).isEqualTo(4L);
      assertThat(db.users().orderBy("name").limit(3).offset(2).count().block()).isEqualTo(2L);
      assertThat(db.users().whereNotNull("age").orderBy("age").limit(2).sum("age").block())
          .isEqualByComparingTo("48");
      assertThat(db.users().count("age").block()).isEqualTo(3L);
      assertThat(db.users().sum("score").block()).isEqualByComparingTo("35.75");
      assertThat(db.users().sum("age").block()).isEqualByComparingTo("93");
      assertThat(db.users().avg("age").block()).isEqualByComparingTo("31");
      assertThat(db.users().min("age").block()).isEqualTo(17L);
      assertThat(db.users().max("score").block())
          .isInstanceOf(java.math.BigDecimal.class)
          .satisfies(v -> assertThat((java.math.BigDecimal) v).isEqualByComparingTo("20.25"));
      assertThat(db.users().where("age", ">", 100).sum("age").block()).isEqualByComparingTo("0");
      db.users().where("age", ">", 100).avg("age").as(StepVerifier::create).verifyComplete();
      db.users().where("age", ">", 100).max("age").as(StepVerifier::create).verifyComplete();
    }
  }

  @DialectTest
  void valuePluckAndExistence(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(db.users().where("name", "bob").value("email").block()).isEqualTo("bob@x.io");
      assertThat(db.users().orderBy("name").pluck("age").block())
          .map(v -> v == null ? null : ((Number) v).intValue())
          .containsExactly(31, 17, 45, null);
      assertThat(db.users().where("role", "user").orderBy("name").pluck("email", "name").block())
          .containsExactly(Map.entry("bob", "bob@x.io"), Map.entry("dee", "dee@x.io"));
      assertThat(db.users().where("role", "admin").exists().block()).isTrue();
      assertThat(db.users().where("role", "root").exists().block()).isFalse();
      assertThat(db.users().where("role", "root").doesntExist().block()).isTrue();
    }
  }

  @DialectTest
  void rawFragmentsBindTheirValues(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      assertThat(
              db.users()
                  .selectRaw("age + ? as older", 10)
                  .whereRaw("age > ? and name <> ?", 20, "cid")
                  .orWhereRaw("name = ?", "bob")
                  .orderBy("older")
                  .pluck("older")
                  .block())
          .map(v -> ((Number) v).intValue())
          .containsExactly(27, 41);
    }
  }

  @DialectTest
  void locksAreTakenInsideATransaction(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      db.connection
          .transaction(
              trx ->
                  db.users()
                      .where("id", 1)
                      .lockForUpdate()
                      .pluck("name")
                      .zipWith(db.users().where("id", 2).sharedLock().pluck("name")))
          .as(StepVerifier::create)
          .assertNext(
              both -> {
                assertThat(both.getT1()).containsExactly("ann");
                assertThat(both.getT2()).containsExactly("bob");
              })
          .verifyComplete();
    }
  }

  @DialectTest
  void insertGetIdReturnsTheNewKeyAsALong(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      db.posts()
          .insertGetId(QueryFixture.row("user_id", 2L, "title", "p4", "votes", 0))
          .as(StepVerifier::create)
          .expectNext(4L)
          .verifyComplete();
      assertThat(db.posts().where("id", 4).value("title").block()).isEqualTo("p4");
    }
  }

  @DialectTest
  void updateSetsValuesAndColumnExpressions(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      db.posts()
          .where("user_id", 1)
          .update(QueryFixture.row("title", "edited", "votes", Column.ref("votes").plus(100)))
          .as(StepVerifier::create)
          .expectNext(2L)
          .verifyComplete();
      assertThat(db.posts().where("title", "edited").sum("votes").block())
          .isEqualByComparingTo("215");
      db.posts()
          .where("id", 3)
          .increment("votes", 4)
          .as(StepVerifier::create)
          .expectNext(1L)
          .verifyComplete();
      db.posts()
          .where("id", 3)
          .decrement("votes", 2)
          .as(StepVerifier::create)
          .expectNext(1L)
          .verifyComplete();
      assertThat(db.posts().where("id", 3).value("votes").map(v -> ((Number) v).intValue()).block())
          .isEqualTo(3);
    }
  }

  @DialectTest
  void deleteAndTruncateRemoveRows(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      db.posts()
          .where("votes", "<", 6)
          .delete()
          .as(StepVerifier::create)
          .expectNext(2L)
          .verifyComplete();
      assertThat(db.posts().pluck("title").block()).containsExactly("p2");
      db.posts().truncate().as(StepVerifier::create).verifyComplete();
      assertThat(db.posts().count().block()).isZero();
    }
  }

  @DialectTest
  void upsertInsertsNewRowsAndUpdatesExistingOnes(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      db.users()
          .upsert(
              List.of(
                  QueryFixture.row("name", "ANN", "email", "ann@x.io", "age", 32),
                  QueryFixture.row("name", "eve", "email", "eve@x.io", "age", 22)),
              List.of("email"),
              List.of("name", "age"))
          .block();
      assertThat(db.users().count().block()).isEqualTo(5L);
      db.users()
          .upsert(
              List.of(QueryFixture.row("name", "nobody", "email", "bob@x.io")),
              List.of("email"),
              List.of())
          .block();
      assertThat(db.users().where("email", "bob@x.io").value("name").block()).isEqualTo("bob");
      assertThat(db.users().where("email", "ann@x.io").value("name").block()).isEqualTo("ANN");
      assertThat(db.users().where("email", "ann@x.io").value("role").block()).isEqualTo("admin");
      assertThat(
              db.users()
                  .where("email", "eve@x.io")
                  .value("age")
                  .map(v -> ((Number) v).intValue())
                  .block())
          .isEqualTo(22);
    }
  }

  @DialectTest
  void insertOrIgnoreSkipsDuplicatesOrIsUnsupportedOnH2(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      List<Map<String, Object>> rows =
          List.of(
              QueryFixture.row("name", "x", "email", "ann@x.io"),
              QueryFixture.row("name", "fay", "email", "fay@x.io"));
      if (db.isH2()) {
        assertThatThrownBy(() -> db.users().insertOrIgnore(rows))
            .isInstanceOf(UnsupportedFeatureException.class);
        return;
      }
      db.users().insertOrIgnore(rows).as(StepVerifier::create).expectNext(1L).verifyComplete();
      assertThat(names(db.users())).containsExactly("ann", "bob", "cid", "dee", "fay");
    }
  }

  @DialectTest
  void tenThousandRowsAreInsertedWithAtMostTenStatements(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      List<Map<String, Object>> rows =
          Flux.range(0, 10_000)
              .map(i -> QueryFixture.row("user_id", (long) i, "title", "t" + i, "votes", i % 7))
              .collectList()
              .block();
      db.posts().truncate().block();
      db.events.clear();
      db.posts().insert(rows).as(StepVerifier::create).expectNext(10_000L).verifyComplete();
      assertThat(insertEvents(db, 10)).isEqualTo(10L);
      assertThat(db.posts().count().block()).isEqualTo(10_000L);
    }
  }

  @DialectTest
  void aFailingBulkInsertLeavesNoPartialWrite(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      List<Map<String, Object>> rows =
          Flux.range(0, 3_000)
              .map(
                  i ->
                      QueryFixture.row("name", "n" + i, "email", i == 2_500 ? "ann@x.io" : "u" + i))
              .collectList()
              .block();
      db.users()
          .insert(rows)
          .as(StepVerifier::create)
          .expectError(io.ilana.error.UniqueConstraintViolationException.class)
          .verify();
      assertThat(db.users().count().block()).isEqualTo(4L);
    }
  }
}
