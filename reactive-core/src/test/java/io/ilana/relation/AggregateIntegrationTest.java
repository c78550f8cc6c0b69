package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.model.ModelQuery;
import io.ilana.relation.Blog.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class AggregateIntegrationTest {
  private Blog blog;

  @AfterEach
  void close() {
    if (blog != null) {
      blog.close();
    }
  }

  /** ann: posts with 3 and 5 votes; bob: one post with 4 votes; cy: nothing. */
  private ModelQuery<User> users(TestDatabase database) {
    blog = Blog.open(database);
    User ann = blog.users().create(Map.of("name", "ann")).block();
    User bob = blog.users().create(Map.of("name", "bob")).block();
    blog.users().create(Map.of("name", "cy")).block();
    ann.posts().create(Map.of("title", "a1", "votes", 3)).block();
    ann.posts().create(Map.of("title", "a2", "votes", 5)).block();
    bob.posts().create(Map.of("title", "b1", "votes", 4)).block();
    return blog.users().orderBy("id");
  }

  private static List<User> all(ModelQuery<User> query) {
    return query.get().collectList().block();
  }

  @DialectTest
  void withSumAddsTheSumOfTheColumnOverTheRelatedModels(TestDatabase database) {
    List<User> users = all(users(database).withSum("posts", "votes"));
    assertThat(users).extracting(u -> u.getString("name")).containsExactly("ann", "bob", "cy");
    assertThat(users).extracting(u -> u.getLong("posts_sum_votes")).containsExactly(8L, 4L, null);
  }

  @DialectTest
  void withAvgAddsTheAverage(TestDatabase database) {
    List<User> users = all(users(database).withAvg("posts", "votes"));
    assertThat(users)
        .extracting(u -> u.getDouble("posts_avg_votes"))
        .containsExactly(4.0, 4.0, null);
  }

  @DialectTest
  void withMinAndWithMaxAddTheSmallestAndLargestValues(TestDatabase database) {
    List<User> users = all(users(database).withMin("posts", "votes").withMax("posts", "votes"));
    assertThat(users).extracting(u -> u.getLong("posts_min_votes")).containsExactly(3L, 4L, null);
    assertThat(users).extracting(u -> u.getLong("posts_max_votes")).containsExactly(5L, 4L, null);
  }

  @DialectTest
  void withExistsAddsWhetherAnyRelatedModelExists(TestDatabase database) {
    List<User> users = all(users(database).withExists("posts"));
    assertThat(users)
        .extracting(u -> u.getBoolean("posts_exists"))
        .containsExactly(true, true, false);
  }

  @DialectTest
  void aggregatesComposeWithCountAndWorkOnBelongsTo(TestDatabase database) {
    users(database);
    List<User> users = all(blog.users().orderBy("id").withCount("posts").withSum("posts", "votes"));
    assertThat(users).extracting(u -> u.getLong("posts_count")).containsExactly(2L, 1L, 0L);
    assertThat(
            blog.posts()
                .orderBy("id")
                .withExists("author")
                .get()
                .map(p -> p.getBoolean("author_exists"))
                .collectList()
                .block())
        .containsExactly(true, true, true);
  }
}
