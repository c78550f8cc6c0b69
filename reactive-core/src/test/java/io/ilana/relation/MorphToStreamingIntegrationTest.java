package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.relation.Gallery.Comment;
import io.ilana.relation.Gallery.Post;
import io.ilana.relation.Gallery.Video;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;

/**
 * morphTo loaded over streams: two hundred comments, alternately on a post and on a video with the
 * same number, loaded per batch with one query per owner type; and inside a transaction, where one
 * connection serves every statement in turn.
 */
class MorphToStreamingIntegrationTest {
  private static final int OWNERS = 100;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private Gallery gallery;

  @AfterEach
  void close() {
    if (gallery != null) {
      gallery.close();
    }
  }

  /** Posts and videos 1..100; comment 2n-1 on post n, comment 2n on video n. */
  private ModelQuery<Comment> twoHundredComments(TestDatabase database) {
    gallery = Gallery.open(database);
    List<Map<String, Object>> posts = new ArrayList<>();
    List<Map<String, Object>> videos = new ArrayList<>();
    List<Map<String, Object>> comments = new ArrayList<>();
    for (long n = 1; n <= OWNERS; n++) {
      posts.add(Map.of("id", n, "title", "p" + n));
      videos.add(Map.of("id", n, "title", "v" + n));
      comments.add(
          Map.of(
              "id",
              2 * n - 1,
              "body",
              "c",
              "commentable_type",
              Post.class.getName(),
              "commentable_id",
              n));
      comments.add(
          Map.of(
              "id",
              2 * n,
              "body",
              "c",
              "commentable_type",
              Video.class.getName(),
              "commentable_id",
              n));
    }
    gallery.insert(Gallery.POSTS, posts);
    gallery.insert(Gallery.VIDEOS, videos);
    gallery.insert(Gallery.COMMENTS, comments);
    gallery.clearLog();
    return gallery.comments().with("commentable");
  }

  /** Every comment got the owner of its stored type and id. */
  private static void assertMatched(List<Comment> comments) {
    assertThat(comments).hasSize(2 * OWNERS);
    for (Comment comment : comments) {
      Model<?> owner = (Model<?>) comment.relation("commentable");
      long number = (comment.getLong("id") + 1) / 2;
      Class<?> expected = comment.getLong("id") % 2 == 1 ? Post.class : Video.class;
      assertThat(owner).isInstanceOf(expected);
      assertThat(owner.getLong("id")).isEqualTo(number);
    }
  }

  @DialectTest
  void getLoadsBothOwnerTypesWithOneQueryEach(TestDatabase database) throws Exception {
    List<Comment> comments = twoHundredComments(database).get().collectList().block(TIMEOUT);
    assertMatched(comments);
    assertThat(gallery.selects(3)).hasSize(1 + 2);
  }

  @DialectTest
  void cursorLoadsOwnersPerBatchOneQueryPerOwnerType(TestDatabase database) throws Exception {
    List<Comment> comments =
        twoHundredComments(database).orderBy("id").cursor(40).collectList().block(TIMEOUT);
    assertMatched(comments);
    assertThat(gallery.selects(11)).hasSize(1 + 2 * 5);
  }

  @DialectTest
  void lazyLoadsOwnersPerKeyPagedWindow(TestDatabase database) throws Exception {
    List<Comment> comments = twoHundredComments(database).lazy(40).collectList().block(TIMEOUT);
    assertMatched(comments);
    // five full windows and the empty one that ends the stream, two owner queries per window
    assertThat(gallery.selects(16)).hasSize(6 + 2 * 5);
  }

  @DialectTest
  void cursorWithOwnersCompletesInsideATransactionOnItsOneConnection(TestDatabase database) {
    ModelQuery<Comment> query = twoHundredComments(database).orderBy("id");
    List<Comment> comments =
        gallery.connection.transactionMany(trx -> query.cursor(40)).collectList().block(TIMEOUT);
    assertMatched(comments);
  }

  @DialectTest
  void createAssociateAndEagerLoadInsideATransactionSeeEachOther(TestDatabase database) {
    gallery = Gallery.open(database);
    Object videoId = gallery.videos().create(Map.of("title", "v7")).block().getKey();
    List<String> owners =
        gallery
            .connection
            .transactionMany(
                trx ->
                    gallery
                        .posts()
                        .create(Map.of("title", "fresh"))
                        .flatMap(post -> post.comments().create(Map.of("body", "in trx")))
                        .flatMap(
                            comment ->
                                gallery
                                    .videos()
                                    .find(videoId)
                                    .map(video -> comment.commentable().associate(video)))
                        .flatMap(comment -> ((Comment) comment).save())
                        .thenMany(
                            gallery.comments().with("commentable").where("body", "in trx").get())
                        .map(c -> ((Model<?>) c.relation("commentable")).getString("title")))
            .collectList()
            .block(TIMEOUT);
    assertThat(owners).containsExactly("v7");
    assertThat(
            gallery
                .comments()
                .where("body", "in trx")
                .first()
                .flatMap(c -> c.commentable().owner(Video.class))
                .map(v -> v.getString("title"))
                .switchIfEmpty(Mono.just("none"))
                .block(TIMEOUT))
        .isEqualTo("v7");
  }
}
