package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;

class JoinSubIntegrationTest {

  /** The most voted post of each user, among posts with at least {@code minVotes}. */
  private static QueryBuilder top(QueryFixture db, int minVotes) {
    return db.posts()
        .select("user_id")
        .selectRaw("max(votes) as top")
        .where("votes", ">=", minVotes)
        .groupBy("user_id");
  }

  @DialectTest
  void joinSubWithAClosureMatchesAGroupedSubQueryOnSeveralColumns(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      List<Object> titles =
          db.posts()
              .joinSub(
                  top(db, 1),
                  "best",
                  on -> on.on("best.user_id", "qb_posts.user_id").on("best.top", "qb_posts.votes"))
              .orderBy("qb_posts.title")
              .pluck("title")
              .block();
      assertThat(titles).containsExactly("p2", "p3");
    }
  }

  @DialectTest
  void bindingsOfTheSubQueryTheOnClauseAndTheWhereArriveInOrder(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      List<Object> titles =
          db.posts()
              .joinSub(
                  top(db, 2),
                  "best",
                  on ->
                      on.on("best.user_id", "qb_posts.user_id")
                          .on("best.top", "qb_posts.votes")
                          .where("best.top", "<", 100))
              .where("qb_posts.title", "like", "p%")
              .orderBy("qb_posts.title")
              .pluck("title")
              .block();
      assertThat(titles).containsExactly("p2");
    }
  }

  @DialectTest
  void leftJoinSubWithAClosureKeepsRowsWithoutAMatch(TestDatabase database) {
    try (QueryFixture db = QueryFixture.open(database)) {
      List<Object> names =
          db.users()
              .leftJoinSub(top(db, 1), "best", on -> on.on("best.user_id", "qb_users.id"))
              .whereNull("best.top")
              .orderBy("name")
              .pluck("name")
              .block();
      assertThat(names).containsExactly("bob", "dee");
    }
  }
}
