package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.config.IlanaConfig;
import io.ilana.db.DatabaseManager;
import io.ilana.error.CrossConnectionRelationException;
import io.ilana.model.BelongsTo;
import io.ilana.model.BelongsToMany;
import io.ilana.model.HasMany;
import io.ilana.model.HasManyThrough;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.query.Query;
import io.ilana.schema.Schema;
import io.ilana.schema.TestConnections;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * A relation reads the related model on the connection that model declares: users live on the
 * default connection, their posts, teams and tags (with the user-tag pivot) on {@code analytics},
 * another database, and notes on {@code mirror}, a second connection to the users' database.
 */
class RelationConnectionIntegrationTest {
  static final String USERS = "s12f_users";
  static final String POSTS = "s12f_posts";
  static final String TEAMS = "s12f_teams";
  static final String TAGS = "s12f_tags";
  static final String USER_TAG = "s12f_user_tag";
  static final String NOTES = "s12f_notes";

  static final class User extends Model<User> {
    static final ModelType<User> TYPE =
        ModelType.of(User.class, User::new)
            .table(USERS)
            .relation("posts", User::posts)
            .relation("team", User::team)
            .relation("tags", User::tags)
            .relation("notes", User::notes)
            .relation("notedPosts", User::notedPosts);

    HasMany<Post> posts() {
      return hasMany(Post.class, "user_id");
    }

    BelongsTo<Team> team() {
      return belongsTo(Team.class, "team_id");
    }

    BelongsToMany<Tag> tags() {
      return belongsToMany(Tag.class, USER_TAG, "user_id", "tag_id");
    }

    HasMany<Note> notes() {
      return hasMany(Note.class, "user_id");
    }

    /** Posts on analytics through notes on the users' database: a join no database can run. */
    HasManyThrough<Post> notedPosts() {
      return hasManyThrough(Post.class, Note.class, "user_id", "note_id");
    }
  }

  static final class Post extends Model<Post> {
    static final ModelType<Post> TYPE =
        ModelType.of(Post.class, Post::new).table(POSTS).connection("analytics");
  }

  static final class Team extends Model<Team> {
    static final ModelType<Team> TYPE =
        ModelType.of(Team.class, Team::new).table(TEAMS).connection("analytics");
  }

  static final class Tag extends Model<Tag> {
    static final ModelType<Tag> TYPE =
        ModelType.of(Tag.class, Tag::new).table(TAGS).connection("analytics");
  }

  static final class Note extends Model<Note> {
    static final ModelType<Note> TYPE =
        ModelType.of(Note.class, Note::new).table(NOTES).connection("mirror");
  }

  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  /** Ada (team 1) has two posts, tag 1 and one note; Bob has nothing. */
  private void seed(TestDatabase database) {
    String main;
    String analytics;
    if (database.isEmbedded()) {
      String own = database.database().substring("mem:".length());
      main = own + "_s12f_main";
      analytics = own + "_s12f_analytics";
    } else {
      main = TestConnections.DATABASE;
      analytics = "s12f_analytics";
    }
    manager =
        DatabaseManager.create(
            IlanaConfig.builder()
                .connection(TestConnections.named(database, "default", main, 4))
                .connection(TestConnections.named(database, "analytics", analytics, 4))
                .connection(TestConnections.named(database, "mirror", main, 4))
                .defaultConnection("default")
                .build());
    Schema own = Schema.on(manager.connection("default"));
    Schema other = Schema.on(manager.connection("analytics"));
    for (String table : List.of(USERS, NOTES)) {
      own.dropTableIfExists(table).block();
    }
    for (String table : List.of(POSTS, TEAMS, TAGS, USER_TAG)) {
      other.dropTableIfExists(table).block();
    }
    own.createTable(
            USERS,
            t -> {
              t.increments("id");
              t.string("name");
              t.integer("team_id").nullable();
            })
        .block();
    own.createTable(
            NOTES,
            t -> {
              t.increments("id");
              t.integer("user_id");
              t.string("body");
            })
        .block();
    other
        .createTable(
            POSTS,
            t -> {
              t.increments("id");
              t.integer("user_id");
              t.string("title");
            })
        .block();
    other
        .createTable(
            TEAMS,
            t -> {
              t.increments("id");
              t.string("name");
            })
        .block();
    other
        .createTable(
            TAGS,
            t -> {
              t.increments("id");
              t.string("name");
            })
        .block();
    other
        .createTable(
            USER_TAG,
            t -> {
              t.integer("user_id");
              t.integer("tag_id");
            })
        .block();
    Query.table(manager.connection("default"), USERS)
        .insert(Map.of("id", 1, "name", "Ada", "team_id", 1))
        .block();
    Query.table(manager.connection("default"), USERS)
        .insert(Map.of("id", 2, "name", "Bob"))
        .block();
    Query.table(manager.connection("default"), NOTES)
        .insert(Map.of("id", 1, "user_id", 1, "body", "mirrored"))
        .block();
    Query.table(manager.connection("analytics"), POSTS)
        .insert(
            List.of(
                Map.of("id", 1, "user_id", 1, "title", "first"),
                Map.of("id", 2, "user_id", 1, "title", "second")))
        .block();
    Query.table(manager.connection("analytics"), TEAMS)
        .insert(Map.of("id", 1, "name", "red"))
        .block();
    Query.table(manager.connection("analytics"), TAGS)
        .insert(List.of(Map.of("id", 1, "name", "java"), Map.of("id", 2, "name", "sql")))
        .block();
  }

  private User ada() {
    return User.TYPE.query(manager).find(1).block();
  }

  private static List<String> titles(List<Post> posts) {
    return posts.stream().map(post -> post.getString("title")).sorted().toList();
  }

  @DialectTest
  void aLazyHasManyReadsTheRelatedModelsOnTheirDeclaredConnection(TestDatabase database) {
    seed(database);
    assertThat(titles(ada().posts().get().collectList().block()))
        .containsExactly("first", "second");
  }

  @DialectTest
  void eagerLoadingReadsTheRelatedModelsOnTheirDeclaredConnection(TestDatabase database) {
    seed(database);
    List<User> users =
        User.TYPE.query(manager).with("posts").orderBy("id").get().collectList().block();
    assertThat(titles(users.get(0).relationList("posts", Post.class)))
        .containsExactly("first", "second");
    assertThat(users.get(1).relationList("posts", Post.class)).isEmpty();
  }

  @DialectTest
  void aBelongsToReadsTheOwnerOnItsDeclaredConnectionLazilyAndEagerly(TestDatabase database) {
    seed(database);
    assertThat(ada().team().first().block().getString("name")).isEqualTo("red");
    User eager = User.TYPE.query(manager).with("team").find(1).block();
    assertThat(((Team) eager.relation("team")).getString("name")).isEqualTo("red");
  }

  @DialectTest
  void aModelReadThroughARelationSavesToItsDeclaredConnection(TestDatabase database) {
    seed(database);
    Post post = ada().posts().where("title", "first").first().block();
    post.set("title", "edited").save().block();
    assertThat(
            Query.table(manager.connection("analytics"), POSTS)
                .where("id", 1)
                .value("title")
                .block())
        .isEqualTo("edited");
  }

  @DialectTest
  void theBelongsToManyPivotIsWrittenAndReadOnTheRelatedModelsConnection(TestDatabase database) {
    seed(database);
    User ada = ada();
    ada.tags().attach(List.of(1, 2)).block();
    assertThat(Query.table(manager.connection("analytics"), USER_TAG).count().block())
        .isEqualTo(2L);
    assertThat(ada.tags().get().map(tag -> tag.getString("name")).collectSortedList().block())
        .containsExactly("java", "sql");
    User eager = User.TYPE.query(manager).with("tags").find(1).block();
    assertThat(eager.relationList("tags", Tag.class)).hasSize(2);
  }

  @DialectTest
  void hasOverARelationOnAnotherDatabaseIsATypedErrorNamingBothConnections(TestDatabase database) {
    seed(database);
    assertCrossConnection(
        Mono.defer(() -> User.TYPE.query(manager).has("posts").get().collectList()),
        "Relation [User.posts] cannot be used as a has or whereHas sub-query: the query runs on"
            + " connection [default] and Post is on connection [analytics], another database,"
            + " and one SQL statement cannot read both.");
  }

  @DialectTest
  void withCountOverARelationOnAnotherDatabaseIsATypedErrorNamingBothConnections(
      TestDatabase database) {
    seed(database);
    assertCrossConnection(
        Mono.defer(() -> User.TYPE.query(manager).withCount("posts").get().collectList()),
        "Relation [User.posts] cannot be used as a withCount sub-query: the query runs on"
            + " connection [default] and Post is on connection [analytics], another database,"
            + " and one SQL statement cannot read both.");
  }

  @DialectTest
  void hasOverARelationOnAnotherConnectionToTheSameDatabaseIsOneStatement(TestDatabase database) {
    seed(database);
    List<User> withNotes = User.TYPE.query(manager).has("notes").get().collectList().block();
    assertThat(withNotes).extracting(user -> user.getString("name")).containsExactly("Ada");
    List<User> counted =
        User.TYPE.query(manager).withCount("notes").orderBy("id").get().collectList().block();
    assertThat(counted)
        .extracting(user -> ((Number) user.get("notes_count")).longValue())
        .containsExactly(1L, 0L);
  }

  @DialectTest
  void aThroughTableOnAnotherDatabaseThanTheRelatedTableIsATypedError(TestDatabase database) {
    seed(database);
    User ada = ada();
    List<Object> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
    manager.listen(sent::add);
    assertCrossConnection(
        Mono.defer(() -> ada.notedPosts().get().collectList()),
        "Relation [User to Post through Note] cannot be used as a join through s12f_notes: the"
            + " query runs on connection [analytics] and Note is on connection [mirror], another"
            + " database, and one SQL statement cannot read both.");
    assertThat(sent).isEmpty();
  }

  private static void assertCrossConnection(Mono<?> work, String message) {
    work.as(StepVerifier::create)
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isExactlyInstanceOf(CrossConnectionRelationException.class)
                    .hasMessage(message))
        .verify();
  }
}
