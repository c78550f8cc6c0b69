package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidIdentifierException;
import io.ilana.error.InvalidOperatorException;
import io.ilana.model.ModelQuery;
import io.ilana.relation.Atlas.Post;
import io.ilana.relation.Atlas.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class OneOfManyIntegrationTest {
  private static final LocalDateTime MAY = LocalDateTime.of(2024, 5, 1, 12, 0);
  private static final LocalDateTime JUNE = LocalDateTime.of(2024, 6, 1, 12, 0);
  private static final LocalDateTime JULY = LocalDateTime.of(2024, 7, 1, 12, 0);

  private Atlas atlas;
  private User ann;
  private User bob;
  private User cy;

  @AfterEach
  void close() {
    if (atlas != null) {
      atlas.close();
    }
  }

  /**
   * In insertion order (so by id): ann a1 (5 votes, July), a2 (9, May), a3 (5, June); bob b1 (2,
   * June), b2 (7, June: same date as b1, higher id); cy has no posts.
   */
  private void seed(TestDatabase database) {
    atlas = Atlas.open(database);
    var france = atlas.country("france", "FR");
    ann = atlas.user(france, "ann");
    bob = atlas.user(france, "bob");
    cy = atlas.user(france, "cy");
    atlas.post(ann, "a1", 5, JULY);
    atlas.post(ann, "a2", 9, MAY);
    atlas.post(bob, "b1", 2, JUNE);
    atlas.post(ann, "a3", 5, JUNE);
    atlas.post(bob, "b2", 7, JUNE);
  }

  private static String title(Post post) {
    return post == null ? null : post.getString("title");
  }

  /** The title of the relation's post for ann, bob and cy, loaded eagerly on all three at once. */
  private List<String> eager(String relation) {
    return atlas
        .users()
        .with(relation)
        .orderBy("id")
        .get()
        .map(user -> String.valueOf(title(user.relationModel(relation, Post.class))))
        .collectList()
        .block();
  }

  private static List<String> names(ModelQuery<User> query) {
    return query.get().map(user -> user.getString("name")).collectList().block();
  }

  @DialectTest
  void latestOfManyIsTheUsersPostWithTheHighestKey(TestDatabase database) {
    seed(database);
    assertThat(title(ann.latestPost().first().block())).isEqualTo("a3");
    assertThat(title(bob.latestPost().first().block())).isEqualTo("b2");
    assertThat(cy.latestPost().first().blockOptional()).isEmpty();
  }

  @DialectTest
  void oldestOfManyIsTheUsersPostWithTheLowestKey(TestDatabase database) {
    seed(database);
    assertThat(title(ann.oldestPost().first().block())).isEqualTo("a1");
    assertThat(title(bob.oldestPost().first().block())).isEqualTo("b1");
  }

  @DialectTest
  void latestOfManyByAColumnPicksTheLargestValue(TestDatabase database) {
    seed(database);
    assertThat(title(ann.newestByDate().first().block())).isEqualTo("a1");
    assertThat(title(ann.firstByDate().first().block())).isEqualTo("a2");
  }

  @DialectTest
  void tiesOnTheColumnGoToTheHighestKey(TestDatabase database) {
    seed(database);
    assertThat(title(bob.newestByDate().first().block())).isEqualTo("b2");
    assertThat(title(bob.firstByDate().first().block())).isEqualTo("b2");
    assertThat(title(ann.leastVoted().first().block())).isEqualTo("a3");
  }

  @DialectTest
  void ofManyPicksByAnyAggregateColumn(TestDatabase database) {
    seed(database);
    assertThat(title(ann.mostVoted().first().block())).isEqualTo("a2");
    assertThat(title(bob.mostVoted().first().block())).isEqualTo("b2");
    assertThat(title(bob.leastVoted().first().block())).isEqualTo("b1");
  }

  @DialectTest
  void theLazyQueryReadsOneRowEvenWhenAskedForAll(TestDatabase database) {
    seed(database);
    assertThat(ann.latestPost().get().collectList().block()).hasSize(1);
    assertThat(ann.latestPost().count().block()).isEqualTo(1L);
    assertThat(ann.anyPost().count().block()).isEqualTo(3L);
  }

  @DialectTest
  void eagerLoadingPicksTheRightPostForEveryUserInOneStatement(TestDatabase database)
      throws InterruptedException {
    seed(database);
    atlas.clearLog();
    List<String> latest = eager("latestPost");
    assertThat(atlas.selects(2)).hasSize(2);
    assertThat(latest).containsExactly("a3", "b2", "null");
  }

  @DialectTest
  void eagerLoadingPicksByColumnWithTiesBrokenByKey(TestDatabase database) {
    seed(database);
    assertThat(eager("oldestPost")).containsExactly("a1", "b1", "null");
    assertThat(eager("newestByDate")).containsExactly("a1", "b2", "null");
    assertThat(eager("firstByDate")).containsExactly("a2", "b2", "null");
    assertThat(eager("mostVoted")).containsExactly("a2", "b2", "null");
    assertThat(eager("leastVoted")).containsExactly("a3", "b1", "null");
  }

  @DialectTest
  void eagerPostsCarryOnlyTheirOwnColumns(TestDatabase database) {
    seed(database);
    User loaded = atlas.users().with("newestByDate").orderBy("id").first().block();
    assertThat(loaded.relationModel("newestByDate", Post.class).attributes().keySet())
        .containsExactlyInAnyOrder(
            "id", "user_id", "user_handle", "title", "votes", "created_at", "deleted_at");
  }

  @DialectTest
  void trashedPostsAreNeverPicked(TestDatabase database) {
    seed(database);
    atlas.posts().where("title", "a3").first().block().delete().block();
    atlas.posts().where("title", "a2").first().block().delete().block();
    assertThat(title(ann.latestPost().first().block())).isEqualTo("a1");
    assertThat(eager("latestPost")).containsExactly("a1", "b2", "null");
    assertThat(eager("mostVoted")).containsExactly("a1", "b2", "null");
  }

  @DialectTest
  void whereHasLooksOnlyAtThePickedPost(TestDatabase database) {
    seed(database);
    ModelQuery<User> users = atlas.users().orderBy("id");
    assertThat(names(users.has("latestPost"))).containsExactly("ann", "bob");
    assertThat(names(users.doesntHave("latestPost"))).containsExactly("cy");
    assertThat(names(users.whereHas("latestPost", q -> q.where("title", "a3"))))
        .containsExactly("ann");
    assertThat(names(users.whereHas("latestPost", q -> q.where("title", "a1")))).isEmpty();
    assertThat(names(users.whereHas("anyPost", q -> q.where("title", "a1"))))
        .containsExactly("ann");
  }

  @DialectTest
  void withCountCountsAtMostOnePickedPost(TestDatabase database) {
    seed(database);
    List<Long> counts =
        atlas
            .users()
            .withCount("mostVoted")
            .orderBy("id")
            .get()
            .map(user -> user.getLong("mostVoted_count"))
            .collectList()
            .block();
    assertThat(counts).containsExactly(1L, 1L, 0L);
  }

  @DialectTest
  void anAggregateOtherThanMinOrMaxIsRejected(TestDatabase database) {
    seed(database);
    assertThatThrownBy(() -> ann.anyPost().ofMany("votes", "avg"))
        .isInstanceOf(InvalidOperatorException.class)
        .hasMessage("Invalid operator \"avg\" in ofMany().");
    assertThatThrownBy(() -> ann.anyPost().ofMany("votes", null))
        .isInstanceOf(InvalidOperatorException.class)
        .hasMessage("Invalid operator null in ofMany().");
  }

  @DialectTest
  void aColumnThatIsNotAPlainNameIsRejected(TestDatabase database) {
    seed(database);
    assertThatThrownBy(() -> ann.anyPost().ofMany("votes) or (1=1", "max"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid column name \"votes) or (1=1\" in ofMany().");
    assertThatThrownBy(() -> ann.anyPost().latestOfMany("t_posts.created_at"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid column name \"t_posts.created_at\" in ofMany().");
  }
}
