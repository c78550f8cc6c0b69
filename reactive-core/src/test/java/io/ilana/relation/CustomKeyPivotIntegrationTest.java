package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.model.Pivot;
import io.ilana.query.QueryBuilder;
import io.ilana.relation.Club.Member;
import io.ilana.relation.Club.Role;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class CustomKeyPivotIntegrationTest {
  private Club club;
  private Member ann;
  private Member bob;

  @AfterEach
  void close() {
    if (club != null) {
      club.close();
    }
  }

  /** Members ann (code A) and bob (code B); roles admin, editor and viewer; no pivot rows. */
  private void seed(TestDatabase database) {
    club = Club.open(database);
    ann = club.members().create(Map.of("name", "ann", "code", "A")).block();
    bob = club.members().create(Map.of("name", "bob", "code", "B")).block();
    for (String name : List.of("admin", "editor", "viewer")) {
      club.roles().create(Map.of("name", name)).block();
    }
  }

  @DialectTest
  void pivotKeysCanPointAtColumnsOtherThanThePrimaryKeys(TestDatabase database) {
    seed(database);
    ann.rolesByCode().attach(List.of("admin", "viewer")).block();
    bob.rolesByCode().attach(List.of("editor")).block();
    assertThat(club.rows(Club.CODE_ROLE, "role_name"))
        .extracting(row -> row.get("member_code") + ":" + row.get("role_name"))
        .containsExactly("A:admin", "B:editor", "A:viewer");
    assertThat(ann.rolesByCode().get().map(r -> r.getString("name")).sort().collectList().block())
        .containsExactly("admin", "viewer");
    Role admin = ann.rolesByCode().get(q -> q.where("name", "admin")).blockFirst();
    assertThat(admin.relationModel("pivot", Pivot.class).getString("member_code")).isEqualTo("A");
  }

  @DialectTest
  void eagerLoadingAndCountsMatchByTheCustomKeys(TestDatabase database) {
    seed(database);
    ann.rolesByCode().attach(List.of("admin", "viewer")).block();
    bob.rolesByCode().attach(List.of("editor")).block();
    List<Member> members =
        club.members()
            .with("rolesByCode")
            .withCount("rolesByCode")
            .orderBy("id")
            .get()
            .collectList()
            .block();
    assertThat(members.get(0).relationList("rolesByCode", Role.class)).hasSize(2);
    assertThat(members.get(1).relationList("rolesByCode", Role.class))
        .extracting(r -> r.getString("name"))
        .containsExactly("editor");
    assertThat(members).extracting(m -> m.getLong("rolesByCode_count")).containsExactly(2L, 1L);
    assertThat(ann.rolesByCode().sync(List.of("editor")).block().detached())
        .containsExactlyInAnyOrder("admin", "viewer");
  }

  @DialectTest
  void timestampsUnderOtherNamesAreSetOnAttachAndOnUpdate(TestDatabase database) {
    seed(database);
    Object role = club.roles().where("name", "admin").first().block().getKey();
    ann.stamped().attach(List.of(role)).block();
    Map<String, Object> row = club.rows(Club.ROLE_USER).get(0);
    assertThat(row.get("joined_at")).isNotNull();
    assertThat(row.get("changed_at")).isNotNull();
    assertThat(row.get("created_at")).isNull();
    QueryBuilder.on(club.connection)
        .from(Club.ROLE_USER)
        .update(Map.of("changed_at", LocalDateTime.of(2000, 1, 1, 0, 0)))
        .block();
    ann.stamped().updateExistingPivot(role, Map.of("assigned_by", "carol")).block();
    Pivot pivot = ann.stamped().first().block().relationModel("pivot", Pivot.class);
    assertThat(pivot.getString("assigned_by")).isNull(); // not a withPivot column
    assertThat(pivot.getInstant("changed_at").toString()).doesNotStartWith("2000-01-01");
    assertThat(pivot.attributes()).containsKeys("joined_at", "changed_at");
  }
}
