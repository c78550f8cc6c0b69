package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidDefinitionException;
import io.ilana.error.MassAssignmentException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MassAssignmentTest {

  static class Member extends Model<Member> {
    static final ModelType<Member> TYPE =
        ModelType.of(Member.class, Member::new).table("m_ma_members").fillable("name", "email");
  }

  static class StrictMember extends Model<StrictMember> {
    static final ModelType<StrictMember> TYPE =
        ModelType.of(StrictMember.class, StrictMember::new)
            .table("m_ma_strict")
            .fillable("name", "email")
            .strictMassAssignment();
  }

  static class GuardedMember extends Model<GuardedMember> {
    static final ModelType<GuardedMember> TYPE =
        ModelType.of(GuardedMember.class, GuardedMember::new)
            .table("m_ma_guarded")
            .guarded("is_admin");
  }

  static class Unprotected extends Model<Unprotected> {
    static final ModelType<Unprotected> TYPE =
        ModelType.of(Unprotected.class, Unprotected::new).table("m_ma_unprotected");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "is_admin",
        "IS_ADMIN",
        "users.is_admin",
        "meta->is_admin",
        "is_admin ",
        "Name",
        "name "
      })
  void fillRefusesEveryKeyThatIsNotExactlyFillable(String key) {
    Member member = Member.TYPE.newInstance().fill(Map.of("name", "Ann", key, true));
    assertThat(member.attributes()).containsOnlyKeys("name");
  }

  @Test
  void fillAssignsTheFillableKeys() {
    Member member = Member.TYPE.newInstance().fill(Map.of("name", "Ann", "email", "a@x.io"));
    assertThat(member.attributes()).containsEntry("name", "Ann").containsEntry("email", "a@x.io");
  }

  @ParameterizedTest
  @ValueSource(strings = {"is_admin", "IS_ADMIN", "users.is_admin", "meta->is_admin", "is_admin "})
  void strictModeRaisesForARefusedKey(String key) {
    assertThatThrownBy(() -> StrictMember.TYPE.newInstance().fill(Map.of(key, true)))
        .isInstanceOf(MassAssignmentException.class)
        .hasMessage(
            "Add ["
                + key
                + "] to fillable property to allow mass assignment on ["
                + StrictMember.class.getName()
                + "].");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "is_admin",
        "IS_ADMIN",
        "Is_Admin",
        "users.is_admin",
        "meta->is_admin",
        "is_admin "
      })
  void guardedKeysAreRefusedInAnyCaseOrDisguise(String key) {
    GuardedMember member = GuardedMember.TYPE.newInstance().fill(Map.of("name", "Ann", key, true));
    assertThat(member.attributes()).containsOnlyKeys("name");
  }

  @Test
  void aTypeDeclaringNeitherListFillsNothing() {
    Unprotected model = Unprotected.TYPE.newInstance().fill(Map.of("name", "Ann"));
    assertThat(model.attributes()).isEmpty();
  }

  @Test
  void forceFillAssignsEverything() {
    Member member = Member.TYPE.newInstance().forceFill(Map.of("is_admin", true));
    assertThat(member.attributes()).containsEntry("is_admin", true);
  }

  @Test
  void declaringAfterFirstUseIsRefused() {
    Member.TYPE.newInstance();
    assertThatThrownBy(() -> Member.TYPE.fillable("is_admin"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage(
            "The ModelType of "
                + Member.class.getName()
                + " is already in use; declare everything before the first query or instance.");
  }

  static class GloballyStrict extends Model<GloballyStrict> {
    static final ModelType<GloballyStrict> TYPE =
        ModelType.of(GloballyStrict.class, GloballyStrict::new)
            .table("m_ma_global")
            .fillable("name");
  }

  @Test
  void theStrictPropertyMakesEveryTypeStrict() {
    System.setProperty(ModelType.STRICT_PROPERTY, "true");
    try {
      assertThatThrownBy(() -> GloballyStrict.TYPE.newInstance().fill(Map.of("is_admin", true)))
          .isInstanceOf(MassAssignmentException.class)
          .hasMessage(
              "Add [is_admin] to fillable property to allow mass assignment on ["
                  + GloballyStrict.class.getName()
                  + "].");
    } finally {
      System.clearProperty(ModelType.STRICT_PROPERTY);
    }
  }
}
