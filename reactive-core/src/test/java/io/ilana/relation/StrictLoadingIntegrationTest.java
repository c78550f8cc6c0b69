package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.LazyLoadingViolationException;
import io.ilana.model.HasMany;
import io.ilana.model.HasOne;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.relation.Blog.Post;
import io.ilana.relation.Blog.User;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class StrictLoadingIntegrationTest {
  private Blog blog;

  /** A user type on the blog's users table that refuses lazy loading. */
  static final class StrictUser extends Model<StrictUser> {
    static final ModelType<StrictUser> TYPE =
        ModelType.of(StrictUser.class, StrictUser::new)
            .table(Blog.USERS)
            .preventLazyLoading()
            .relation("posts", StrictUser::posts)
            .relation("profile", StrictUser::profile);

    public HasMany<Post> posts() {
      return hasMany(Post.class, "user_id");
    }

    public HasOne<Blog.Profile> profile() {
      return hasOne(Blog.Profile.class, "user_id");
    }
  }

  @AfterEach
  void close() {
    if (blog != null) {
      blog.close();
    }
  }

  private void seed(TestDatabase database) {
    blog = Blog.open(database);
    User ann = blog.users().create(Map.of("name", "ann")).block();
    ann.posts().create(Map.of("title", "a1")).block();
  }

  @DialectTest
  void readingARelationThatWasNotLoadedFailsNamingTheModelAndTheRelation(TestDatabase database) {
    seed(database);
    StrictUser user = StrictUser.TYPE.query(blog.manager).first().block();
    assertThatThrownBy(() -> user.relation("posts"))
        .isInstanceOf(LazyLoadingViolationException.class)
        .hasMessage(
            "Attempted to lazy load [posts] on model"
                + " [io.ilana.relation.StrictLoadingIntegrationTest$StrictUser]"
                + " but lazy loading is disabled.");
  }

  @DialectTest
  void typedReadersOfARelationThatWasNotLoadedFailToo(TestDatabase database) {
    seed(database);
    StrictUser user = StrictUser.TYPE.query(blog.manager).first().block();
    assertThatThrownBy(() -> user.relationList("posts", Post.class))
        .isInstanceOf(LazyLoadingViolationException.class);
    assertThatThrownBy(() -> user.relationModel("profile", Blog.Profile.class))
        .isInstanceOf(LazyLoadingViolationException.class)
        .hasMessageContaining("[profile]");
  }

  @DialectTest
  void eagerLoadedRelationsReadFine(TestDatabase database) {
    seed(database);
    StrictUser user = StrictUser.TYPE.query(blog.manager).with("posts", "profile").first().block();
    assertThat(user.relationList("posts", Post.class))
        .extracting(p -> p.getString("title"))
        .containsExactly("a1");
    assertThat(user.relation("profile")).isNull();
  }

  @DialectTest
  void relationsLoadedLaterReadFine(TestDatabase database) {
    seed(database);
    StrictUser user = StrictUser.TYPE.query(blog.manager).first().block();
    user.load("posts").block();
    assertThat(user.relationList("posts", Post.class)).hasSize(1);
  }

  @DialectTest
  void withoutStrictModeARelationThatWasNotLoadedReadsAsAbsent(TestDatabase database) {
    seed(database);
    User user = blog.users().first().block();
    assertThat(user.relation("posts")).isNull();
    assertThat(user.relationList("posts", Post.class)).isEmpty();
  }
}
