package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.model.ModelQuery;
import io.ilana.relation.Blog.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** The {@code or} forms of the relation conditions, and counted conditions over dotted paths. */
class OrExistenceIntegrationTest {
  private Blog blog;

  @AfterEach
  void close() {
    if (blog != null) {
      blog.close();
    }
  }

  /** ann: posts a1 (two comments) and a2; bob: post b1; cy and dee: nothing. */
  private ModelQuery<User> users(TestDatabase database) {
    blog = Blog.open(database);
    User ann = blog.users().create(Map.of("name", "ann")).block();
    User bob = blog.users().create(Map.of("name", "bob")).block();
    blog.users().create(Map.of("name", "cy")).block();
    blog.users().create(Map.of("name", "dee")).block();
    Blog.Post a1 = ann.posts().create(Map.of("title", "a1")).block();
    a1.comments().create(Map.of("body", "x")).block();
    a1.comments().create(Map.of("body", "y")).block();
    ann.posts().create(Map.of("title", "a2")).block();
    bob.posts().create(Map.of("title", "b1")).block();
    return blog.users().orderBy("id");
  }

  private static List<String> names(ModelQuery<User> query) {
    return query.get().map(user -> user.getString("name")).collectList().block();
  }

  @DialectTest
  void orWhereHasAddsModelsWithAMatchingRelatedModel(TestDatabase database) {
    assertThat(
            names(
                users(database)
                    .where("name", "cy")
                    .orWhereHas("posts", q -> q.where("title", "b1"))))
        .containsExactly("bob", "cy");
  }

  @DialectTest
  void orHasAddsModelsWithAnyRelatedModel(TestDatabase database) {
    assertThat(names(users(database).where("name", "dee").orHas("posts")))
        .containsExactly("ann", "bob", "dee");
  }

  @DialectTest
  void orHasWithACountAddsModelsWithEnoughRelatedModels(TestDatabase database) {
    assertThat(names(users(database).where("name", "cy").orHas("posts", ">=", 2)))
        .containsExactly("ann", "cy");
  }

  @DialectTest
  void orDoesntHaveAddsModelsWithoutRelatedModels(TestDatabase database) {
    assertThat(names(users(database).where("name", "ann").orDoesntHave("posts")))
        .containsExactly("ann", "cy", "dee");
  }

  @DialectTest
  void orWhereDoesntHaveAddsModelsWithoutAMatchingRelatedModel(TestDatabase database) {
    assertThat(
            names(
                users(database)
                    .where("name", "zed")
                    .orWhereDoesntHave("posts", q -> q.where("title", "like", "a%"))))
        .containsExactly("bob", "cy", "dee");
  }

  @DialectTest
  void orWhereRelationAddsModelsWithARelatedModelMatchingOneCondition(TestDatabase database) {
    assertThat(names(users(database).where("name", "dee").orWhereRelation("posts", "title", "a2")))
        .containsExactly("ann", "dee");
  }

  @DialectTest
  void anOrConditionThroughARelationBindsLikeAnyOtherOrCondition(TestDatabase database) {
    // name = cy or (exists posts and name != ann): and binds tighter, as for plain conditions.
    assertThat(names(users(database).where("name", "cy").orHas("posts").where("name", "!=", "ann")))
        .containsExactly("bob", "cy");
  }

  @DialectTest
  void aCountedDottedHasAsksForRelatedModelsWithEnoughOfTheirOwn(TestDatabase database) {
    assertThat(names(users(database).has("posts.comments", ">=", 2))).containsExactly("ann");
    assertThat(names(blog.users().orderBy("id").has("posts.comments", ">=", 3))).isEmpty();
  }
}
