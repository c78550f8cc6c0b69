package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.MorphTypeException;
import io.ilana.model.Model;
import io.ilana.relation.Gallery.Comment;
import io.ilana.relation.Gallery.Image;
import io.ilana.relation.Gallery.Post;
import io.ilana.relation.Gallery.Video;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** What polymorphic relations store and accept in their type columns under a morph map. */
class MorphMapIntegrationTest {
  private static final String UNMAPPED_POST =
      "No morph map entry for io.ilana.relation.Gallery$Post and the morph map is enforced;"
          + " register it: MorphMap.register(\"<alias>\", Post.class).";

  private Gallery gallery;

  @AfterEach
  void close() {
    if (gallery != null) {
      gallery.close();
    }
  }

  private Gallery open(TestDatabase database) {
    gallery = Gallery.open(database);
    return gallery;
  }

  /** A comment row whose type column holds {@code storedType}, pointing at id 1. */
  private Comment commentStoredAs(String storedType) {
    gallery.insert(
        Gallery.COMMENTS,
        List.of(Map.of("body", "odd", "commentable_type", storedType, "commentable_id", 1)));
    return gallery.comments().where("body", "odd").first().block();
  }

  @DialectTest
  void aRegisteredAliasIsWhatLandsInTheTypeColumnAndIsReadBack(TestDatabase database) {
    open(database).morphMap().register(Map.of("post", Post.class, "video", Video.class));
    Post post = gallery.posts().create(Map.of("title", "p1")).block();
    Comment comment = post.comments().create(Map.of("body", "c1")).block();
    Image image = post.image().create(Map.of("url", "p1.png")).block();
    assertThat(gallery.row(Gallery.COMMENTS, comment.getKey()).get("commentable_type"))
        .isEqualTo("post");
    assertThat(gallery.row(Gallery.IMAGES, image.getKey()).get("imageable_type")).isEqualTo("post");
    assertThat(post.comments().count().block()).isEqualTo(1L);
    assertThat(comment.commentable().owner(Post.class).block().getString("title")).isEqualTo("p1");
    Comment loaded = gallery.comments().with("commentable").first().block();
    assertThat(((Model<?>) loaded.relation("commentable")).getString("title")).isEqualTo("p1");
    Post withComments = gallery.posts().with("comments").withCount("comments").first().block();
    assertThat(withComments.relationList("comments", Comment.class)).hasSize(1);
    assertThat(withComments.getLong("comments_count")).isEqualTo(1L);
  }

  @DialectTest
  void associateStoresTheOwnersAlias(TestDatabase database) {
    open(database).morphMap().register("video", Video.class);
    Video video = gallery.videos().create(Map.of("title", "v1")).block();
    Comment comment = gallery.comments().create(Map.of("body", "c1")).block();
    comment.commentable().associate(video);
    comment.save().block();
    assertThat(gallery.row(Gallery.COMMENTS, comment.getKey()).get("commentable_type"))
        .isEqualTo("video");
  }

  @DialectTest
  void anEnforcedMapRefusesToCreateForAnUnmappedParent(TestDatabase database) {
    Post post = open(database).posts().create(Map.of("title", "p1")).block();
    gallery.morphMap().enforce(Map.of("video", Video.class));
    assertThatThrownBy(() -> post.comments().create(Map.of("body", "c1")).block())
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(UNMAPPED_POST);
    assertThatThrownBy(() -> post.comments().make(Map.of("body", "c1")))
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(UNMAPPED_POST);
    assertThat(gallery.count(Gallery.COMMENTS)).isZero();
  }

  @DialectTest
  void anEnforcedMapRefusesToAssociateAnUnmappedOwner(TestDatabase database) {
    Post post = open(database).posts().create(Map.of("title", "p1")).block();
    Comment comment = gallery.comments().create(Map.of("body", "c1")).block();
    gallery.morphMap().enforce(Map.of("video", Video.class));
    assertThatThrownBy(() -> comment.commentable().associate(post))
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(UNMAPPED_POST);
    assertThat(comment.get("commentable_type")).isNull();
  }

  @DialectTest
  void aStoredTypeMissingFromTheEnforcedMapFailsEagerLoading(TestDatabase database) {
    open(database).posts().create(Map.of("title", "p1")).block();
    commentStoredAs("podcast");
    gallery.morphMap().enforce(Map.of("post", Post.class, "video", Video.class));
    assertThatThrownBy(() -> gallery.comments().with("commentable").get().collectList().block())
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(
            "Stored morph type [podcast] is not in the enforced morph map; known aliases: [post,"
                + " video].");
  }

  @DialectTest
  void aStoredTypeMissingFromTheEnforcedMapFailsLazyReading(TestDatabase database) {
    open(database).posts().create(Map.of("title", "p1")).block();
    Comment comment = commentStoredAs("podcast");
    gallery.morphMap().enforce(Map.of("post", Post.class));
    assertThatThrownBy(() -> comment.commentable().owner().block())
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(
            "Stored morph type [podcast] is not in the enforced morph map; known aliases: [post].");
    assertThatThrownBy(() -> comment.commentable().first().block())
        .isInstanceOf(MorphTypeException.class)
        .hasMessageStartingWith("Stored morph type [podcast]");
  }

  @DialectTest
  void aStoredClassNameOfANonModelFailsEagerAndLazyReading(TestDatabase database) {
    open(database).posts().create(Map.of("title", "p1")).block();
    Comment comment = commentStoredAs("java.lang.String");
    String message =
        "Stored morph type [java.lang.String] names java.lang.String, which is not a model.";
    assertThatThrownBy(() -> comment.commentable().owner().block())
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> gallery.comments().with("commentable").get().collectList().block())
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(message);
  }

  @DialectTest
  void aStoredNameThatIsNeitherAliasNorClassFailsNamingIt(TestDatabase database) {
    open(database).posts().create(Map.of("title", "p1")).block();
    Comment comment = commentStoredAs("podcast");
    assertThatThrownBy(() -> comment.commentable().owner().block())
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(
            "Stored morph type [podcast] is neither a morph map alias nor a model class name.");
  }

  @DialectTest
  void aRowWithAnUnusableTypeCanStillBeReassociated(TestDatabase database) {
    Post post = open(database).posts().create(Map.of("title", "p1")).block();
    Comment comment = commentStoredAs("java.lang.String");
    comment.commentable().associate(post);
    comment.save().block();
    Comment reread = gallery.comments().find(comment.getKey()).block();
    assertThat(reread.commentable().owner(Post.class).block().getString("title")).isEqualTo("p1");
  }
}
