package io.ilana.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ilana.error.InvalidIdentifierException;
import io.ilana.model.Pivot;
import io.ilana.relation.Club.Member;
import io.ilana.relation.Club.Membership;
import io.ilana.relation.Club.Role;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

class PivotReadIntegrationTest {
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

  /**
   * Members ann and bob, roles admin, editor and viewer; ann is an active admin (by carol, badge
   * A1) and an inactive editor (by dave); bob is an active editor (by erin).
   */
  private void seed(TestDatabase database) {
    club = Club.open(database);
    ann = club.members().create(Map.of("name", "ann")).block();
    bob = club.members().create(Map.of("name", "bob")).block();
    roles =
        List.of("admin", "editor", "viewer").stream()
            .map(name -> club.roles().create(Map.of("name", name)).block())
            .toList();
    Map<Object, Map<String, Object>> annRoles = new LinkedHashMap<>();
    annRoles.put(role(0), Map.of("assigned_by", "carol", "active", 1, "badge", "A1"));
    annRoles.put(role(1), Map.of("assigned_by", "dave", "active", 0));
    ann.roles().attach(annRoles).block();
    bob.roles().attach(List.of(role(1)), Map.of("assigned_by", "erin", "active", 1)).block();
  }

  private Object role(int index) {
    return roles.get(index).getKey();
  }

  private static List<Role> byName(List<Role> roles) {
    return roles.stream().sorted(Comparator.comparing(r -> r.getString("name"))).toList();
  }

  @DialectTest
  void relatedModelsCarryTheirPivotWithBothKeysTheExtraColumnsAndTimestamps(TestDatabase database) {
    seed(database);
    List<Role> read = byName(ann.roles().get().collectList().block());
    assertThat(read).extracting(r -> r.getString("name")).containsExactly("admin", "editor");
    Pivot pivot = read.get(0).relationModel("pivot", Pivot.class);
    assertThat(pivot.getLong("user_id")).isEqualTo(ann.getKey());
    assertThat(pivot.getLong("role_id")).isEqualTo(role(0));
    assertThat(pivot.getString("assigned_by")).isEqualTo("carol");
    assertThat(pivot.getString("badge")).isEqualTo("A1");
    assertThat(pivot.getInstant("created_at")).isNotNull();
    assertThat(pivot.getInstant("updated_at")).isEqualTo(pivot.getInstant("created_at"));
    assertThat(pivot.pivotTable()).isEqualTo(Club.ROLE_USER);
    assertThat(ann.roles().pivotOf(read.get(1)).getString("assigned_by")).isEqualTo("dave");
  }

  @DialectTest
  void everyReadPathOfARefinedRelationQueryCarriesThePivot(TestDatabase database) {
    seed(database);
    Role where = ann.roles().where("name", "editor").get().blockFirst();
    assertThat(where.relationModel("pivot", Pivot.class).getString("assigned_by"))
        .isEqualTo("dave");
    assertThat(where.attributes().keySet()).noneMatch(key -> key.startsWith("pivot_"));
    Role cursor = ann.roles().orderBy("p_roles.id").cursor(1).blockFirst();
    assertThat(cursor.relationModel("pivot", Pivot.class).getString("badge")).isEqualTo("A1");
    Role chunked = ann.roles().query().chunk(1).blockFirst().get(0);
    assertThat(chunked.relationModel("pivot", Pivot.class)).isNotNull();
    Role paged = ann.roles().query().paginate(1, 1).block().data().get(0);
    assertThat(paged.relationModel("pivot", Pivot.class)).isNotNull();
  }

  @DialectTest
  void firstAndFindCarryThePivotToo(TestDatabase database) {
    seed(database);
    Role found = ann.roles().find(role(1)).block();
    assertThat(found.relationModel("pivot", Pivot.class).getString("assigned_by"))
        .isEqualTo("dave");
    Role first = bob.roles().first().block();
    assertThat(first.relationModel("pivot", Pivot.class).getString("assigned_by"))
        .isEqualTo("erin");
    Role refined = ann.roles().get(q -> q.where("name", "admin")).blockFirst();
    assertThat(refined.relationModel("pivot", Pivot.class).getString("badge")).isEqualTo("A1");
  }

  @DialectTest
  void pivotColumnsLeaveTheRelatedModelsOwnAttributesAndShowNestedInMapsAndJson(
      TestDatabase database) throws Exception {
    seed(database);
    Role admin = ann.roles().get(q -> q.where("name", "admin")).blockFirst();
    assertThat(admin.attributes()).containsOnlyKeys("id", "name");
    assertThat(admin.isDirty()).isFalse();
    @SuppressWarnings("unchecked")
    Map<String, Object> pivot = (Map<String, Object>) admin.toMap().get("pivot");
    assertThat(pivot)
        .containsEntry("assigned_by", "carol")
        .containsKeys("user_id", "role_id", "active", "badge", "created_at", "updated_at");
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(admin));
    assertThat(json.get("name").asText()).isEqualTo("admin");
    assertThat(json.get("pivot").get("assigned_by").asText()).isEqualTo("carol");
    assertThat(json.get("pivot").get("role_id").asLong()).isEqualTo(role(0));
    assertThat(json.has("pivot_assigned_by")).isFalse();
  }

  @DialectTest
  void eagerLoadingGivesEachRelatedModelItsOwnPivot(TestDatabase database) {
    seed(database);
    List<Member> members = club.members().with("roles").orderBy("id").get().collectList().block();
    List<Role> annRoles = byName(members.get(0).relationList("roles", Role.class));
    List<Role> bobRoles = members.get(1).relationList("roles", Role.class);
    assertThat(annRoles)
        .extracting(r -> r.relationModel("pivot", Pivot.class).getString("assigned_by"))
        .containsExactly("carol", "dave");
    assertThat(bobRoles)
        .extracting(r -> r.relationModel("pivot", Pivot.class).getString("assigned_by"))
        .containsExactly("erin");
    assertThat(bobRoles.get(0).attributes()).containsOnlyKeys("id", "name");
    // the editor row appears once per member, each copy with its own pivot
    assertThat(annRoles.get(1)).isNotSameAs(bobRoles.get(0));
  }

  @DialectTest
  void loadGivesTheRelatedModelsTheirPivots(TestDatabase database) {
    seed(database);
    Member loaded = club.members().find(bob.getKey()).block().load("roles").block();
    Role editor = loaded.relationList("roles", Role.class).get(0);
    assertThat(editor.relationModel("pivot", Pivot.class).getString("assigned_by"))
        .isEqualTo("erin");
  }

  @DialectTest
  void aCustomPivotClassAppliesItsCastsAndAccessorsUnderTheRelationsAccessorName(
      TestDatabase database) {
    seed(database);
    List<Role> read = byName(ann.memberships().get().collectList().block());
    assertThat(read.get(0).relationLoaded("pivot")).isFalse();
    Membership admin = read.get(0).relationModel("membership", Membership.class);
    Membership editor = read.get(1).relationModel("membership", Membership.class);
    assertThat(admin.get("active")).isEqualTo(true);
    assertThat(editor.active()).isFalse();
    assertThat(admin.get("label")).isEqualTo("carol#" + role(0));
    Member eager = club.members().with("memberships").find(ann.getKey()).block();
    assertThat(eager.relationList("memberships", Role.class))
        .extracting(r -> r.relationModel("membership", Membership.class).get("active"))
        .containsExactlyInAnyOrder(true, false);
  }

  @DialectTest
  void wherePivotRestrictsReadsEagerLoadsAndExistenceQueries(TestDatabase database) {
    seed(database);
    assertThat(ann.activeRoles().get().map(r -> r.getString("name")).collectList().block())
        .containsExactly("admin");
    assertThat(ann.activeRoles().count().block()).isEqualTo(1L);
    List<Member> members =
        club.members()
            .with("activeRoles")
            .withCount("activeRoles")
            .orderBy("id")
            .get()
            .collectList()
            .block();
    assertThat(members.get(0).relationList("activeRoles", Role.class)).hasSize(1);
    assertThat(members.get(0).getLong("activeRoles_count")).isEqualTo(1L);
    assertThat(members.get(1).getLong("activeRoles_count")).isEqualTo(1L);
    assertThat(
            club.members()
                .whereHas("activeRoles", q -> q.where("name", "editor"))
                .get()
                .map(m -> m.getString("name"))
                .collectList()
                .block())
        .containsExactly("bob");
  }

  @DialectTest
  void wherePivotInAndNullConditionsFilterPivotRows(TestDatabase database) {
    seed(database);
    assertThat(ann.roles().wherePivotIn("assigned_by", List.of("dave", "zoe")).count().block())
        .isEqualTo(1L);
    assertThat(ann.roles().wherePivotNull("badge").get().blockFirst().getString("name"))
        .isEqualTo("editor");
    assertThat(ann.roles().wherePivotNotNull("badge").get().blockFirst().getString("name"))
        .isEqualTo("admin");
    assertThat(ann.roles().wherePivot("active", "<", 1).count().block()).isEqualTo(1L);
  }

  @DialectTest
  void aPivotColumnThatIsNotAPlainNameIsRefusedWhenDeclared(TestDatabase database) {
    seed(database);
    assertThatThrownBy(() -> ann.roles().withPivot("x; drop table p_roles"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid column name \"x; drop table p_roles\" in withPivot().");
  }
}
