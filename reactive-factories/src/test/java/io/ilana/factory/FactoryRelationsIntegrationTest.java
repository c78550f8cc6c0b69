package io.ilana.factory;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.factory.fixtures.Comment;
import io.ilana.factory.fixtures.Post;
import io.ilana.factory.fixtures.Role;
import io.ilana.factory.fixtures.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.test.StepVerifier;

/** Factories wiring relations: keys and pivot rows checked in the database. */
class FactoryRelationsIntegrationTest {
  private FactoryDb db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private void open(TestDatabase database) {
    db = FactoryDb.open(database);
  }

  private List<Long> column(String sql) {
    return db.connection
        .select(sql)
        .map(row -> ((Number) row.values().iterator().next()).longValue())
        .collectList()
        .block();
  }

  private static long key(Object key) {
    return ((Number) key).longValue();
  }

  @DialectTest
  void aFactoryValuedAttributeCreatesAParentPerModel(TestDatabase database) {
    open(database);

    List<Post> posts = Post.factory().on(db.manager).times(2).create().collectList().block();

    assertThat(db.count("f_users")).isEqualTo(2L);
    assertThat(column("select user_id from f_posts order by id"))
        .containsExactly(key(posts.get(0).get("user_id")), key(posts.get(1).get("user_id")));
  }

  @DialectTest
  void forRelationCreatesOneParentForAllTheModels(TestDatabase database) {
    open(database);

    List<Post> posts =
        Post.factory()
            .on(db.manager)
            .times(3)
            .forRelation("user", User.factory().state("admin"))
            .create()
            .collectList()
            .block();

    User author = posts.get(0).relationModel("user", User.class);
    assertThat(author.getString("role")).isEqualTo("admin");
    assertThat(db.count("f_users")).isEqualTo(1L);
    assertThat(column("select user_id from f_posts")).containsOnly(key(author.getKey()));
  }

  @DialectTest
  void forRelationWithASavedModelUsesItsKey(TestDatabase database) {
    open(database);
    User user = User.factory().on(db.manager).create().block();

    Post.factory().on(db.manager).times(5).create(Map.of("user_id", user.getKey())).blockLast();
    Post.factory().on(db.manager).forRelation("user", user).create().block();

    assertThat(db.count("f_users")).isEqualTo(1L);
    assertThat(column("select user_id from f_posts")).hasSize(6).containsOnly(key(user.getKey()));
  }

  @DialectTest
  void hasCreatesChildrenWithTheirForeignKeySet(TestDatabase database) {
    open(database);

    User user =
        User.factory().on(db.manager).has(Post.factory().times(3), "posts").create().block();

    assertThat(user.relationList("posts", Post.class)).hasSize(3);
    assertThat(db.count("f_users")).isEqualTo(1L);
    assertThat(column("select user_id from f_posts")).hasSize(3).containsOnly(key(user.getKey()));
  }

  @DialectTest
  void hasThroughAMorphManyRelationSetsTheTypeAndId(TestDatabase database) {
    open(database);
    Factory<Comment> comments =
        Factory.define(Comment.class, faker -> Map.of("body", faker.lorem().sentence()));

    Post post = Post.factory().on(db.manager).has(comments.times(2), "comments").create().block();

    List<Map<String, Object>> rows =
        db.connection
            .select("select commentable_type, commentable_id from f_comments")
            .collectList()
            .block();
    assertThat(rows).hasSize(2);
    for (Map<String, Object> row : rows) {
      assertThat(row.values()).contains(Post.class.getName());
      assertThat(row.values().stream().filter(v -> v instanceof Number).map(v -> key(v)))
          .containsExactly(key(post.getKey()));
    }
  }

  @DialectTest
  void forRelationThroughAMorphToSetsTheTypeAndId(TestDatabase database) {
    open(database);
    Factory<Comment> comments =
        Factory.define(Comment.class, faker -> Map.of("body", faker.lorem().sentence()));

    List<Comment> made =
        comments
            .on(db.manager)
            .times(2)
            .forRelation("commentable", Post.factory())
            .create()
            .collectList()
            .block();

    Post post = made.get(0).relationModel("commentable", Post.class);
    assertThat(db.count("f_posts")).isEqualTo(1L);
    assertThat(column("select commentable_id from f_comments")).containsOnly(key(post.getKey()));
    assertThat(
            db.connection
                .select("select distinct commentable_type from f_comments")
                .map(row -> row.values().iterator().next())
                .collectList()
                .block())
        .containsExactly(Post.class.getName());
  }

  @DialectTest
  void hasAttachedCreatesRelatedModelsAndPivotRows(TestDatabase database) {
    open(database);

    User user =
        User.factory()
            .on(db.manager)
            .hasAttached(Role.factory().times(2), "roles", Map.of("granted_by", "seeder"))
            .create()
            .block();

    assertThat(user.relationList("roles", Role.class)).hasSize(2);
    assertThat(db.count("f_roles")).isEqualTo(2L);
    assertThat(column("select user_id from f_role_user"))
        .hasSize(2)
        .containsOnly(key(user.getKey()));
    assertThat(
            db.connection
                .select("select count(*) as n from f_role_user where granted_by = 'seeder'")
                .map(row -> ((Number) row.values().iterator().next()).longValue())
                .blockFirst())
        .isEqualTo(2L);
  }

  @DialectTest
  void recycleReusesSavedModelsInsteadOfCreatingNewOnes(TestDatabase database) {
    open(database);
    User owner = User.factory().on(db.manager).create().block();

    List<Post> posts =
        Post.factory().on(db.manager).times(4).recycle(owner).create().collectList().block();
    User withPosts =
        User.factory()
            .on(db.manager)
            .recycle(owner)
            .has(Post.factory().times(2), "posts")
            .create()
            .block();

    assertThat(posts).allMatch(post -> key(post.get("user_id")) == key(owner.getKey()));
    // The nested posts belong to the user being created: has() sets the key over the recycled one.
    assertThat(db.count("f_users")).isEqualTo(2L);
    assertThat(column("select count(*) from f_posts where user_id = " + key(withPosts.getKey())))
        .containsExactly(2L);
  }

  @DialectTest
  void createWithRelationsWritesTheGivenRelatedRows(TestDatabase database) {
    open(database);
    Role existing = Role.factory().on(db.manager).create(Map.of("name", "admin")).block();

    User user =
        User.factory()
            .on(db.manager)
            .createWithRelations(
                Map.of(),
                Map.of(
                    "roles",
                    List.of(
                        Map.of("id", existing.getKey(), "name", "admin"), Map.of("name", "editor")),
                    "posts",
                    List.of(Map.of("title", "First"))))
            .block();

    assertThat(db.count("f_roles")).isEqualTo(2L);
    assertThat(column("select role_id from f_role_user order by role_id"))
        .hasSize(2)
        .contains(key(existing.getKey()));
    assertThat(column("select user_id from f_posts")).containsExactly(key(user.getKey()));
  }

  @DialectTest
  void aFactoryForAnotherModelIsRefusedAndNothingIsWritten(TestDatabase database) {
    open(database);

    StepVerifier.create(User.factory().on(db.manager).has(Role.factory(), "profile").create())
        .expectErrorMessage(
            "has() on factory [UserFactory] for model [io.ilana.factory.fixtures.User] got a"
                + " factory for [io.ilana.factory.fixtures.Role], but [profile] relates"
                + " [io.ilana.factory.fixtures.Profile].")
        .verify();

    assertThat(db.count("f_users")).isZero();
  }

  @DialectTest
  void aRelationOfTheWrongKindIsRefusedAndNothingIsWritten(TestDatabase database) {
    open(database);

    StepVerifier.create(User.factory().on(db.manager).forRelation("posts", User.factory()).create())
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(FactoryException.class)
                    .hasMessage(
                        "forRelation() on factory [UserFactory] for model"
                            + " [io.ilana.factory.fixtures.User] needs a belongsTo or morphTo"
                            + " relation, but [posts] is a HasMany."))
        .verify();

    assertThat(db.count("f_users")).isZero();
  }
}
