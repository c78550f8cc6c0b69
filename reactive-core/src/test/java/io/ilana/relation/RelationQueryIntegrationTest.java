package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.relation.Blog.Post;
import io.ilana.relation.Blog.Profile;
import io.ilana.relation.Blog.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class RelationQueryIntegrationTest {
  private Blog blog;

  @AfterEach
  void close() {
    if (blog != null) {
      blog.close();
    }
  }

  private User user(TestDatabase database, String name) {
    if (blog == null) {
      blog = Blog.open(database);
    }
    return blog.users().create(Map.of("name", name, "code", "c-" + name)).block();
  }

  private static List<String> titles(List<Post> posts) {
    return posts.stream().map(post -> post.getString("title")).toList();
  }

  @DialectTest
  void associateAndDissociateReplaceTheLoadedOwner(TestDatabase database) {
    User ann = user(database, "ann");
    User bob = blog.users().create(Map.of("name", "bob")).block();
    ann.posts().create(Map.of("title", "a1")).block();
    Post post = blog.posts().with("author").first().block();
    post.author().associate(bob);
    assertThat(post.relationModel("author", User.class).getString("name")).isEqualTo("bob");
    post.author().dissociate();
    assertThat(post.relationLoaded("author")).isTrue();
    assertThat(post.relationModel("author", User.class)).isNull();
  }

  @DialectTest
  void latestOnARelationQualifiesTheCreationColumnWithTheRelatedTable(TestDatabase database) {
    User ann = user(database, "ann");
    // Joined relation queries (belongsToMany, through) would otherwise name an ambiguous column.
    String sql = ann.roles().latest().compile().text().replaceAll("[\"`]", "");
    assertThat(sql).endsWith("order by r_roles.created_at desc");
    assertThat(ann.posts().query().oldest().compile().text().replaceAll("[\"`]", ""))
        .endsWith("order by r_posts.created_at asc");
  }

  @DialectTest
  void hasManyReadsOnlyTheParentsRelatedModels(TestDatabase database) {
    User ann = user(database, "ann");
    User bob = user(database, "bob");
    ann.posts().create(Map.of("title", "a1")).block();
    ann.posts().create(Map.of("title", "a2")).block();
    bob.posts().create(Map.of("title", "b1")).block();
    assertThat(titles(ann.posts().orderBy("id").get().collectList().block()))
        .containsExactly("a1", "a2");
  }

  @DialectTest
  void aRelationIsAQueryThatCanBeRefined(TestDatabase database) {
    User ann = user(database, "ann");
    ann.posts().create(Map.of("title", "a1")).block();
    ann.posts().create(Map.of("title", "a2")).block();
    user(database, "bob").posts().create(Map.of("title", "a2")).block();
    assertThat(titles(ann.posts().where("title", "a2").get().collectList().block()))
        .containsExactly("a2");
    assertThat(ann.posts().count().block()).isEqualTo(2L);
  }

  @DialectTest
  void hasManyCreateSetsTheForeignKeyToTheParentsKey(TestDatabase database) {
    User ann = user(database, "ann");
    Post post = ann.posts().create(Map.of("title", "t")).block();
    assertThat(post.exists()).isTrue();
    assertThat(post.getLong("user_id")).isEqualTo(ann.getLong("id"));
  }

  @DialectTest
  void hasManySaveSetsTheForeignKeyOfAnUnsavedModel(TestDatabase database) {
    User ann = user(database, "ann");
    Post post = blog.posts().make(Map.of("title", "t"));
    ann.posts().save(post).block();
    assertThat(ann.posts().first().block().getString("title")).isEqualTo("t");
  }

  @DialectTest
  void hasOneCreatesAndReadsTheOneRelatedModel(TestDatabase database) {
    User ann = user(database, "ann");
    user(database, "bob").profile().create(Map.of("bio", "bob's")).block();
    ann.profile().create(Map.of("bio", "ann's")).block();
    Profile profile = ann.profile().first().block();
    assertThat(profile.getString("bio")).isEqualTo("ann's");
  }

  @DialectTest
  void belongsToReadsTheOwner(TestDatabase database) {
    User ann = user(database, "ann");
    user(database, "bob");
    Post post = ann.posts().create(Map.of("title", "t")).block();
    assertThat(post.author().first().block().getString("name")).isEqualTo("ann");
  }

  @DialectTest
  void customLocalAndOwnerKeysAreUsedInsteadOfTheIds(TestDatabase database) {
    User ann = user(database, "ann");
    user(database, "bob");
    Post post = ann.coded().create(Map.of("title", "t")).block();
    assertThat(post.getString("user_code")).isEqualTo("c-ann");
    assertThat(post.attributes().get("user_id")).isNull();
    assertThat(post.byCode().first().block().getString("name")).isEqualTo("ann");
  }

  @DialectTest
  void associateSetsTheForeignKeyAndDissociateClearsIt(TestDatabase database) {
    User ann = user(database, "ann");
    Post post = blog.posts().create(Map.of("title", "t")).block();
    post.author().associate(ann).save().block();
    assertThat(post.author().first().block().getString("name")).isEqualTo("ann");
    post.author().dissociate().save().block();
    assertThat(post.author().first().blockOptional()).isEmpty();
    assertThat(blog.posts().find(post.getKey()).block().attributes().get("user_id")).isNull();
  }

  @DialectTest
  void aParentWithoutAKeyHasNoRelatedModelsEvenWhenOrphansExist(TestDatabase database) {
    user(database, "ann");
    blog.posts().create(Map.of("title", "orphan")).block();
    assertThat(blog.users().make(Map.of()).posts().count().block()).isZero();
    assertThat(blog.posts().first().block().author().first().blockOptional()).isEmpty();
  }
}
