package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidOperatorException;
import io.ilana.error.RelationNotFoundException;
import io.ilana.model.ModelQuery;
import io.ilana.relation.Blog.Post;
import io.ilana.relation.Blog.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class ExistenceIntegrationTest {
  private Blog blog;

  @AfterEach
  void close() {
    if (blog != null) {
      blog.close();
    }
  }

  /** ann: posts a1 (one comment) and a2; bob: post b1; cy: nothing; post p0 has no author. */
  private ModelQuery<User> users(TestDatabase database) {
    blog = Blog.open(database);
    User ann = blog.users().create(Map.of("name", "ann")).block();
    User bob = blog.users().create(Map.of("name", "bob")).block();
    blog.users().create(Map.of("name", "cy")).block();
    ann.posts()
        .create(Map.of("title", "a1"))
        .block()
        .comments()
        .create(Map.of("body", "x"))
        .block();
    ann.posts().create(Map.of("title", "a2")).block();
    bob.posts().create(Map.of("title", "b1")).block();
    blog.posts().create(Map.of("title", "p0")).block();
    return blog.users().orderBy("id");
  }

  private static List<String> names(ModelQuery<User> query) {
    return query.get().map(user -> user.getString("name")).collectList().block();
  }

  @DialectTest
  void anOrInsideAWhereHasConstraintStaysTiedToEachParent(TestDatabase database) {
    assertThat(
            names(
                users(database)
                    .whereHas("posts", q -> q.where("title", "a1").orWhere("title", "zzz"))))
        .containsExactly("ann");
    assertThat(
            blog.users()
                .orderBy("id")
                .withCount("posts", q -> q.where("title", "a1").orWhere("title", "b1"))
                .get()
                .map(u -> u.getLong("posts_count"))
                .collectList()
                .block())
        .containsExactly(1L, 1L, 0L);
  }

  @DialectTest
  void hasKeepsModelsWithAtLeastOneRelatedModel(TestDatabase database) {
    assertThat(names(users(database).has("posts"))).containsExactly("ann", "bob");
  }

  @DialectTest
  void doesntHaveKeepsModelsWithoutRelatedModels(TestDatabase database) {
    assertThat(names(users(database).doesntHave("posts"))).containsExactly("cy");
  }

  @DialectTest
  void whereHasKeepsModelsWithAMatchingRelatedModel(TestDatabase database) {
    assertThat(names(users(database).whereHas("posts", q -> q.where("title", "b1"))))
        .containsExactly("bob");
  }

  @DialectTest
  void whereDoesntHaveKeepsModelsWithoutAMatchingRelatedModel(TestDatabase database) {
    assertThat(names(users(database).whereDoesntHave("posts", q -> q.where("title", "b1"))))
        .containsExactly("ann", "cy");
  }

  @DialectTest
  void hasWorksOnBelongsTo(TestDatabase database) {
    users(database);
    assertThat(
            blog.posts()
                .doesntHave("author")
                .get()
                .map(p -> p.getString("title"))
                .collectList()
                .block())
        .containsExactly("p0");
  }

  @DialectTest
  void withCountAddsTheNumberOfRelatedModelsNextToTheColumns(TestDatabase database) {
    List<User> users = users(database).withCount("posts").get().collectList().block();
    assertThat(users).extracting(u -> u.getString("name")).containsExactly("ann", "bob", "cy");
    assertThat(users).extracting(u -> u.getLong("posts_count")).containsExactly(2L, 1L, 0L);
  }

  @DialectTest
  void withCountComposesWithEagerLoading(TestDatabase database) {
    List<Post> posts =
        users(database)
            .with("posts")
            .withCount("posts")
            .first()
            .block()
            .relationList("posts", Post.class);
    assertThat(posts).hasSize(2);
  }

  @DialectTest
  void aDottedHasAsksForRelatedModelsWithTheirOwnRelatedModels(TestDatabase database) {
    assertThat(names(users(database).has("posts.comments"))).containsExactly("ann");
  }

  @DialectTest
  void aDottedDoesntHaveKeepsModelsWhosePostsHaveNoComments(TestDatabase database) {
    assertThat(names(users(database).doesntHave("posts.comments"))).containsExactly("bob", "cy");
  }

  @DialectTest
  void aConstrainedWithCountCountsOnlyMatchingRelatedModels(TestDatabase database) {
    List<User> users =
        users(database).withCount("posts", q -> q.where("title", "a2")).get().collectList().block();
    assertThat(users).extracting(u -> u.getLong("posts_count")).containsExactly(1L, 0L, 0L);
  }

  @DialectTest
  void hasWithAnUnknownRelationFailsNamingTheModelAndTheRelation(TestDatabase database) {
    assertThatThrownBy(() -> users(database).has("friends"))
        .isInstanceOf(RelationNotFoundException.class)
        .hasMessage(
            "Call to undefined relationship [friends] on model [io.ilana.relation.Blog$User].");
  }

  @DialectTest
  void hasWithAnOperatorComparesTheNumberOfRelatedModels(TestDatabase database) {
    assertThat(names(users(database).has("posts", ">=", 2))).containsExactly("ann");
  }

  @DialectTest
  void hasWithAnOperatorCanAskForFewerRelatedModels(TestDatabase database) {
    assertThat(names(users(database).has("posts", "<", 2))).containsExactly("bob", "cy");
  }

  @DialectTest
  void aConstrainedCountedWhereHasCountsOnlyMatchingRelatedModels(TestDatabase database) {
    assertThat(
            names(users(database).whereHas("posts", "=", 1, q -> q.where("title", "like", "a%"))))
        .isEmpty();
  }

  @DialectTest
  void hasRejectsAnOperatorOutsideTheAllowlist(TestDatabase database) {
    ModelQuery<User> users = users(database);
    assertThatThrownBy(() -> users.has("posts", ">= 0 or 1 =", 1))
        .isInstanceOf(InvalidOperatorException.class)
        .hasMessage("Invalid operator \">= 0 or 1 =\" in has().");
  }

  @DialectTest
  void whereRelationKeepsModelsWithARelatedModelMatchingOneCondition(TestDatabase database) {
    assertThat(names(users(database).whereRelation("posts", "title", "like", "a%")))
        .containsExactly("ann");
    assertThat(names(blog.users().orderBy("id").whereRelation("posts", "title", "b1")))
        .containsExactly("bob");
  }

  @DialectTest
  void whereRelationWorksOnBelongsTo(TestDatabase database) {
    users(database);
    assertThat(
            blog.posts()
                .whereRelation("author", "name", "=", "bob")
                .get()
                .map(p -> p.getString("title"))
                .collectList()
                .block())
        .containsExactly("b1");
  }
}
