package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.query.Query;
import io.ilana.query.QueryBuilder;
import io.ilana.schema.ScratchTables;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code whereIn} matches the stored value for every kind of value PostgreSQL binds as one array,
 * on every database.
 */
class InListTypesIntegrationTest {
  static final String TABLE = "s11b_in_types";
  static final UUID UID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
  static final Instant STAMP = Instant.parse("2024-03-01T10:15:30Z");

  @RegisterExtension final ScratchTables scratch = new ScratchTables();
  private DatabaseManager manager;

  private QueryBuilder seed(TestDatabase database) {
    manager =
        scratch.create(
            database,
            TABLE,
            t -> {
              t.increments("id");
              t.doubleColumn("dbl");
              t.booleanColumn("flag");
              t.date("day");
              t.datetime("at");
              t.time("clock");
              t.timestampTz("stamp");
              t.decimal("amount", 10, 2);
              t.uuid("uid");
              t.string("label");
            });
    Map<String, Object> row =
        Map.of(
            "dbl",
            1.5,
            "flag",
            true,
            "day",
            LocalDate.of(2024, 3, 1),
            "at",
            LocalDateTime.of(2024, 3, 1, 10, 15, 30),
            "clock",
            LocalTime.of(10, 15, 30),
            "stamp",
            STAMP,
            "amount",
            new BigDecimal("12.50"),
            "uid",
            UID,
            "label",
            "a");
    Query.table(manager.connection(), TABLE).insert(row).block();
    return Query.table(manager.connection(), TABLE);
  }

  private static long count(QueryBuilder query, String column, List<?> values) {
    return query.whereIn(column, values).count().block();
  }

  @DialectTest
  void everySharedKindOfValueMatchesTheStoredValue(TestDatabase database) {
    QueryBuilder table = seed(database);
    assertThat(count(table, "dbl", List.of(1.5, 2.5))).isEqualTo(1L);
    assertThat(count(table, "dbl", List.of(1.5f, 2.5f))).isEqualTo(1L);
    assertThat(count(table, "flag", List.of(true))).isEqualTo(1L);
    assertThat(count(table, "day", List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2))))
        .isEqualTo(1L);
    assertThat(count(table, "at", List.of(LocalDateTime.of(2024, 3, 1, 10, 15, 30)))).isEqualTo(1L);
    assertThat(count(table, "clock", List.of(LocalTime.of(10, 15, 30)))).isEqualTo(1L);
    assertThat(count(table, "stamp", List.of(STAMP))).isEqualTo(1L);
    assertThat(count(table, "stamp", List.of(STAMP.atOffset(ZoneOffset.ofHours(9))))).isEqualTo(1L);
    assertThat(count(table, "stamp", List.of(OffsetDateTime.ofInstant(STAMP, ZoneOffset.UTC))))
        .isEqualTo(1L);
    assertThat(count(table, "amount", List.of(new BigDecimal("12.5")))).isEqualTo(1L);
    assertThat(count(table, "uid", List.of(UID, UUID.randomUUID()))).isEqualTo(1L);
    assertThat(count(table, "label", List.of("a", "b"))).isEqualTo(1L);
    assertThat(count(table, "id", List.of(1, 2))).isEqualTo(1L);
  }
}
