package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.model.ModelQuery;
import io.ilana.relation.Blog.Comment;
import io.ilana.relation.Blog.Post;
import io.ilana.relation.Blog.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * Eager loading over a thousand users with one post each, and one comment per post: statement
 * counts per stream kind, and streams inside a transaction (one connection) completing.
 */
class StreamingEagerLoadingIntegrationTest {
  private static final int USERS = 1000;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private Blog blog;

  @AfterEach
  void close() {
    if (blog != null) {
      blog.close();
    }
  }

  private ModelQuery<User> thousandUsers(TestDatabase database) {
    blog = Blog.open(database);
    List<Map<String, Object>> users = new ArrayList<>();
    List<Map<String, Object>> posts = new ArrayList<>();
    List<Map<String, Object>> comments = new ArrayList<>();
    for (long n = 1; n <= USERS; n++) {
      users.add(Map.of("id", n, "name", "u" + n));
      posts.add(Map.of("id", n, "user_id", n, "title", "p" + n));
      comments.add(Map.of("id", n, "post_id", n, "body", "c" + n));
    }
    blog.insert(Blog.USERS, users);
    blog.insert(Blog.POSTS, posts);
    blog.insert(Blog.COMMENTS, comments);
    blog.clearLog();
    return blog.users().with("posts.comments");
  }

  /** Each user's one post and that post's one comment were loaded and matched by key. */
  private static void assertLoaded(List<User> users) {
    assertThat(users).hasSize(USERS);
    for (User user : users) {
      List<Post> posts = user.relationList("posts", Post.class);
      assertThat(posts)
          .singleElement()
          .satisfies(
              post -> {
                assertThat(post.getLong("user_id")).isEqualTo(user.getLong("id"));
                assertThat(post.relationList("comments", Comment.class))
                    .singleElement()
                    .satisfies(c -> assertThat(c.getLong("post_id")).isEqualTo(post.getLong("id")));
              });
    }
  }

  @DialectTest
  void getWithNestedRelationsOverAThousandUsersRunsThreeStatements(TestDatabase database)
      throws Exception {
    List<User> users = thousandUsers(database).get().collectList().block(TIMEOUT);
    assertLoaded(users);
    assertThat(blog.selects(3)).hasSize(3);
  }

  @DialectTest
  void cursorLoadsRelationsPerBatchOneStatementPlusTwoPerBatch(TestDatabase database)
      throws Exception {
    List<User> users = thousandUsers(database).cursor(200).collectList().block(TIMEOUT);
    assertLoaded(users);
    assertThat(blog.selects(11)).hasSize(1 + 2 * 5);
  }

  @DialectTest
  void lazyLoadsRelationsPerKeyPagedWindow(TestDatabase database) throws Exception {
    List<User> users = thousandUsers(database).lazy(200).collectList().block(TIMEOUT);
    assertLoaded(users);
    // five full windows and the empty one that ends the stream, two relation queries per window
    assertThat(blog.selects(16)).hasSize(6 + 2 * 5);
  }

  @DialectTest
  void cancellingStreamsWithRelationsReturnsEveryConnection(TestDatabase database)
      throws InterruptedException {
    ModelQuery<User> query = thousandUsers(database).orderBy("id");
    // Cancelled at different points: inside the first batch, between batches, inside a lazy window.
    for (int round = 0; round < 30; round++) {
      int keep = 1 + round * 33;
      assertThat(query.cursor(100).take(keep).count().block(TIMEOUT)).isEqualTo(keep);
      assertThat(query.lazy(100).take(keep).count().block(TIMEOUT)).isEqualTo(keep);
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (blog.connection.poolStats().acquired() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(blog.connection.poolStats().acquired()).isZero();
    assertThat(query.cursor(200).collectList().block(TIMEOUT)).hasSize(USERS);
  }

  @DialectTest
  void cursorWithRelationsCompletesInsideATransactionOnItsOneConnection(TestDatabase database) {
    ModelQuery<User> query = thousandUsers(database);
    List<User> users =
        blog.connection.transactionMany(trx -> query.cursor(200)).collectList().block(TIMEOUT);
    assertLoaded(users);
  }

  @DialectTest
  void lazyWithRelationsCompletesInsideATransactionOnItsOneConnection(TestDatabase database) {
    ModelQuery<User> query = thousandUsers(database);
    List<User> users =
        blog.connection.transactionMany(trx -> query.lazy(200)).collectList().block(TIMEOUT);
    assertLoaded(users);
  }

  @DialectTest
  void getWithRelationsCompletesInsideATransactionOnItsOneConnection(TestDatabase database) {
    ModelQuery<User> query = thousandUsers(database);
    List<User> users =
        blog.connection.transactionMany(trx -> query.get()).collectList().block(TIMEOUT);
    assertLoaded(users);
  }
}
