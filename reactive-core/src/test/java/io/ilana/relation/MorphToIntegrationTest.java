package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.collection.Items;
import io.ilana.error.IllegalModelStateException;
import io.ilana.error.MorphTypeException;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.model.EagerLoader;
import io.ilana.model.Model;
import io.ilana.relation.Gallery.Comment;
import io.ilana.relation.Gallery.Note;
import io.ilana.relation.Gallery.Post;
import io.ilana.relation.Gallery.Video;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** morphTo: comments owned by posts or videos, read lazily, eagerly, and re-pointed. */
class MorphToIntegrationTest {
  private Gallery gallery;
  private Post p1;
  private Post p2;
  private Video v1;
  private Comment c1;
  private Comment c2;
  private Comment c3;
  private Comment orphan;

  @AfterEach
  void close() {
    if (gallery != null) {
      gallery.close();
    }
  }

  /**
   * Posts p1, p2 and video v1 (p1 and v1 both id 1). Comments c1 on p1, c2 on v1, c3 on p2, and an
   * orphan with neither type nor id.
   */
  private Gallery seeded(TestDatabase database) {
    gallery = Gallery.open(database);
    p1 = gallery.posts().create(Map.of("title", "p1")).block();
    p2 = gallery.posts().create(Map.of("title", "p2")).block();
    v1 = gallery.videos().create(Map.of("title", "v1")).block();
    c1 = p1.comments().create(Map.of("body", "c1")).block();
    c2 = v1.comments().create(Map.of("body", "c2")).block();
    c3 = p2.comments().create(Map.of("body", "c3")).block();
    orphan = gallery.comments().create(Map.of("body", "orphan")).block();
    gallery.clearLog();
    return gallery;
  }

  private List<Comment> commentsWith(String... relations) {
    return gallery.comments().with(relations).orderBy("id").get().collectList().block();
  }

  private static String ownerTitle(Comment comment) {
    Model<?> owner = (Model<?>) comment.relation("commentable");
    return owner == null ? null : owner.getClass().getSimpleName() + ":" + owner.getString("title");
  }

  @DialectTest
  void aLimitInAMorphToConstraintDoesNotCutAcrossTheBatch(TestDatabase database) {
    List<Comment> comments =
        seeded(database)
            .comments()
            .with("commentable", q -> q.limit(1))
            .whereNotNull("commentable_id")
            .get()
            .collectList()
            .block();
    assertThat(comments)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.relation("commentable")).isNotNull());
  }

  @DialectTest
  void lazilyTheOwnerIsReadFromTheTableOfTheStoredType(TestDatabase database) {
    seeded(database);
    Model<?> ofC1 = c1.commentable().first().block();
    Model<?> ofC2 = c2.commentable().first().block();
    assertThat(ofC1).isInstanceOf(Post.class);
    assertThat(ofC1.getString("title")).isEqualTo("p1");
    assertThat(ofC2).isInstanceOf(Video.class);
    assertThat(ofC2.getString("title")).isEqualTo("v1");
    assertThat(c3.commentable().owner().block().getString("title")).isEqualTo("p2");
  }

  @DialectTest
  void ownerAsAClassReadsItTypedAndFailsForAnOwnerOfAnotherClass(TestDatabase database) {
    seeded(database);
    Video video = c2.commentable().owner(Video.class).block();
    assertThat(video.getString("title")).isEqualTo("v1");
    assertThat(c2.commentable().ownerClass()).contains(Video.class);
    assertThatThrownBy(() -> c2.commentable().owner(Post.class).block())
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(
            "The [commentable] of io.ilana.relation.Gallery$Comment is a"
                + " io.ilana.relation.Gallery$Video, not a io.ilana.relation.Gallery$Post.");
  }

  @DialectTest
  void aCommentWithoutTypeOrIdHasNoOwnerAndReadsNothing(TestDatabase database) throws Exception {
    seeded(database);
    assertThat(orphan.commentable().owner().blockOptional()).isEmpty();
    assertThat(orphan.commentable().ownerClass()).isEmpty();
    assertThat(gallery.selects(0)).isEmpty();
    assertThat(orphan.commentable().first().blockOptional()).isEmpty();
  }

  @DialectTest
  void eagerLoadingRunsOneQueryPerOwnerTypeAndMatchesEachCommentToItsOwner(TestDatabase database)
      throws Exception {
    List<Comment> comments =
        seeded(database).comments().with("commentable").orderBy("id").get().collectList().block();
    assertThat(comments)
        .extracting(MorphToIntegrationTest::ownerTitle)
        .containsExactly("Post:p1", "Video:v1", "Post:p2", null);
    assertThat(comments.get(3).relationLoaded("commentable")).isTrue();
    assertThat(gallery.selects(3)).hasSize(1 + 2);
  }

  @DialectTest
  void aCommentWhoseOwnerRowIsGoneGetsNull(TestDatabase database) {
    seeded(database);
    p2.delete().block();
    assertThat(commentsWith("commentable"))
        .extracting(MorphToIntegrationTest::ownerTitle)
        .containsExactly("Post:p1", "Video:v1", null, null);
  }

  @DialectTest
  void nestedRelationsLoadOnTheOwnersOfEveryType(TestDatabase database) throws Exception {
    seeded(database);
    v1.comments().create(Map.of("body", "c5")).block();
    gallery.clearLog();
    List<Comment> comments = commentsWith("commentable.comments");
    Model<?> video = (Model<?>) comments.get(1).relation("commentable");
    assertThat(video.relationList("comments", Comment.class))
        .extracting(c -> c.getString("body"))
        .containsExactlyInAnyOrder("c2", "c5");
    Model<?> post = (Model<?>) comments.get(0).relation("commentable");
    assertThat(post.relationList("comments", Comment.class))
        .extracting(c -> c.getString("body"))
        .containsExactly("c1");
    // comments, then per owner type: owners and their comments
    assertThat(gallery.selects(5)).hasSize(1 + 2 * 2);
  }

  @DialectTest
  void aConstrainedWithRefinesTheQueryOfEveryOwnerType(TestDatabase database) {
    seeded(database);
    List<Comment> comments =
        gallery
            .comments()
            .with("commentable", q -> q.where("title", "in", List.of("p1", "v1")))
            .orderBy("id")
            .get()
            .collectList()
            .block();
    assertThat(comments)
        .extracting(MorphToIntegrationTest::ownerTitle)
        .containsExactly("Post:p1", "Video:v1", null, null);
  }

  @DialectTest
  void loadAndLoadMissingReadOwnersOfLoadedModels(TestDatabase database) throws Exception {
    seeded(database);
    c2.load("commentable").block();
    assertThat(ownerTitle(c2)).isEqualTo("Video:v1");
    Items<Comment> comments =
        gallery.comments().with("commentable").orderBy("id").collect().block();
    gallery.clearLog();
    EagerLoader.loadMissing(comments, "commentable.comments").block();
    Model<?> post = (Model<?>) comments.get(0).relation("commentable");
    assertThat(post.relationList("comments", Comment.class))
        .extracting(c -> c.getString("body"))
        .containsExactly("c1");
    // the owners were loaded: only their comments, once per owner class
    assertThat(gallery.selects(2)).hasSize(2);
  }

  @DialectTest
  void associateSetsTypeAndIdAndDissociateClearsBoth(TestDatabase database) {
    seeded(database);
    orphan.commentable().associate(v1);
    assertThat(ownerTitle(orphan)).isEqualTo("Video:v1");
    orphan.save().block();
    Map<String, Object> row = gallery.row(Gallery.COMMENTS, orphan.getKey());
    assertThat(row.get("commentable_type")).isEqualTo(Video.class.getName());
    assertThat(((Number) row.get("commentable_id")).longValue())
        .isEqualTo(((Number) v1.getKey()).longValue());
    Comment reread = gallery.comments().find(orphan.getKey()).block();
    assertThat(reread.commentable().owner(Video.class).block().getString("title")).isEqualTo("v1");

    reread.commentable().dissociate();
    assertThat(reread.relation("commentable")).isNull();
    reread.save().block();
    Map<String, Object> cleared = gallery.row(Gallery.COMMENTS, orphan.getKey());
    assertThat(cleared.get("commentable_type")).isNull();
    assertThat(cleared.get("commentable_id")).isNull();
  }

  @DialectTest
  void associatingAnUnsavedOwnerFailsNamingItsKey(TestDatabase database) {
    seeded(database);
    Post unsaved = gallery.posts().make(Map.of("title", "draft"));
    assertThatThrownBy(() -> orphan.commentable().associate(unsaved))
        .isInstanceOf(IllegalModelStateException.class)
        .hasMessage("Save the Post before associating it as [commentable]: its [id] is not set.");
  }

  @DialectTest
  void whereHasOnAMorphToFailsNamingTheRelationAndWhy(TestDatabase database) {
    seeded(database);
    assertThatThrownBy(
            () -> gallery.comments().whereHas("commentable", q -> q.where("title", "p1")))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage(
            "has/whereHas/withCount on the morphTo relation [commentable] of"
                + " io.ilana.relation.Gallery$Comment is not supported: its owners live in a"
                + " different table for each stored [commentable_type], so no single correlated"
                + " sub-query can reach them; query the owners' types separately (filter on"
                + " [commentable_type]).");
  }

  @DialectTest
  void explicitTypeAndIdColumnsAreReadAndWritten(TestDatabase database) throws Exception {
    seeded(database);
    Note note = p2.notes().create(Map.of("body", "n1")).block();
    Note loose = gallery.notes().create(Map.of("body", "n2")).block();
    loose.subject().associate(v1);
    loose.save().block();
    assertThat(note.subject().owner(Post.class).block().getString("title")).isEqualTo("p2");
    gallery.clearLog();
    List<Note> notes = gallery.notes().with("subject").orderBy("id").get().collectList().block();
    assertThat(notes)
        .extracting(n -> ((Model<?>) n.relation("subject")).getString("title"))
        .containsExactly("p2", "v1");
    assertThat(gallery.selects(3)).hasSize(3);
  }
}
