package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.LazyLoadingViolationException;
import io.ilana.relation.Gallery.Comment;
import io.ilana.relation.Gallery.Image;
import io.ilana.relation.Gallery.Note;
import io.ilana.relation.Gallery.Post;
import io.ilana.relation.Gallery.StrictPost;
import io.ilana.relation.Gallery.Video;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** morphMany and morphOne: posts and videos with the same ids sharing comments and images. */
class MorphOneOrManyIntegrationTest {
  private static final String POST_TYPE = Post.class.getName();
  private static final String VIDEO_TYPE = Video.class.getName();

  private Gallery gallery;
  private Post p1;
  private Post p2;
  private Video v1;
  private Video v2;

  @AfterEach
  void close() {
    if (gallery != null) {
      gallery.close();
    }
  }

  /**
   * Posts p1, p2 and videos v1, v2 (ids 1 and 2 on both sides). p1: comments "great" (3 likes) and
   * "meh" (1 like), image p1.png; v1: comment "nice", image v1.png; v2: comment "v2 only"; p2:
   * nothing.
   */
  private Gallery seeded(TestDatabase database) {
    gallery = Gallery.open(database);
    p1 = gallery.posts().create(Map.of("title", "p1")).block();
    p2 = gallery.posts().create(Map.of("title", "p2")).block();
    v1 = gallery.videos().create(Map.of("title", "v1")).block();
    v2 = gallery.videos().create(Map.of("title", "v2")).block();
    p1.comments().create(Map.of("body", "great", "likes", 3)).block();
    p1.comments().create(Map.of("body", "meh", "likes", 1)).block();
    v1.comments().create(Map.of("body", "nice", "likes", 5)).block();
    v2.comments().create(Map.of("body", "v2 only", "likes", 7)).block();
    p1.image().create(Map.of("url", "p1.png")).block();
    v1.image().create(Map.of("url", "v1.png")).block();
    gallery.clearLog();
    return gallery;
  }

  private static List<String> bodies(List<Comment> comments) {
    return comments.stream().map(c -> c.getString("body")).toList();
  }

  private static List<String> loadedBodies(io.ilana.model.Model<?> parent) {
    return bodies(parent.relationList("comments", Comment.class));
  }

  @DialectTest
  void aSingleOrConditionInAnEagerConstraintCannotReachAnotherTypesRows(TestDatabase database) {
    List<Post> posts =
        seeded(database)
            .posts()
            .with("comments", q -> q.orWhere("likes", ">", 4))
            .orderBy("id")
            .get()
            .collectList()
            .block();
    assertThat(posts).extracting(p -> loadedBodies(p)).containsExactly(List.of(), List.of());
  }

  @DialectTest
  void anOrInARelationRefinementStaysWithinTheParentsModels(TestDatabase database) {
    seeded(database);
    assertThat(
            bodies(
                p1.comments()
                    .query(q -> q.where("likes", ">", 100).orWhere("likes", ">", 4))
                    .get()
                    .collectList()
                    .block()))
        .isEmpty();
  }

  @DialectTest
  void anOrInsideAnEagerConstraintCannotReachAnotherTypesRows(TestDatabase database) {
    // p1 and v1 share id 1: only the type column tells their comments apart.
    List<Post> posts =
        seeded(database)
            .posts()
            .with("comments", q -> q.where("body", "nope").orWhere("likes", ">", 4))
            .orderBy("id")
            .get()
            .collectList()
            .block();
    assertThat(posts).extracting(p -> loadedBodies(p)).containsExactly(List.of(), List.of());
  }

  @DialectTest
  void createStoresTheParentsKeyAndClassNameInTheIdAndTypeColumns(TestDatabase database) {
    Comment created =
        seeded(database).posts().find(2).block().comments().create(Map.of("body", "new")).block();
    Map<String, Object> row = gallery.row(Gallery.COMMENTS, created.getKey());
    assertThat(row.get("commentable_type")).isEqualTo(POST_TYPE);
    assertThat(((Number) row.get("commentable_id")).longValue()).isEqualTo(2L);
    assertThat(created.getString("commentable_type")).isEqualTo(POST_TYPE);
  }

  @DialectTest
  void aParentReadsOnlyTheRowsStoredWithItsTypeNotThoseOfAnotherTypeWithTheSameId(
      TestDatabase database) {
    seeded(database);
    assertThat(
            p1.comments().orderBy("id").get().map(c -> c.getString("body")).collectList().block())
        .containsExactly("great", "meh");
    assertThat(v1.comments().get().map(c -> c.getString("body")).collectList().block())
        .containsExactly("nice");
    assertThat(p2.comments().count().block()).isZero();
    assertThat(v2.comments().count().block()).isEqualTo(1L);
  }

  @DialectTest
  void makeSetsBothColumnsWithoutSaving(TestDatabase database) {
    Comment made =
        seeded(database).posts().find(2).block().comments().make(Map.of("body", "draft"));
    assertThat(made.getString("commentable_type")).isEqualTo(POST_TYPE);
    assertThat(made.getLong("commentable_id")).isEqualTo(2L);
    assertThat(made.getString("body")).isEqualTo("draft");
    assertThat(gallery.count(Gallery.COMMENTS)).isEqualTo(4L);
  }

  @DialectTest
  void saveAndSaveManyPointExistingCommentsAtTheParent(TestDatabase database) {
    seeded(database);
    Comment loose = gallery.comments().create(Map.of("body", "loose")).block();
    v2.comments().save(loose).block();
    List<Comment> two =
        List.of(
            gallery.comments().make(Map.of("body", "a")),
            gallery.comments().make(Map.of("body", "b")));
    p2.comments().saveMany(two).collectList().block();
    Map<String, Object> row = gallery.row(Gallery.COMMENTS, loose.getKey());
    assertThat(row.get("commentable_type")).isEqualTo(VIDEO_TYPE);
    assertThat(((Number) row.get("commentable_id")).longValue()).isEqualTo(2L);
    assertThat(
            p2.comments().orderBy("id").get().map(c -> c.getString("body")).collectList().block())
        .containsExactly("a", "b");
    assertThat(v2.comments().count().block()).isEqualTo(2L);
  }

  @DialectTest
  void createManyCreatesEachCommentForTheParentInOrder(TestDatabase database) {
    seeded(database);
    List<Comment> created =
        p2.comments()
            .createMany(List.of(Map.of("body", "first"), Map.of("body", "second")))
            .collectList()
            .block();
    assertThat(bodies(created)).containsExactly("first", "second");
    assertThat(
            p2.comments().orderBy("id").get().map(c -> c.getString("body")).collectList().block())
        .containsExactly("first", "second");
    assertThat(v2.comments().count().block()).isEqualTo(1L);
  }

  @DialectTest
  void morphOneReadsTheParentsImageOrNothing(TestDatabase database) {
    seeded(database);
    assertThat(p1.image().first().block().getString("url")).isEqualTo("p1.png");
    assertThat(v1.image().first().block().getString("url")).isEqualTo("v1.png");
    assertThat(p2.image().first().blockOptional()).isEmpty();
    Image made = v2.image().make(Map.of("url", "v2.png"));
    assertThat(made.getString("imageable_type")).isEqualTo(VIDEO_TYPE);
    assertThat(made.getLong("imageable_id")).isEqualTo(2L);
  }

  @DialectTest
  void eagerLoadingCommentsRunsOneQueryForThePostsAndOneForAllTheirComments(TestDatabase database)
      throws Exception {
    List<Post> posts =
        seeded(database).posts().with("comments").orderBy("id").get().collectList().block();
    assertThat(posts)
        .extracting(MorphOneOrManyIntegrationTest::loadedBodies)
        .containsExactly(List.of("great", "meh"), List.of());
    assertThat(gallery.selects(2)).hasSize(2);
  }

  @DialectTest
  void eagerLoadingAMorphOneGivesEachParentItsImageOrNull(TestDatabase database) {
    List<Video> videos =
        seeded(database).videos().with("image").orderBy("id").get().collectList().block();
    assertThat(videos.get(0).relationModel("image", Image.class).getString("url"))
        .isEqualTo("v1.png");
    assertThat(videos.get(1).relationLoaded("image")).isTrue();
    assertThat(videos.get(1).relationModel("image", Image.class)).isNull();
  }

  @DialectTest
  void explicitColumnsAndLocalKeyNameWhereTheParentIsStored(TestDatabase database) {
    seeded(database);
    Post legacy = gallery.posts().create(Map.of("title", "old", "legacy_id", 900)).block();
    Note byLegacy = legacy.legacyNotes().create(Map.of("body", "by legacy id")).block();
    Note byId = legacy.notes().create(Map.of("body", "by id")).block();
    Map<String, Object> row = gallery.row(Gallery.NOTES, byLegacy.getKey());
    assertThat(row.get("subject_kind")).isEqualTo(POST_TYPE);
    assertThat(((Number) row.get("subject_ref")).longValue()).isEqualTo(900L);
    assertThat(((Number) gallery.row(Gallery.NOTES, byId.getKey()).get("subject_ref")).longValue())
        .isEqualTo(((Number) legacy.getKey()).longValue());
    Post loaded =
        gallery.posts().with("legacyNotes", "notes").where("title", "old").first().block();
    assertThat(loaded.relationList("legacyNotes", Note.class))
        .extracting(n -> n.getString("body"))
        .containsExactly("by legacy id");
    assertThat(loaded.relationList("notes", Note.class))
        .extracting(n -> n.getString("body"))
        .containsExactly("by id");
  }

  @DialectTest
  void hasAndDoesntHaveLookOnlyAtRowsOfTheParentsType(TestDatabase database) {
    seeded(database);
    // v2 (id 2) has a comment, p2 (id 2) has none: only the type tells them apart.
    assertThat(
            gallery
                .posts()
                .has("comments")
                .get()
                .map(p -> p.getString("title"))
                .collectList()
                .block())
        .containsExactly("p1");
    assertThat(
            gallery
                .posts()
                .doesntHave("comments")
                .get()
                .map(p -> p.getString("title"))
                .collectList()
                .block())
        .containsExactly("p2");
    assertThat(
            gallery
                .videos()
                .has("image")
                .get()
                .map(v -> v.getString("title"))
                .collectList()
                .block())
        .containsExactly("v1");
  }

  @DialectTest
  void whereHasRefinesTheRelatedRowsOfTheParentsType(TestDatabase database) {
    seeded(database);
    assertThat(
            gallery
                .posts()
                .whereHas("comments", q -> q.where("likes", ">", 2))
                .get()
                .map(p -> p.getString("title"))
                .collectList()
                .block())
        .containsExactly("p1");
    assertThat(gallery.videos().whereHas("comments", q -> q.where("body", "great")).count().block())
        .isZero();
  }

  @DialectTest
  void withCountAndWithSumAggregateOnlyTheParentsOwnRows(TestDatabase database) {
    List<Post> posts =
        seeded(database)
            .posts()
            .withCount("comments")
            .withSum("comments", "likes")
            .orderBy("id")
            .get()
            .collectList()
            .block();
    assertThat(posts).extracting(p -> p.getLong("comments_count")).containsExactly(2L, 0L);
    assertThat(posts.get(0).getLong("comments_sum_likes")).isEqualTo(4L);
    assertThat(posts.get(1).get("comments_sum_likes")).isNull();
  }

  @DialectTest
  void loadReadsTheCommentsAndLoadMissingDoesNotReadThemAgain(TestDatabase database)
      throws Exception {
    seeded(database);
    p1.load("comments").block();
    assertThat(loadedBodies(p1)).containsExactlyInAnyOrder("great", "meh");
    assertThat(gallery.selects(1)).hasSize(1);
    gallery.clearLog();
    p1.loadMissing("comments").block();
    v1.loadMissing("comments").block();
    assertThat(loadedBodies(v1)).containsExactly("nice");
    assertThat(gallery.selects(1)).hasSize(1);
  }

  @DialectTest
  void strictLoadingRefusesCommentsNotLoadedAndServesLoadedOnes(TestDatabase database) {
    gallery = Gallery.open(database);
    StrictPost post = gallery.strictPosts().create(Map.of("title", "strict")).block();
    post.comments().create(Map.of("body", "kept")).block();
    StrictPost read = gallery.strictPosts().first().block();
    assertThatThrownBy(() -> read.relation("comments"))
        .isInstanceOf(LazyLoadingViolationException.class)
        .hasMessageContaining("[comments]");
    StrictPost loaded = gallery.strictPosts().with("comments").first().block();
    assertThat(loaded.relationList("comments", Comment.class))
        .extracting(c -> c.getString("commentable_type"))
        .containsExactly(StrictPost.class.getName());
  }
}
