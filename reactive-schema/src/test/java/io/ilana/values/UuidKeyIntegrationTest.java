package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.model.KeyType;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.query.Query;
import io.ilana.relation.BelongsTo;
import io.ilana.relation.BelongsToMany;
import io.ilana.relation.HasMany;
import io.ilana.relation.MorphMany;
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
 * PostgreSQL, H2 and MariaDB): keys, foreign keys, {@code IN} lists, pivots and morphs.
 */
class UuidKeyIntegrationTest {
  static final String TEAMS = "v_uuid_teams";
  static final String PLAYERS = "v_uuid_players";
  static final String TAGS = "v_uuid_tags";
  static final String TEAM_TAG = "v_uuid_team_tag";
  static final String NOTES = "v_uuid_notes";

  static final class Team extends Model<Team> {
    static final ModelType<Team> TYPE =
        ModelType.of(Team.class, Team::new)
            .table(TEAMS)
            .keyType(KeyType.UUID)
            .fillable("name")
            .relation("players", Team::players)
            .relation("tags", Team::tags)
            .relation("notes", Team::notes);

    public HasMany<Player> players() {
      return hasMany(Player.class, "team_id");
    }

    public BelongsToMany<Tag> tags() {
      return belongsToMany(Tag.class, TEAM_TAG, "team_id", "tag_id");
    }

    public MorphMany<Note> notes() {
      return morphMany(Note.class, "notable");
    }
  }

  static final class Player extends Model<Player> {
    static final ModelType<Player> TYPE =
        ModelType.of(Player.class, Player::new)
            .table(PLAYERS)
            .keyType(KeyType.UUID)
            .fillable("name", "team_id")
            .relation("team", Player::team);

    public BelongsTo<Team> team() {
      return belongsTo(Team.class, "team_id");
    }
  }

  static final class Tag extends Model<Tag> {
    static final ModelType<Tag> TYPE =
        ModelType.of(Tag.class, Tag::new).table(TAGS).keyType(KeyType.UUID).fillable("name");
  }

  static final class Note extends Model<Note> {
    static final ModelType<Note> TYPE =
        ModelType.of(Note.class, Note::new)
            .table(NOTES)
            .fillable("body", "notable_type", "notable_id");
  }

  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private void tables(TestDatabase database) {
    manager = TestConnections.open(database);
    Schema schema = Schema.on(manager.connection());
    for (String table : List.of(NOTES, TEAM_TAG, PLAYERS, TAGS, TEAMS)) {
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
              t.foreignUuid("team_id").nullable();
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
            TEAM_TAG,
            t -> {
              t.foreignUuid("team_id");
              t.foreignUuid("tag_id");
            })
        .block();
    schema
        .createTable(
            NOTES,
            t -> {
              t.increments("id");
              t.string("body");
              t.string("notable_type");
              t.uuid("notable_id");
            })
        .block();
  }

  @DialectTest
  void aGeneratedUuidKeyIsStoredAndFoundByItsValueOrItsText(TestDatabase database) {
    tables(database);
    Team team = Team.TYPE.query(manager).create(Map.of("name", "reds")).block();
    assertThat(team.getKey()).isInstanceOf(UUID.class);
    assertThat(Team.TYPE.query(manager).find(team.getKey()).block().getString("name"))
        .isEqualTo("reds");
    assertThat(Team.TYPE.query(manager).find(team.getKey().toString()).block().getString("name"))
        .isEqualTo("reds");
  }

  @DialectTest
  void whereInOnAUuidColumnTakesUuidsAndText(TestDatabase database) {
    tables(database);
    Team a = Team.TYPE.query(manager).create(Map.of("name", "a")).block();
    Team b = Team.TYPE.query(manager).create(Map.of("name", "b")).block();
    Query.table(manager.connection(), TEAMS)
        .insert(Map.of("id", UUID.randomUUID(), "name", "c"))
        .block();
    assertThat(
            Query.table(manager.connection(), TEAMS)
                .whereIn("id", List.of(a.getKey(), b.getKey()))
                .count()
                .block())
        .isEqualTo(2L);
    assertThat(
            Query.table(manager.connection(), TEAMS)
                .whereIn("id", List.of(a.getKey().toString(), b.getKey().toString()))
                .count()
                .block())
        .isEqualTo(2L);
    assertThat(Team.TYPE.query(manager).findMany(List.of(a.getKey().toString())).count().block())
        .isEqualTo(1L);
  }

  @DialectTest
  void relationsKeyedByUuidCreateAndEagerLoad(TestDatabase database) {
    tables(database);
    Team team = Team.TYPE.query(manager).create(Map.of("name", "reds")).block();
    team.players().create(Map.of("name", "ann")).block();
    team.players().create(Map.of("name", "bob")).block();
    Team loaded = Team.TYPE.query(manager).with("players").find(team.getKey()).block();
    assertThat(loaded.relationList("players", Player.class)).hasSize(2);
    Player ann = Player.TYPE.query(manager).with("team").where("name", "ann").first().block();
    assertThat(ann.relationModel("team", Team.class).getString("name")).isEqualTo("reds");
  }

  @DialectTest
  void pivotsAndMorphsKeyedByUuid(TestDatabase database) {
    tables(database);
    Team team = Team.TYPE.query(manager).create(Map.of("name", "reds")).block();
    Tag fast = Tag.TYPE.query(manager).create(Map.of("name", "fast")).block();
    Tag young = Tag.TYPE.query(manager).create(Map.of("name", "young")).block();
    team.tags().attach(List.of(fast.getKey(), young.getKey().toString())).block();
    team.notes().create(Map.of("body", "won")).block();
    Team loaded = Team.TYPE.query(manager).with("tags", "notes").find(team.getKey()).block();
    assertThat(loaded.relationList("tags", Tag.class)).hasSize(2);
    assertThat(loaded.relationList("notes", Note.class))
        .extracting(n -> n.getString("body"))
        .containsExactly("won");
    assertThat(team.tags().sync(List.of(fast.getKey().toString())).block()).isNotNull();
    assertThat(team.tags().get().count().block()).isEqualTo(1L);
  }
}
