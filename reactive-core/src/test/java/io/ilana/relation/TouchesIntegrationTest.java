package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseConnection;
import io.ilana.db.DatabaseManager;
import io.ilana.db.TestManagers;
import io.ilana.model.BelongsTo;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import io.ilana.query.QueryBuilder;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class TouchesIntegrationTest {
  static final String POSTS = "r_touch_posts";
  static final String NOTES = "r_touch_notes";
  static final LocalDateTime LONG_AGO = LocalDateTime.of(2001, 6, 1, 12, 0);

  /** A post keeping timestamps. */
  static final class Article extends Model<Article> {
    static final ModelType<Article> TYPE =
        ModelType.of(Article.class, Article::new).table(POSTS).timestamps().fillable("title");
  }

  /** A note on a post that touches its post when saved. */
  static final class Note extends Model<Note> {
    static final ModelType<Note> TYPE =
        ModelType.of(Note.class, Note::new)
            .table(NOTES)
            .timestamps()
            .fillable("body", "post_id")
            .relation("post", Note::post)
            .touches("post");

    public BelongsTo<Article> post() {
      return belongsTo(Article.class, "post_id");
    }
  }

  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  /** A post last updated long ago. */
  private Article article(TestDatabase database) {
    manager = TestManagers.open(database);
    DatabaseConnection connection = manager.connection();
    String id =
        "postgres".equals(connection.dialect().name())
            ? "id bigserial primary key"
            : "id bigint auto_increment primary key";
    String stamps = ", created_at timestamp null, updated_at timestamp null";
    recreate(connection, POSTS, id + ", title varchar(50)" + stamps);
    recreate(connection, NOTES, id + ", post_id bigint, body varchar(50)" + stamps);
    Article article = Article.TYPE.query(manager).create(Map.of("title", "t")).block();
    QueryBuilder.on(connection).from(POSTS).update(Map.of("updated_at", LONG_AGO)).block();
    return article;
  }

  private static void recreate(DatabaseConnection connection, String table, String columns) {
    connection.statement("drop table if exists " + table).block();
    connection.statement("create table " + table + " (" + columns + ")").block();
  }

  /** The year of the post's {@code updated_at}; MariaDB reads timestamps as zoned values. */
  private int postUpdatedYear() {
    Object value = Article.TYPE.query(manager).first().block().get("updated_at");
    return value instanceof ZonedDateTime zoned
        ? zoned.getYear()
        : ((LocalDateTime) value).getYear();
  }

  private ModelQuery<Note> notes() {
    return Note.TYPE.query(manager);
  }

  @DialectTest
  void creatingAChildTouchesItsParent(TestDatabase database) {
    Article article = article(database);
    assertThat(postUpdatedYear()).isEqualTo(2001);
    notes().create(Map.of("body", "n", "post_id", article.getKey())).block();
    assertThat(postUpdatedYear()).isGreaterThan(2020);
  }

  @DialectTest
  void updatingAChildTouchesItsParent(TestDatabase database) {
    Article article = article(database);
    Note note = notes().create(Map.of("body", "n", "post_id", article.getKey())).block();
    QueryBuilder.on(manager.connection())
        .from(POSTS)
        .update(Map.of("updated_at", LONG_AGO))
        .block();
    note.update(Map.of("body", "changed")).block();
    assertThat(postUpdatedYear()).isGreaterThan(2020);
  }

  @DialectTest
  void aChildWithoutAParentSavesFineAndTouchesNothing(TestDatabase database) {
    article(database);
    Note note = notes().create(Map.of("body", "orphan")).block();
    assertThat(note.exists()).isTrue();
    assertThat(postUpdatedYear()).isEqualTo(2001);
  }
}
