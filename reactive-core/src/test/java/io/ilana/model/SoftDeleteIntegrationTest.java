package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Three posts, of which "b" is soft-deleted; every read path must see only "a" and "c". */
class SoftDeleteIntegrationTest {
  static final String TABLE = "m_soft_posts";

  static class Post extends Model<Post> {
    static final ModelType<Post> TYPE =
        ModelType.of(Post.class, Post::new)
            .table(TABLE)
            .fillable("title", "votes")
            .softDeletes()
            .timestamps();
  }

  private ModelDb db;
  private Post trashed;

  private ModelQuery<Post> posts(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(
        TABLE,
        db.id()
            + ", title varchar(50), votes int, created_at timestamp null,"
            + " updated_at timestamp null, deleted_at timestamp null");
    ModelQuery<Post> posts = Post.TYPE.query(db.manager);
    Flux.just("a", "b", "c")
        .concatMap(t -> posts.create(Map.of("title", t, "votes", 10)))
        .collectList()
        .block();
    trashed = posts.where("title", "b").first().block();
    trashed.delete().block();
    return posts;
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private static List<String> titles(Flux<Post> posts) {
    return posts.map(p -> p.getString("title")).sort().collectList().block();
  }

  @DialectTest
  void deleteSetsDeletedAtAndKeepsTheRow(TestDatabase database) {
    ModelQuery<Post> posts = posts(database);
    assertThat(trashed.trashed()).isTrue();
    assertThat(trashed.exists()).isTrue();
    assertThat(posts.withTrashed().count().block()).isEqualTo(3L);
  }

  @DialectTest
  void getFirstFindAndFindManySkipTrashedRows(TestDatabase database) {
    ModelQuery<Post> posts = posts(database);
    assertThat(titles(posts.get())).containsExactly("a", "c");
    assertThat(posts.where("title", "b").first().blockOptional()).isEmpty();
    assertThat(posts.find(trashed.getKey()).blockOptional()).isEmpty();
    assertThat(titles(posts.findMany(List.of(trashed.getKey())))).isEmpty();
  }

  @DialectTest
  void aggregatesExistsPluckAndValueSkipTrashedRows(TestDatabase database) {
    ModelQuery<Post> posts = posts(database);
    assertThat(posts.count().block()).isEqualTo(2L);
    assertThat(posts.sum("votes").block()).isEqualByComparingTo(new BigDecimal(20));
    assertThat(posts.where("title", "b").exists().block()).isFalse();
    assertThat(posts.pluck("title").block()).containsExactlyInAnyOrder("a", "c");
    assertThat(posts.where("title", "b").value("title").blockOptional()).isEmpty();
  }

  @DialectTest
  void chunkLazyAndCursorSkipTrashedRows(TestDatabase database) {
    ModelQuery<Post> posts = posts(database);
    assertThat(posts.chunk(1).collectList().block()).hasSize(2);
    assertThat(titles(posts.lazy(1))).containsExactly("a", "c");
    assertThat(titles(posts.cursor(10))).containsExactly("a", "c");
  }

  @DialectTest
  void anOrAmongTheQuerysConditionsCannotEscapeTheScope(TestDatabase database) {
    ModelQuery<Post> posts = posts(database);
    assertThat(titles(posts.where("title", "a").orWhere("title", "b").get())).containsExactly("a");
  }

  @DialectTest
  void withTrashedAndOnlyTrashedWidenAndNarrowTheReads(TestDatabase database) {
    ModelQuery<Post> posts = posts(database);
    assertThat(titles(posts.withTrashed().get())).containsExactly("a", "b", "c");
    assertThat(titles(posts.onlyTrashed().get())).containsExactly("b");
    assertThat(titles(posts.withTrashed().withoutTrashed().get())).containsExactly("a", "c");
    assertThat(titles(posts.withoutGlobalScope("softDeletes").get()))
        .containsExactly("a", "b", "c");
  }

  @DialectTest
  void restoreClearsDeletedAt(TestDatabase database) {
    ModelQuery<Post> posts = posts(database);
    trashed.restore().as(StepVerifier::create).expectNext(trashed).verifyComplete();
    assertThat(trashed.trashed()).isFalse();
    assertThat(posts.count().block()).isEqualTo(3L);
  }

  @DialectTest
  void forceDeleteRemovesTheRow(TestDatabase database) {
    ModelQuery<Post> posts = posts(database);
    trashed.forceDelete().block();
    assertThat(posts.withTrashed().count().block()).isEqualTo(2L);
  }

  @DialectTest
  void queryLevelDeleteSoftDeletesAndBulkRestoreBringsBack(TestDatabase database) {
    ModelQuery<Post> posts = posts(database);
    assertThat(posts.where("title", "a").delete().block()).isEqualTo(1L);
    assertThat(titles(posts.onlyTrashed().get())).containsExactly("a", "b");
    assertThat(posts.onlyTrashed().restore().block()).isEqualTo(2L);
    assertThat(posts.count().block()).isEqualTo(3L);
  }

  @DialectTest
  void queryLevelUpdateSkipsTrashedRows(TestDatabase database) {
    ModelQuery<Post> posts = posts(database);
    assertThat(posts.update(Map.of("votes", 1)).block()).isEqualTo(2L);
    assertThat(
            posts
                .withTrashed()
                .where("title", "b")
                .value("votes")
                .map(v -> ((Number) v).intValue())
                .block())
        .isEqualTo(10);
  }
}
