package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.RelationNotFoundException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * The model query and relation queries offer the query builder's whole condition surface (they
 * share {@code WhereBuilder}), written directly on {@code User.query()} and {@code user.posts()} as
 * the reference README writes them, on every database.
 */
class ModelQueryConditionsIntegrationTest {
  static final String AUTHORS = "m_cond_authors";
  static final String POSTS = "m_cond_posts";

  static final class Author extends Model<Author> {
    static final ModelType<Author> TYPE =
        ModelType.of(Author.class, Author::new)
            .table(AUTHORS)
            .fillable("name")
            .relation("posts", Author::posts);

    public HasMany<Post> posts() {
      return hasMany(Post.class, "author_id");
    }
  }

  /** The same authors, the relation declared once: by its method, with no registration. */
  static final class Writer extends Model<Writer> {
    static final ModelType<Writer> TYPE = ModelType.of(Writer.class, Writer::new).table(AUTHORS);

    public HasMany<Post> posts() {
      return hasMany(Post.class, "author_id");
    }
  }

  static final class Post extends Model<Post> {
    static final ModelType<Post> TYPE =
        ModelType.of(Post.class, Post::new)
            .table(POSTS)
            .fillable("title", "votes", "min_votes", "published_on", "author_id");
  }

  private ModelDb db;
  private Author ann;
  private Author bob;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private void seed(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(AUTHORS, db.id() + ", name varchar(20)");
    db.recreate(
        POSTS,
        db.id()
            + ", title varchar(20), votes integer, min_votes integer, published_on date,"
            + " author_id bigint");
    ann = Author.TYPE.query(db.manager).create(Map.of("name", "ann")).block();
    bob = Author.TYPE.query(db.manager).create(Map.of("name", "bob")).block();
    post(ann, "a1", 10, 5, LocalDate.of(2024, 1, 2));
    post(ann, "a2", 1, 5, LocalDate.of(2024, 3, 4));
    post(bob, "b1", 7, 5, LocalDate.of(2024, 1, 2));
  }

  private void post(Author author, String title, int votes, int min, LocalDate on) {
    Post.TYPE
        .query(db.manager)
        .create(
            Map.of(
                "title",
                title,
                "votes",
                votes,
                "min_votes",
                min,
                "published_on",
                on,
                "author_id",
                author.getKey()))
        .block();
  }

  private ModelQuery<Post> posts() {
    return Post.TYPE.query(db.manager);
  }

  private static List<String> titles(ModelQuery<Post> query) {
    return query.orderBy("title").get().map(p -> p.getString("title")).collectList().block();
  }

  @DialectTest
  void dateColumnRawAndNegatedConditionsReadOnTheModelQuery(TestDatabase database) {
    seed(database);

    assertThat(titles(posts().whereDate("published_on", "2024-01-02"))).containsExactly("a1", "b1");
    assertThat(titles(posts().whereMonth("published_on", 3))).containsExactly("a2");
    assertThat(titles(posts().whereColumn("votes", ">", "min_votes"))).containsExactly("a1", "b1");
    assertThat(titles(posts().whereRaw("votes < ?", 5))).containsExactly("a2");
    assertThat(titles(posts().whereNot(q -> q.where("title", "a1")))).containsExactly("a2", "b1");
    assertThat(titles(posts().where("votes", 1).orWhereIn("title", List.of("b1"))))
        .containsExactly("a2", "b1");
  }

  @DialectTest
  void existsAndGroupsTakeTheModelQueryAndTheBuilder(TestDatabase database) {
    seed(database);

    ModelQuery<Post> byAnn =
        posts()
            .whereExists(
                q ->
                    q.from(AUTHORS)
                        .whereColumn(AUTHORS + ".id", POSTS + ".author_id")
                        .where(AUTHORS + ".name", "ann"));
    ModelQuery<Post> grouped =
        posts().where(q -> q.where("votes", ">", 5).whereBetween("votes", 8, 20));

    assertThat(titles(byAnn)).containsExactly("a1", "a2");
    assertThat(titles(grouped)).containsExactly("a1");
  }

  @DialectTest
  void whenAndUnlessApplyAConditionOnlyWhenAsked(TestDatabase database) {
    seed(database);

    assertThat(titles(posts().when(true, q -> q.where("title", "a1")))).containsExactly("a1");
    assertThat(titles(posts().when(false, q -> q.where("title", "a1")))).hasSize(3);
    assertThat(titles(posts().unless(true, q -> q.where("title", "a1")))).hasSize(3);
  }

  @DialectTest
  void aRelationOffersTheSameConditions(TestDatabase database) {
    seed(database);

    assertThat(ann.posts().whereDate("published_on", "2024-01-02").count().block()).isEqualTo(1L);
    assertThat(ann.posts().whereColumn("votes", "<", "min_votes").count().block()).isEqualTo(1L);
    assertThat(ann.posts().when(true, q -> q.whereRaw("votes > ?", 5)).count().block())
        .isEqualTo(1L);
  }

  @DialectTest
  void anOrWhereOnARelationStaysWithinItsParent(TestDatabase database) {
    seed(database);

    List<String> titles =
        ann.posts()
            .orWhere("title", "b1")
            .orderBy("title")
            .get()
            .map(p -> p.getString("title"))
            .collectList()
            .block();

    // Among ann's posts, title = b1: none; bob's b1 is not reached through ann's relation.
    assertThat(titles).isEmpty();
    assertThat(ann.posts().where("votes", 10).count().block()).isEqualTo(1L);
  }

  @DialectTest
  void aRelationMethodIsFoundByItsNameWithoutARegistration(TestDatabase database) {
    seed(database);

    List<Writer> writers =
        Writer.TYPE.query(db.manager).with("posts").orderBy("name").get().collectList().block();
    long withPosts = Writer.TYPE.query(db.manager).has("posts", ">", 1).count().block();

    assertThat(writers.get(0).relationList("posts", Post.class)).hasSize(2);
    assertThat(writers.get(1).relationList("posts", Post.class)).hasSize(1);
    assertThat(withPosts).isEqualTo(1L);
    assertThatThrownBy(() -> Writer.TYPE.query(db.manager).with("drafts").get().blockLast())
        .isInstanceOf(RelationNotFoundException.class);
  }
}
