package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.model.BelongsToMany;
import io.ilana.model.ModelQuery;
import io.ilana.relation.Blog.Role;
import io.ilana.relation.Blog.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class BelongsToManyIntegrationTest {
  private Blog blog;
  private User ann;
  private User bob;
  private List<Role> roles;

  @AfterEach
  void close() {
    if (blog != null) {
      blog.close();
    }
  }

  /** Users ann and bob, roles admin, editor and viewer; no pivot rows. */
  private void seed(TestDatabase database) {
    blog = Blog.open(database);
    ann = blog.users().create(Map.of("name", "ann")).block();
    bob = blog.users().create(Map.of("name", "bob")).block();
    roles =
        List.of("admin", "editor", "viewer").stream()
            .map(name -> blog.roles().create(Map.of("name", name)).block())
            .toList();
  }

  private Object role(int index) {
    return roles.get(index).getKey();
  }

  private static List<String> names(ModelQuery<Role> query) {
    return query.orderBy("r_roles.id").get().map(r -> r.getString("name")).collectList().block();
  }

  @DialectTest
  void attachTiesTheParentToTheRelatedModels(TestDatabase database) {
    seed(database);
    assertThat(ann.roles().attach(List.of(role(0), role(2))).block()).isEqualTo(2L);
    bob.roles().attach(List.of(role(1))).block();
    assertThat(names(ann.roles().query())).containsExactly("admin", "viewer");
  }

  @DialectTest
  void detachRemovesOnlyTheGivenTies(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0), role(1), role(2))).block();
    assertThat(ann.roles().detach(List.of(role(1))).block()).isEqualTo(1L);
    assertThat(names(ann.roles().query())).containsExactly("admin", "viewer");
  }

  @DialectTest
  void syncAttachesTheMissingAndDetachesTheOthers(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0), role(1))).block();
    BelongsToMany.Sync sync = ann.roles().sync(List.of(role(1), role(2))).block();
    assertThat(sync.attached()).containsExactly(role(2));
    assertThat(sync.detached()).hasSize(1);
    assertThat(names(ann.roles().query())).containsExactly("editor", "viewer");
  }

  @DialectTest
  void eagerLoadingMatchesRelatedModelsThroughThePivot(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0), role(1))).block();
    bob.roles().attach(List.of(role(1))).block();
    List<User> users = blog.users().with("roles").orderBy("id").get().collectList().block();
    assertThat(users)
        .extracting(
            u ->
                u.relationList("roles", Role.class).stream()
                    .map(r -> r.getString("name"))
                    .sorted()
                    .toList())
        .containsExactly(List.of("admin", "editor"), List.of("editor"));
  }

  @DialectTest
  void theInverseSideReadsThroughTheSamePivot(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(1))).block();
    bob.roles().attach(List.of(role(1))).block();
    assertThat(roles.get(1).users().count().block()).isEqualTo(2L);
    assertThat(blog.roles().has("users").count().block()).isEqualTo(1L);
  }
}
