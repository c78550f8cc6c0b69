package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidArgumentException;
import io.ilana.model.ModelQuery;
import io.ilana.relation.Blog.Post;
import io.ilana.relation.Blog.Role;
import io.ilana.relation.Blog.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class WhereBelongsToIntegrationTest {
  private Blog blog;
  private User ann;
  private User bob;

  @AfterEach
  void close() {
    if (blog != null) {
      blog.close();
    }
  }

  /** ann writes a1 and a2, bob writes b1, cy writes c1; ann's code is "A" and c1 holds it. */
  private void seed(TestDatabase database) {
    blog = Blog.open(database);
    ann = blog.users().create(Map.of("name", "ann", "code", "A")).block();
    bob = blog.users().create(Map.of("name", "bob", "code", "B")).block();
    User cy = blog.users().create(Map.of("name", "cy", "code", "C")).block();
    ann.posts().create(Map.of("title", "a1")).block();
    ann.posts().create(Map.of("title", "a2")).block();
    bob.posts().create(Map.of("title", "b1")).block();
    cy.posts().create(Map.of("title", "c1", "user_code", "A")).block();
  }

  private static List<String> titles(ModelQuery<Post> query) {
    return query.orderBy("id").get().map(p -> p.getString("title")).collectList().block();
  }

  @DialectTest
  void whereBelongsToKeepsTheOwnersModelsThroughTheNamedRelation(TestDatabase database) {
    seed(database);
    assertThat(titles(blog.posts().whereBelongsTo(ann, "author"))).containsExactly("a1", "a2");
    assertThat(titles(blog.posts().whereBelongsTo(ann, "byCode"))).containsExactly("c1");
  }

  @DialectTest
  void whereBelongsToTakesSeveralOwners(TestDatabase database) {
    seed(database);
    assertThat(titles(blog.posts().whereBelongsTo(List.of(ann, bob), "author")))
        .containsExactly("a1", "a2", "b1");
  }

  @DialectTest
  void orWhereBelongsToAddsTheOwnersModels(TestDatabase database) {
    seed(database);
    assertThat(titles(blog.posts().where("title", "c1").orWhereBelongsTo(bob, "author")))
        .containsExactly("b1", "c1");
  }

  @DialectTest
  void whereBelongsToFindsTheOnlyRelationToTheOwnersClass(TestDatabase database) {
    seed(database);
    Role admin = blog.roles().create(Map.of("name", "admin")).block();
    // Role declares no belongsTo at all; Post declares two to User: both ask for a name.
    assertThatThrownBy(() -> blog.roles().whereBelongsTo(ann))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage(
            "whereBelongsTo: Role declares no belongsTo relation to User; name the relation:"
                + " whereBelongsTo(owner, \"<relation>\").");
    assertThatThrownBy(() -> blog.posts().whereBelongsTo(ann))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage(
            "whereBelongsTo: Post declares several belongsTo relations to User [author, byCode];"
                + " name the relation: whereBelongsTo(owner, \"<relation>\").");
    assertThat(admin.getKey()).isNotNull();
  }

  @DialectTest
  void whereBelongsToRefusesARelationThatIsNotABelongsToTheOwnersClass(TestDatabase database) {
    seed(database);
    assertThatThrownBy(() -> blog.posts().whereBelongsTo(ann, "comments"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage(
            "whereBelongsTo: relation [comments] of Post is not a belongsTo relation to User.");
  }

  @DialectTest
  void whereBelongsToRefusesNoOwners(TestDatabase database) {
    seed(database);
    assertThatThrownBy(() -> blog.posts().whereBelongsTo(List.<User>of(), "author"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("whereBelongsTo on Post needs at least one owner.");
  }
}
