package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseManager;
import io.ilana.db.TestManagers;
import io.ilana.error.MorphTypeException;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.model.MorphMany;
import io.ilana.model.MorphMap;
import io.ilana.model.MorphTo;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * The morph map belongs to a manager: two managers on one database, each with its own map, store
 * and resolve the same model class under their own aliases, and neither knows the other's.
 */
class MorphMapInstancesIntegrationTest {
  static final String POSTS = "cy_posts";
  static final String COMMENTS = "cy_comments";

  static final class Post extends Model<Post> {
    static final ModelType<Post> TYPE =
        ModelType.of(Post.class, Post::new)
            .table(POSTS)
            .fillable("title")
            .relation("comments", Post::comments);

    public MorphMany<Comment> comments() {
      return morphMany(Comment.class, "commentable");
    }
  }

  static final class Comment extends Model<Comment> {
    static final ModelType<Comment> TYPE =
        ModelType.of(Comment.class, Comment::new)
            .table(COMMENTS)
            .fillable("body")
            .relation("commentable", Comment::commentable);

    public MorphTo<?> commentable() {
      return morphTo("commentable");
    }
  }

  /** The first manager, with the tables. */
  static final class Tables extends RelationFixture {
    Tables(TestDatabase database) {
      super(database);
      recreate(POSTS, id + ", title varchar(50)");
      recreate(
          COMMENTS,
          id + ", body varchar(50), commentable_type varchar(255), commentable_id bigint");
    }
  }

  private Tables tables;
  private DatabaseManager other;

  @AfterEach
  void close() {
    if (other != null) {
      other.close().block();
    }
    if (tables != null) {
      tables.close();
    }
  }

  /** A post and a comment on it written through {@code manager}; returns the comment's key. */
  private static Object commentedPost(DatabaseManager manager, String title) {
    Post post = Post.TYPE.query(manager).create(Map.of("title", title)).block();
    return post.comments().create(Map.of("body", title)).block().getKey();
  }

  private static Comment comment(DatabaseManager manager, String body) {
    return Comment.TYPE.query(manager).where("body", body).first().block();
  }

  @DialectTest
  void twoManagersStoreAndResolveMorphTypesEachWithItsOwnMap(TestDatabase database) {
    tables = new Tables(database);
    other = TestManagers.open(database);
    MorphMap.of(tables.manager).register("post", Post.class);
    MorphMap.of(other).enforce(Map.of("article", Post.class));

    Object first = commentedPost(tables.manager, "first");
    Object second = commentedPost(other, "second");

    assertThat(tables.row(COMMENTS, first).get("commentable_type")).isEqualTo("post");
    assertThat(tables.row(COMMENTS, second).get("commentable_type")).isEqualTo("article");
    assertThat(
            comment(tables.manager, "first").commentable().owner(Post.class).block().get("title"))
        .isEqualTo("first");
    assertThat(comment(other, "second").commentable().owner(Post.class).block().get("title"))
        .isEqualTo("second");
  }

  @DialectTest
  void anAliasOfOneManagerIsUnknownToAnother(TestDatabase database) {
    tables = new Tables(database);
    other = TestManagers.open(database);
    MorphMap.of(tables.manager).register("post", Post.class);
    MorphMap.of(other).enforce(Map.of("article", Post.class));
    commentedPost(tables.manager, "first");
    commentedPost(other, "second");

    assertThatThrownBy(() -> comment(other, "first").commentable().owner().block())
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(
            "Stored morph type [post] is not in the enforced morph map; known aliases: [article].");
    assertThatThrownBy(() -> comment(tables.manager, "second").commentable().owner().block())
        .isInstanceOf(MorphTypeException.class)
        .hasMessage(
            "Stored morph type [article] is neither a morph map alias nor a model class name.");
  }
}
