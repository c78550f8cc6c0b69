package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ilana.collection.Items;
import io.ilana.error.IllegalQueryStateException;
import io.ilana.error.RelationNotFoundException;
import io.ilana.model.EagerLoader;
import io.ilana.pagination.Page;
import io.ilana.relation.Blog.Comment;
import io.ilana.relation.Blog.Post;
import io.ilana.relation.Blog.Profile;
import io.ilana.relation.Blog.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class EagerLoadingIntegrationTest {
  private Blog blog;

  @AfterEach
  void close() {
    if (blog != null) {
      blog.close();
    }
  }

  /** ann: posts a1 (comments x, y) and a2; bob: post b1 and a profile; cy: nothing. */
  private Blog seeded(TestDatabase database) {
    blog = Blog.open(database);
    User ann = blog.users().create(Map.of("name", "ann")).block();
    User bob = blog.users().create(Map.of("name", "bob")).block();
    blog.users().create(Map.of("name", "cy")).block();
    Post a1 = ann.posts().create(Map.of("title", "a1")).block();
    a1.comments().create(Map.of("body", "x")).block();
    a1.comments().create(Map.of("body", "y")).block();
    ann.posts().create(Map.of("title", "a2")).block();
    bob.posts().create(Map.of("title", "b1")).block();
    bob.profile().create(Map.of("bio", "bob's")).block();
    blog.clearLog();
    return blog;
  }

  private static List<String> titles(User user) {
    return user.relationList("posts", Post.class).stream().map(p -> p.getString("title")).toList();
  }

  private List<User> users(io.ilana.model.ModelQuery<User> query) {
    return query.orderBy("id").get().collectList().block();
  }

  @DialectTest
  void nestedRelationsLoadOnlyOnTheModelsALimitKeeps(TestDatabase database) throws Exception {
    Blog seeded = seeded(database);
    seeded.clearLog();
    User ann =
        users(seeded.users().with("posts", q -> q.orderBy("id").limit(1)).with("posts.comments"))
            .get(0);
    List<Post> posts = ann.relationList("posts", Post.class);
    assertThat(posts).extracting(p -> p.getString("title")).containsExactly("a1");
    assertThat(posts.get(0).relationList("comments", Comment.class))
        .extracting(c -> c.getString("body"))
        .containsExactlyInAnyOrder("x", "y");
    assertThat(seeded.statementEvents())
        .filteredOn(event -> event.sql().contains("r_comments"))
        .singleElement()
        // a2 (id 2) was sliced away: its comments are not asked for (PostgreSQL binds one array).
        .satisfies(event -> assertThat(event.bindings().toString()).isIn("[1, 3]", "[[1, 3]]"));
  }

  @DialectTest
  void aLimitInAnEagerConstraintAppliesToEachParent(TestDatabase database) {
    Blog seeded = seeded(database);
    List<User> users = users(seeded.users().with("posts", q -> q.orderByDesc("id").limit(1)));
    assertThat(users)
        .extracting(EagerLoadingIntegrationTest::titles)
        .containsExactly(List.of("a2"), List.of("b1"), List.of());
    List<User> streamed =
        seeded
            .users()
            .with("posts", q -> q.orderBy("id").offset(1).limit(1))
            .orderBy("id")
            .cursor(1)
            .collectList()
            .block();
    assertThat(streamed)
        .extracting(EagerLoadingIntegrationTest::titles)
        .containsExactly(List.of("a2"), List.of(), List.of());
  }

  @DialectTest
  void withConstraintsIsTheConstrainedWithUnderTheReferenceName(TestDatabase database) {
    List<User> users =
        users(seeded(database).users().withConstraints("posts", q -> q.where("title", "b1")));
    assertThat(users)
        .extracting(EagerLoadingIntegrationTest::titles)
        .containsExactly(List.of(), List.of("b1"), List.of());
  }

  @DialectTest
  void aNestedPathAddedAfterAConstrainedWithKeepsTheConstraint(TestDatabase database) {
    User ann =
        users(
                seeded(database)
                    .users()
                    .with("posts", q -> q.where("title", "a1"))
                    .with("posts.comments"))
            .get(0);
    assertThat(titles(ann)).containsExactly("a1");
    assertThat(ann.relationList("posts", Post.class).get(0).relationLoaded("comments")).isTrue();
  }

  @DialectTest
  void withLoadsEachParentsRelatedModelsAndAnEmptyListForNone(TestDatabase database) {
    List<User> users = users(seeded(database).users().with("posts"));
    assertThat(users)
        .extracting(EagerLoadingIntegrationTest::titles)
        .containsExactly(List.of("a1", "a2"), List.of("b1"), List.of());
    assertThat(users.get(2).relationLoaded("posts")).isTrue();
  }

  @DialectTest
  void withLoadsNestedRelationsOnTheLoadedModels(TestDatabase database) {
    User ann = users(seeded(database).users().with("posts.comments")).get(0);
    List<Post> posts = ann.relationList("posts", Post.class);
    assertThat(posts.get(0).relationList("comments", Comment.class))
        .extracting(c -> c.getString("body"))
        .containsExactlyInAnyOrder("x", "y");
    assertThat(posts.get(1).relationList("comments", Comment.class)).isEmpty();
  }

  @DialectTest
  void aConstrainedWithRefinesTheRelationsQuery(TestDatabase database) {
    List<User> users = users(seeded(database).users().with("posts", q -> q.where("title", "a2")));
    assertThat(users)
        .extracting(EagerLoadingIntegrationTest::titles)
        .containsExactly(List.of("a2"), List.of(), List.of());
  }

  @DialectTest
  void aConstrainedWithMayNarrowTheSelectListWhenItKeepsTheForeignKey(TestDatabase database) {
    List<User> users =
        users(seeded(database).users().with("posts", q -> q.select("id", "user_id", "title")));
    assertThat(users)
        .extracting(EagerLoadingIntegrationTest::titles)
        .containsExactly(List.of("a1", "a2"), List.of("b1"), List.of());
  }

  @DialectTest
  void aConstrainedWithDroppingTheForeignKeyFailsInsteadOfMatchingNothing(TestDatabase database) {
    assertThatThrownBy(() -> users(seeded(database).users().with("posts", q -> q.select("title"))))
        .isInstanceOf(IllegalQueryStateException.class)
        .hasMessage(
            "Eager loading [posts] read Post rows without [user_id], which matching them to their"
                + " parents needs; keep it in the constraint's select list.");
    assertThatThrownBy(
            () -> blog.posts().with("author", q -> q.select("name")).get().collectList().block())
        .isInstanceOf(IllegalQueryStateException.class)
        .hasMessageContaining("Eager loading [author] read User rows without [id]");
  }

  @DialectTest
  void belongsToLoadsEachPostsAuthor(TestDatabase database) {
    List<Post> posts =
        seeded(database).posts().with("author").orderBy("id").get().collectList().block();
    assertThat(posts)
        .extracting(p -> p.relationModel("author", User.class).getString("name"))
        .containsExactly("ann", "ann", "bob");
  }

  @DialectTest
  void aPostWithoutAnAuthorLoadsNullWithoutAQuery(TestDatabase database) throws Exception {
    Post orphan = seeded(database).posts().create(Map.of("title", "p0")).block();
    blog.clearLog();
    orphan.load("author").block();
    assertThat(orphan.relationLoaded("author")).isTrue();
    assertThat(orphan.relation("author")).isNull();
    assertThat(blog.selects(0)).isEmpty();
  }

  @DialectTest
  void noParentsMeansNoRelationQuery(TestDatabase database) throws Exception {
    assertThat(
            seeded(database)
                .users()
                .with("posts")
                .where("name", "nobody")
                .get()
                .collectList()
                .block())
        .isEmpty();
    assertThat(blog.selects(1)).hasSize(1);
  }

  @DialectTest
  void hasOneLoadsTheModelOrNull(TestDatabase database) {
    List<User> users = users(seeded(database).users().with("profile"));
    assertThat(users.get(0).relationLoaded("profile")).isTrue();
    assertThat(users.get(0).relationModel("profile", Profile.class)).isNull();
    assertThat(users.get(1).relationModel("profile", Profile.class).getString("bio"))
        .isEqualTo("bob's");
  }

  @DialectTest
  void firstLoadsTheRelationsOfTheOneModel(TestDatabase database) {
    User ann = seeded(database).users().with("posts").orderBy("id").first().block();
    assertThat(titles(ann)).containsExactly("a1", "a2");
  }

  @DialectTest
  void paginateLoadsTheRelationsOfThePagesModels(TestDatabase database) {
    Page<User> page = seeded(database).users().with("posts").orderBy("id").paginate(1, 2).block();
    assertThat(page.data().all())
        .extracting(EagerLoadingIntegrationTest::titles)
        .containsExactly(List.of("a1", "a2"), List.of("b1"));
  }

  @DialectTest
  void anUnknownRelationFailsNamingTheModelAndTheRelation(TestDatabase database) {
    assertThatThrownBy(() -> seeded(database).users().with("friends").get().blockLast())
        .isInstanceOf(RelationNotFoundException.class)
        .hasMessage(
            "Call to undefined relationship [friends] on model [io.ilana.relation.Blog$User].");
  }

  @DialectTest
  void loadingAnUnknownRelationFailsNamingTheModelAndTheRelation(TestDatabase database) {
    User ann = seeded(database).users().orderBy("id").first().block();
    assertThatThrownBy(() -> ann.load("friends").block())
        .isInstanceOf(RelationNotFoundException.class)
        .hasMessage(
            "Call to undefined relationship [friends] on model [io.ilana.relation.Blog$User].");
    assertThatThrownBy(() -> ann.loadMissing("posts.likes").block())
        .isInstanceOf(RelationNotFoundException.class)
        .hasMessageContaining("[likes] on model [io.ilana.relation.Blog$Post]");
  }

  @DialectTest
  void anUnknownNestedRelationFailsNamingTheRelatedModel(TestDatabase database) {
    assertThatThrownBy(() -> seeded(database).users().with("posts.likes").get().blockLast())
        .isInstanceOf(RelationNotFoundException.class)
        .hasMessage(
            "Call to undefined relationship [likes] on model [io.ilana.relation.Blog$Post] in the"
                + " relation path [posts.likes] of model [io.ilana.relation.Blog$User].");
  }

  @DialectTest
  void loadAddsRelationsToAModelAlreadyRead(TestDatabase database) {
    User ann = seeded(database).users().orderBy("id").first().block();
    assertThat(ann.relationLoaded("posts")).isFalse();
    ann.load("posts.comments").block();
    assertThat(titles(ann)).containsExactly("a1", "a2");
    assertThat(ann.relationList("posts", Post.class).get(0).relationLoaded("comments")).isTrue();
  }

  @DialectTest
  void loadMissingReadsOnlyRelationsNotLoadedYet(TestDatabase database) throws Exception {
    User ann = users(seeded(database).users().with("posts")).get(0);
    blog.clearLog();
    ann.loadMissing("posts", "profile").block();
    assertThat(blog.selects(1)).hasSize(1).allMatch(sql -> sql.contains(Blog.PROFILES));
    assertThat(titles(ann)).containsExactly("a1", "a2");
  }

  @DialectTest
  void loadMissingLoadsNestedRelationsOnRelationsAlreadyLoaded(TestDatabase database)
      throws Exception {
    User ann = users(seeded(database).users().with("posts")).get(0);
    blog.clearLog();
    ann.loadMissing("posts.comments").block();
    assertThat(blog.selects(1)).hasSize(1).allMatch(sql -> sql.contains(Blog.COMMENTS));
    assertThat(ann.relationList("posts", Post.class).get(0).relationList("comments", Comment.class))
        .hasSize(2);
  }

  @DialectTest
  void aCollectionLoadsRelationsForAllItsModelsInOneQuery(TestDatabase database) throws Exception {
    Items<User> users = seeded(database).users().orderBy("id").collect().block();
    blog.clearLog();
    EagerLoader.load(users, "posts").block();
    assertThat(blog.selects(1)).hasSize(1);
    assertThat(users.map(EagerLoadingIntegrationTest::titles).all())
        .containsExactly(List.of("a1", "a2"), List.of("b1"), List.of());
  }

  @DialectTest
  void loadedRelationsAreSerialisedWithTheModel(TestDatabase database) throws Exception {
    User bob = users(seeded(database).users().with("posts", "profile")).get(1);
    Map<?, ?> json =
        new ObjectMapper().readValue(new ObjectMapper().writeValueAsString(bob), Map.class);
    assertThat(json.get("name")).isEqualTo("bob");
    assertThat((List<?>) json.get("posts"))
        .singleElement()
        .satisfies(post -> assertThat(((Map<?, ?>) post).get("title")).isEqualTo("b1"));
    assertThat(((Map<?, ?>) json.get("profile")).get("bio")).isEqualTo("bob's");
  }
}
