package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.model.BelongsTo;
import io.ilana.model.BelongsToMany;
import io.ilana.model.HasMany;
import io.ilana.model.KeyType;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.model.MorphMany;
import io.ilana.model.MorphTo;
import io.ilana.query.Query;
import io.ilana.schema.Schema;
import io.ilana.schema.TestConnections;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * Models keyed by the schema builder's own {@code uuid()} column (native {@code uuid} on
 * PostgreSQL, H2 and MariaDB, {@code char(36)} on MySQL): generated keys, finds by key, {@code
 * whereIn} on uuid columns, and every relation kind keyed by uuids, on every database.
 */
class UuidKeyIntegrationTest {
  static final String TEAMS = "v_uuid_teams";
  static final String PLAYERS = "v_uuid_players";
  static final String TAGS = "v_uuid_tags";
  static final String PLAYER_TAG = "v_uuid_player_tag";
  static final String NOTES = "v_uuid_notes";

  static final class Team extends Model<Team> {
    static final ModelType<Team> TYPE =
        ModelType.of(Team.class, Team::new)
            .table(TEAMS)
            .keyType(KeyType.UUID)
            .fillable("name")
            .relation("players", Team::players)
            .relation("notes", Team::notes);

    public HasMany<Player> players() {
      return hasMany(Player.class, "team_id");
    }

    public MorphMany<Note> notes() {
      return morphMany(Note.class, "subject");
    }
  }

  static final class Player extends Model<Player> {
    static final ModelType<Player> TYPE =
        ModelType.of(Player.class, Player::new)
            .table(PLAYERS)
            .keyType(KeyType.UUID)
            .fillable("name", "team_id")
            .relation("team", Player::team)
            .relation("tags", Player::tags)
            .relation("notes", Player::notes);

    public BelongsTo<Team> team() {
      return belongsTo(Team.class, "team_id");
    }

    public BelongsToMany<Tag> tags() {
      return belongsToMany(Tag.class, PLAYER_TAG, "player_id", "tag_id");
    }

    public MorphMany<Note> notes() {
      return morphMany(Note.class, "subject");
    }
  }

  static final class Tag extends Model<Tag> {
    static final ModelType<Tag> TYPE =
        ModelType.of(Tag.class, Tag::new)
            .table(TAGS)
            .keyType(KeyType.UUID)
            .fillable("name")
            .relation("players", Tag::players);

    public BelongsToMany<Player> players() {
      return belongsToMany(Player.class, PLAYER_TAG, "tag_id", "player_id");
    }
  }

  static final class Note extends Model<Note> {
    static final ModelType<Note> TYPE =
        ModelType.of(Note.class, Note::new)
            .table(NOTES)
            .fillable("body", "subject_type", "subject_id")
            .relation("subject", Note::subject);

    public MorphTo<?> subject() {
      return morphTo("subject");
    }
  }

  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private void schema(TestDatabase database) {
    manager = TestConnections.open(database);
    Schema schema = Schema.on(manager.connection());
    for (String table : List.of(NOTES, PLAYER_TAG, PLAYERS, TAGS, TEAMS)) {
      schema.dropTableIfExists(table).block();
    }
    schema
        .createTable(
            TEAMS,
            t -> {
              t.uuid("id").primary();
              t.string("name");
            })
        .block();
    schema
        .createTable(
            PLAYERS,
            t -> {
              t.uuid("id").primary();
              t.string("name");
              t.foreignUuid("team_id").nullable().constrained(TEAMS);
            })
        .block();
    schema
        .createTable(
            TAGS,
            t -> {
              t.uuid("id").primary();
              t.string("name");
            })
        .block();
    schema
        .createTable(
            PLAYER_TAG,
            t -> {
              t.foreignUuid("player_id").constrained(PLAYERS);
              t.foreignUuid("tag_id").constrained(TAGS);
            })
        .block();
    schema
        .createTable(
            NOTES,
            t -> {
              t.increments("id");
              t.string("body");
              t.uuidMorphs("subject");
            })
        .block();
  }

  private Team team(String name) {
    return Team.TYPE.query(manager).create(Map.of("name", name)).block();
  }

  private Player player(String name, Team team) {
    return Player.TYPE
        .query(manager)
        .create(Map.of("name", name, "team_id", team.getKey()))
        .block();
  }

  @DialectTest
  void aCreatedModelGetsAGeneratedUuidKeyThatFindsItAgain(TestDatabase database) {
    schema(database);
    Team team = team("reds");
    String key = String.valueOf(team.getKey());

    assertThat(UUID.fromString(key).toString()).isEqualTo(key);
    assertThat(Team.TYPE.query(manager).find(key).block().getString("name")).isEqualTo("reds");
  }

  @DialectTest
  void aUuidKeyIsFoundByAJavaUuidAsByItsText(TestDatabase database) {
    schema(database);
    Team team = team("reds");
    UUID key = UUID.fromString(String.valueOf(team.getKey()));

    assertThat(Team.TYPE.query(manager).find(key).block().getString("name")).isEqualTo("reds");
    assertThat(Team.TYPE.query(manager).where("id", key).count().block()).isEqualTo(1L);
  }

  @DialectTest
  void theKeyReadBackIsTheTextOfTheUuidOnEveryDatabase(TestDatabase database) {
    schema(database);
    Team team = team("reds");

    Object read = Team.TYPE.query(manager).first().block().getKey();

    assertThat(read).isEqualTo(team.getKey());
  }

  @DialectTest
  void aRefreshedModelKeepsItsKeyAsText(TestDatabase database) {
    schema(database);
    Team team = team("reds");

    Team refreshed = team.refresh().block();

    assertThat(refreshed.getKey()).isEqualTo(team.getKey()).isInstanceOf(String.class);
  }

  @DialectTest
  void whereInOnAUuidColumnTakesUuidsAndText(TestDatabase database) {
    schema(database);
    Team reds = team("reds");
    Team blues = team("blues");
    team("greens");

    List<String> byText =
        Team.TYPE
            .query(manager)
            .whereIn("id", List.of(reds.getKey(), blues.getKey()))
            .orderBy("name")
            .get()
            .map(t -> t.getString("name"))
            .collectList()
            .block();
    List<String> byUuid =
        Team.TYPE
            .query(manager)
            .whereIn(
                "id",
                List.of(
                    UUID.fromString(String.valueOf(reds.getKey())),
                    UUID.fromString(String.valueOf(blues.getKey()))))
            .orderBy("name")
            .get()
            .map(t -> t.getString("name"))
            .collectList()
            .block();

    assertThat(byText).containsExactly("blues", "reds");
    assertThat(byUuid).containsExactly("blues", "reds");
  }

  @DialectTest
  void hasManyAndBelongsToLoadByUuidKeys(TestDatabase database) {
    schema(database);
    Team reds = team("reds");
    Team blues = team("blues");
    player("ann", reds);
    player("bob", reds);
    player("cy", blues);

    List<Team> teams =
        Team.TYPE.query(manager).with("players").orderBy("name").get().collectList().block();
    Player cy = Player.TYPE.query(manager).with("team").where("name", "cy").first().block();

    assertThat(teams.get(0).relationList("players", Player.class)).hasSize(1);
    assertThat(teams.get(1).relationList("players", Player.class)).hasSize(2);
    assertThat(cy.relationModel("team", Team.class).getString("name")).isEqualTo("blues");
    assertThat(reds.players().count().block()).isEqualTo(2L);
  }

  @DialectTest
  void aPivotOfUuidsAttachesAndLoads(TestDatabase database) {
    schema(database);
    Player ann = player("ann", team("reds"));
    Tag fast = Tag.TYPE.query(manager).create(Map.of("name", "fast")).block();
    Tag tall = Tag.TYPE.query(manager).create(Map.of("name", "tall")).block();

    ann.tags().attach(List.of(fast.getKey(), tall.getKey())).block();
    Player loaded = Player.TYPE.query(manager).with("tags").find(ann.getKey()).block();
    ann.tags().detach(List.of(fast.getKey())).block();

    assertThat(loaded.relationList("tags", Tag.class))
        .extracting(t -> t.getString("name"))
        .containsExactlyInAnyOrder("fast", "tall");
    assertThat(ann.tags().get().map(t -> t.getString("name")).collectList().block())
        .containsExactly("tall");
    assertThat(fast.players().count().block()).isZero();
  }

  @DialectTest
  void morphRelationsWithUuidIdsLoadBothWays(TestDatabase database) {
    schema(database);
    Team reds = team("reds");
    Player ann = player("ann", reds);
    reds.notes().create(Map.of("body", "team note")).block();
    ann.notes().create(Map.of("body", "player note")).block();

    Team loaded = Team.TYPE.query(manager).with("notes").find(reds.getKey()).block();
    List<Note> notes =
        Note.TYPE.query(manager).with("subject").orderBy("body").get().collectList().block();

    assertThat(loaded.relationList("notes", Note.class))
        .extracting(n -> n.getString("body"))
        .containsExactly("team note");
    assertThat(((Model<?>) notes.get(0).relation("subject")).getString("name")).isEqualTo("ann");
    assertThat(((Model<?>) notes.get(1).relation("subject")).getString("name")).isEqualTo("reds");
  }

  @DialectTest
  void theQueryBuilderInsertsAndReadsAUuidGivenAsAJavaUuid(TestDatabase database) {
    schema(database);
    UUID key = UUID.randomUUID();

    Query.table(manager.connection(), TEAMS).insert(Map.of("id", key, "name", "reds")).block();
    Map<String, Object> row =
        Query.table(manager.connection(), TEAMS).where("id", key.toString()).first().block();

    assertThat(String.valueOf(row.get("id"))).isEqualTo(key.toString());
  }

  @DialectTest
  void aJavaUuidIsStoredInATextColumnAsItsTextAndFindsItThere(TestDatabase database) {
    schema(database);
    UUID key = UUID.randomUUID();
    Query.table(manager.connection(), NOTES)
        .insert(Map.of("body", "x", "subject_type", key.toString(), "subject_id", key))
        .block();

    Map<String, Object> row =
        Query.table(manager.connection(), NOTES).where("subject_type", key).first().block();

    assertThat(row.get("subject_type")).isEqualTo(key.toString());
  }
}
