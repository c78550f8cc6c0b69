package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ilana.db.DatabaseManager;
import io.ilana.model.Model;
import io.ilana.model.ModelQuery;
import io.ilana.model.ModelType;
import io.ilana.model.cast.Casts;
import io.ilana.query.Query;
import io.ilana.schema.Schema;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An {@code Instant} is the same instant whatever the JVM's zone (this class runs in JVMs set to
 * Asia/Tokyo and America/Los_Angeles, see the build), the session's or the server's: the database
 * of these tests is given a default zone of its own (PostgreSQL: a database setting; MariaDB: the
 * server's global zone, restored afterwards) that the library must not follow.
 */
class TimeZoneRoundTripIntegrationTest {
  static final String TABLE = "v_tz_events";
  static final Instant AT = Instant.parse("2024-01-15T12:34:56Z");

  static class Event extends Model<Event> {
    static final ModelType<Event> TYPE =
        ModelType.of(Event.class, Event::new)
            .table(TABLE)
            .fillable("name", "at_ts", "at_dt", "at_tz")
            .cast("at_ts", Casts.DATETIME)
            .cast("at_dt", Casts.DATETIME)
            .cast("at_tz", Casts.DATETIME)
            .timestamps();
  }

  private ZonedServer server;

  @AfterEach
  void close() {
    if (server != null) {
      server.close();
    }
  }

  private DatabaseManager open(TestDatabase database) {
    server = ZonedServer.open(database, "Pacific/Chatham", "+12:45");
    DatabaseManager manager = server.manager();
    Schema schema = Schema.on(manager.connection());
    schema.dropTableIfExists(TABLE).block();
    schema
        .createTable(
            TABLE,
            t -> {
              t.increments("id");
              t.string("name");
              t.timestamp("at_ts").nullable();
              t.datetime("at_dt").nullable();
              t.timestampTz("at_tz").nullable();
              t.timestamps();
            })
        .block();
    return manager;
  }

  private static ModelQuery<Event> events(DatabaseManager manager) {
    return Event.TYPE.query(manager);
  }

  private static Event createOne(DatabaseManager manager) {
    return events(manager)
        .create(Map.of("name", "launch", "at_ts", AT, "at_dt", AT, "at_tz", AT))
        .block();
  }

  @Test
  void theBuildRunsThisClassInAZoneThatIsNotUtc() {
    String expected = System.getProperty("ilana.test.zone");
    if (expected != null) {
      assertThat(ZoneId.systemDefault().getId()).isEqualTo(expected);
    }
    assertThat(ZoneId.systemDefault().getRules().getOffset(AT).getTotalSeconds()).isNotZero();
  }

  @DialectTest
  void anInstantWrittenThroughAModelReadsBackAsTheSameInstantInEveryColumnType(
      TestDatabase database) {
    DatabaseManager manager = open(database);
    Event saved = createOne(manager);
    Event read = events(manager).find(saved.getKey()).block();
    assertThat(read.getInstant("at_ts")).isEqualTo(AT);
    assertThat(read.getInstant("at_dt")).isEqualTo(AT);
    assertThat(read.getInstant("at_tz")).isEqualTo(AT);
  }

  @DialectTest
  void zoneLessColumnsHoldTheUtcWallClockTime(TestDatabase database) {
    DatabaseManager manager = open(database);
    createOne(manager);
    String type = database.dialect().startsWith("m") ? "char" : "varchar";
    Map<String, Object> text =
        manager
            .select(
                "select cast(at_ts as "
                    + type
                    + ") as ts, cast(at_dt as "
                    + type
                    + ") as dt from "
                    + TABLE)
            .blockFirst();
    assertThat(String.valueOf(text.get("ts"))).startsWith("2024-01-15 12:34:56");
    assertThat(String.valueOf(text.get("dt"))).startsWith("2024-01-15 12:34:56");
  }

  @DialectTest
  void theQueryBuilderFindsRowsByInstant(TestDatabase database) {
    DatabaseManager manager = open(database);
    createOne(manager);
    for (String column : new String[] {"at_ts", "at_dt", "at_tz"}) {
      assertThat(Query.table(manager.connection(), TABLE).where(column, AT).count().block())
          .as(column)
          .isEqualTo(1L);
      assertThat(
              Query.table(manager.connection(), TABLE)
                  .whereBetween(column, AT.minusSeconds(1), AT.plusSeconds(1))
                  .count()
                  .block())
          .as(column)
          .isEqualTo(1L);
    }
  }

  @DialectTest
  void valuesReadThroughTheQueryBuilderAreTheSameInstants(TestDatabase database) {
    DatabaseManager manager = open(database);
    createOne(manager);
    Map<String, Object> row = Query.table(manager.connection(), TABLE).first().block();
    for (String column : new String[] {"at_ts", "at_dt", "at_tz"}) {
      assertThat(Casts.DATETIME.get(row.get(column), null)).as(column).isEqualTo(AT);
    }
  }

  @DialectTest
  void timestampsAreTheCurrentInstant(TestDatabase database) {
    DatabaseManager manager = open(database);
    Instant before = Instant.now().minusSeconds(2);
    Event saved = createOne(manager);
    Event read = events(manager).find(saved.getKey()).block();
    Instant created = read.getInstant("created_at");
    assertThat(created).isBetween(before, Instant.now().plus(Duration.ofSeconds(2)));
    assertThat(read.getInstant("updated_at")).isEqualTo(created);
  }

  @DialectTest
  void modelJsonWritesEveryTimestampAsAUtcInstant(TestDatabase database) throws Exception {
    DatabaseManager manager = open(database);
    Event saved = createOne(manager);
    Event read = events(manager).find(saved.getKey()).block();
    Map<?, ?> json =
        new ObjectMapper().readValue(new ObjectMapper().writeValueAsString(read), Map.class);
    assertThat(json.get("at_ts")).isEqualTo("2024-01-15T12:34:56Z");
    assertThat(json.get("at_dt")).isEqualTo("2024-01-15T12:34:56Z");
    assertThat(json.get("at_tz")).isEqualTo("2024-01-15T12:34:56Z");
    assertThat((String) json.get("created_at"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }
}
