package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.IllegalModelStateException;
import io.ilana.error.UniqueConstraintViolationException;
import io.ilana.model.BelongsToMany;
import io.ilana.model.Pivot;
import io.ilana.query.QueryBuilder;
import io.ilana.relation.Club.Member;
import io.ilana.relation.Club.Role;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import reactor.core.publisher.Mono;

class PivotWriteIntegrationTest {
  private Club club;
  private Member ann;
  private Member bob;
  private List<Role> roles;

  @AfterEach
  void close() {
    if (club != null) {
      club.close();
    }
  }

  /** Members ann and bob, roles admin, editor and viewer; no pivot rows. */
  private void seed(TestDatabase database) {
    club = Club.open(database);
    ann = club.members().create(Map.of("name", "ann")).block();
    bob = club.members().create(Map.of("name", "bob")).block();
    roles =
        List.of("admin", "editor", "viewer").stream()
            .map(name -> club.roles().create(Map.of("name", name)).block())
            .toList();
  }

  private long role(int index) {
    return toLong(roles.get(index).getKey());
  }

  /** The pivot rows of a member as {role_id: assigned_by}, in role order. */
  private Map<Long, Object> pivotOf(Member member) {
    Map<Long, Object> out = new LinkedHashMap<>();
    for (Map<String, Object> row : club.rows(Club.ROLE_USER, "role_id")) {
      if (toLong(row.get("user_id")).equals(toLong(member.getKey()))) {
        out.put(toLong(row.get("role_id")), row.get("assigned_by"));
      }
    }
    return out;
  }

  private static Long toLong(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  /** A stored timestamp as local date-time text, whatever type the driver read it as. */
  private static String time(Object value) {
    if (value instanceof java.time.ZonedDateTime zoned) {
      return zoned.toLocalDateTime().toString();
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toLocalDateTime().toString();
    }
    return String.valueOf(value);
  }

  private static Map<String, Object> by(String who) {
    return Map.of("assigned_by", who);
  }

  @DialectTest
  void attachWithAttributesStoresThemAndBothTimestampsInOneInsert(TestDatabase database) {
    seed(database);
    club.clearLog();
    assertThat(ann.roles().attach(List.of(role(0), role(1)), by("carol")).block()).isEqualTo(2L);
    assertThat(club.statements()).hasSize(1).allMatch(sql -> sql.startsWith("insert"));
    assertThat(pivotOf(ann))
        .containsExactly(Map.entry(role(0), "carol"), Map.entry(role(1), "carol"));
    Map<String, Object> row = club.rows(Club.ROLE_USER).get(0);
    assertThat(row.get("created_at")).isNotNull();
    assertThat(time(row.get("updated_at"))).isEqualTo(time(row.get("created_at")));
  }

  @DialectTest
  void attachByMapGivesEachRowItsOwnAttributesInOneInsert(TestDatabase database) {
    seed(database);
    Map<Object, Map<String, Object>> byKey = new LinkedHashMap<>();
    byKey.put(role(0), by("carol"));
    byKey.put(role(2), Map.of("badge", "V"));
    club.clearLog();
    ann.roles().attach(byKey).block();
    assertThat(club.statements()).hasSize(1);
    Map<Long, Object> pivot = pivotOf(ann);
    assertThat(pivot).containsOnlyKeys(role(0), role(2)).containsEntry(role(0), "carol");
    assertThat(pivot.get(role(2))).isNull();
  }

  @DialectTest
  void detachAndDetachAllRemoveOnlyRowsThePivotConditionsAllow(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0)), Map.of("active", 1)).block();
    ann.roles().attach(List.of(role(1), role(2)), Map.of("active", 0)).block();
    bob.roles().attach(List.of(role(0))).block();
    assertThat(ann.activeRoles().detach(List.of(role(0), role(1))).block()).isEqualTo(1L);
    assertThat(pivotOf(ann)).containsOnlyKeys(role(1), role(2));
    assertThat(ann.roles().detachAll().block()).isEqualTo(2L);
    assertThat(pivotOf(ann)).isEmpty();
    assertThat(pivotOf(bob)).containsOnlyKeys(role(0));
  }

  @DialectTest
  void syncOfFiveHundredKeysRunsOneSelectOneDeleteAndOneInsertInOneTransaction(
      TestDatabase database) {
    seed(database);
    List<Map<String, Object>> rows = new ArrayList<>();
    LongStream.rangeClosed(1, 400)
        .forEach(k -> rows.add(Map.of("user_id", ann.getKey(), "role_id", 1000 + k)));
    QueryBuilder.on(club.connection).from(Club.ROLE_USER).insert(rows).block();
    // keep 1201..1400 (200 of the 400), detach 1001..1200 (200), attach 1401..1700 (300)
    List<Object> wanted = new ArrayList<>();
    LongStream.rangeClosed(1201, 1700).forEach(wanted::add);
    club.clearLog();
    BelongsToMany.Sync sync = ann.roles().sync(wanted).block();
    assertThat(sync.attached()).hasSize(300).first().isEqualTo(1401L);
    assertThat(sync.detached()).hasSize(200);
    assertThat(sync.updated()).isEmpty();
    List<String> statements = club.dataStatements();
    assertThat(statements).filteredOn(sql -> sql.startsWith("select")).hasSize(1);
    assertThat(statements).filteredOn(sql -> sql.startsWith("delete")).hasSize(1);
    assertThat(statements).filteredOn(sql -> sql.startsWith("insert")).hasSize(1);
    assertThat(statements).hasSize(3);
    // One transaction around them, its control statements logged too.
    assertThat(club.statements()).contains("commit").doesNotContain("rollback");
    assertThat(pivotOf(ann)).hasSize(500).containsKeys(1201L, 1700L).doesNotContainKey(1200L);
  }

  @DialectTest
  void syncWithAttributesUpdatesTheRowsAlreadyThereAndReportsThem(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0), role(1)), by("carol")).block();
    Map<Object, Map<String, Object>> wanted = new LinkedHashMap<>();
    wanted.put(role(1), by("dave"));
    wanted.put(role(2), by("erin"));
    BelongsToMany.Sync sync = ann.roles().sync(wanted).block();
    assertThat(sync.attached()).containsExactly(role(2));
    assertThat(sync.detached()).hasSize(1);
    assertThat(toLong(sync.detached().get(0))).isEqualTo(role(0));
    assertThat(sync.updated()).containsExactly(role(1));
    assertThat(pivotOf(ann))
        .containsExactly(Map.entry(role(1), "dave"), Map.entry(role(2), "erin"));
  }

  @DialectTest
  void syncWithoutDetachingOnlyAttaches(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0))).block();
    BelongsToMany.Sync sync = ann.roles().syncWithoutDetaching(List.of(role(1))).block();
    assertThat(sync.attached()).containsExactly(role(1));
    assertThat(sync.detached()).isEmpty();
    assertThat(pivotOf(ann)).containsOnlyKeys(role(0), role(1));
  }

  @DialectTest
  void toggleDetachesTheAttachedKeysAndAttachesTheOthers(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0), role(1))).block();
    club.clearLog();
    BelongsToMany.Toggle toggle = ann.roles().toggle(List.of(role(1), role(2))).block();
    assertThat(toggle.attached()).containsExactly(role(2));
    assertThat(toggle.detached()).containsExactly(role(1));
    assertThat(club.dataStatements()).hasSize(3);
    assertThat(pivotOf(ann)).containsOnlyKeys(role(0), role(2));
  }

  @DialectTest
  void updateExistingPivotChangesTheRowAndItsUpdatedAt(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0), role(1)), by("carol")).block();
    QueryBuilder.on(club.connection)
        .from(Club.ROLE_USER)
        .update(Map.of("updated_at", LocalDateTime.of(2000, 1, 1, 0, 0)))
        .block();
    assertThat(ann.roles().updateExistingPivot(role(1), by("dave")).block()).isEqualTo(1L);
    assertThat(pivotOf(ann))
        .containsExactly(Map.entry(role(0), "carol"), Map.entry(role(1), "dave"));
    List<Map<String, Object>> rows = club.rows(Club.ROLE_USER, "role_id");
    assertThat(time(rows.get(0).get("updated_at")).toString()).startsWith("2000-01-01");
    assertThat(time(rows.get(1).get("updated_at")).toString()).doesNotStartWith("2000-01-01");
  }

  @DialectTest
  void aSyncThatFailsOnItsInsertLeavesThePivotUnchanged(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0)), by("carol")).block();
    Map<Object, Map<String, Object>> wanted = new LinkedHashMap<>();
    wanted.put(role(1), Map.of("badge", "same"));
    wanted.put(role(2), Map.of("badge", "same"));
    assertThatThrownBy(() -> ann.roles().sync(wanted).block())
        .isInstanceOf(UniqueConstraintViolationException.class);
    assertThat(pivotOf(ann)).containsExactly(Map.entry(role(0), "carol"));
  }

  @DialectTest
  void aSyncInsideAnOuterTransactionRollsBackWithIt(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0))).block();
    Mono<Object> outer =
        club.connection.transaction(
            trx ->
                ann.roles()
                    .sync(List.of(role(1)))
                    .then(Mono.error(new IllegalStateException("outer work failed"))));
    assertThatThrownBy(outer::block).hasMessage("outer work failed");
    assertThat(pivotOf(ann)).containsOnlyKeys(role(0));
  }

  @DialectTest
  void changingThePivotOfAnUnsavedParentFailsWithAMessage(TestDatabase database) {
    seed(database);
    Member unsaved = club.members().make(Map.of("name", "new"));
    assertThatThrownBy(() -> unsaved.roles().sync(List.of(role(0))).block())
        .isInstanceOf(IllegalModelStateException.class)
        .hasMessage("Save the Member before changing its pivot rows: its [id] is not set.");
  }

  @DialectTest
  void withPivotValueReadsOnlyItsRowsAndAttachesWithItsValue(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0)), by("carol")).block();
    ann.leads().attach(List.of(role(1))).block();
    assertThat(pivotOf(ann))
        .containsExactly(Map.entry(role(0), "carol"), Map.entry(role(1), "lead"));
    assertThat(ann.leads().get().map(r -> r.getString("name")).collectList().block())
        .containsExactly("editor");
    assertThat(ann.leads().sync(List.of(role(2))).block().detached()).hasSize(1);
    assertThat(pivotOf(ann))
        .containsExactly(Map.entry(role(0), "carol"), Map.entry(role(2), "lead"));
  }

  @DialectTest
  void aPivotReadThroughTheRelationSavesAndDeletesOnlyItsOwnRow(TestDatabase database) {
    seed(database);
    ann.roles().attach(List.of(role(0), role(1)), by("carol")).block();
    bob.roles().attach(List.of(role(0)), by("carol")).block();
    Role admin = ann.roles().find(role(0)).block();
    Pivot pivot = admin.relationModel("pivot", Pivot.class);
    pivot.set("assigned_by", "dave").save().block();
    assertThat(pivot.isDirty()).isFalse();
    assertThat(pivotOf(ann))
        .containsExactly(Map.entry(role(0), "dave"), Map.entry(role(1), "carol"));
    assertThat(pivotOf(bob)).containsExactly(Map.entry(role(0), "carol"));
    assertThat(pivot.delete().block()).isTrue();
    assertThat(pivotOf(ann)).containsOnlyKeys(role(1));
    assertThat(pivotOf(bob)).containsOnlyKeys(role(0));
  }
}
