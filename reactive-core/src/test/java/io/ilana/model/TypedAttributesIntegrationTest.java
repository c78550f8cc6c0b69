package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidCastException;
import io.ilana.error.MassAssignmentException;
import io.ilana.error.MissingAttributeException;
import io.ilana.model.cast.Casts;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Attributes declared once as typed keys ({@code TYPE.attribute("email", Casts.STRING)}) are read,
 * assigned and queried with the compiler checking model and value; typed getters are exact; a
 * strict type refuses misspelt names.
 */
class TypedAttributesIntegrationTest {
  enum Plan {
    FREE,
    PRO
  }

  static final class Member extends Model<Member> {
    static final ModelType<Member> TYPE =
        ModelType.of(Member.class, Member::new)
            .table("m_typed_members")
            .fillable("email", "plan", "score", "joined_at")
            .accessor("label", m -> m.get(Member.EMAIL) + "/" + m.get(Member.PLAN));
    static final Attribute<Member, String> EMAIL = TYPE.attribute("email", Casts.STRING);
    static final Attribute<Member, Plan> PLAN = TYPE.attribute("plan", Casts.enumOf(Plan.class));
    static final Attribute<Member, Instant> JOINED_AT = TYPE.attribute("joined_at", Casts.DATETIME);
    static final Attribute<Member, Double> SCORE = TYPE.attribute("score", Double.class);
  }

  static final class StrictMember extends Model<StrictMember> {
    static final ModelType<StrictMember> TYPE =
        ModelType.of(StrictMember.class, StrictMember::new)
            .table("m_typed_members")
            .fillable("email")
            .accessor("shout", m -> m.getString("email").toUpperCase())
            .shouldBeStrict();
  }

  private ModelDb db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private ModelQuery<Member> members(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(
        "m_typed_members",
        db.id() + ", email varchar(40), plan varchar(10), score decimal(6,2), joined_at timestamp");
    return Member.TYPE.query(db.manager);
  }

  @DialectTest
  void typedAttributesAreWrittenReadAndQueried(TestDatabase database) {
    ModelQuery<Member> members = members(database);
    Instant joined = Instant.parse("2024-01-15T12:34:56Z");
    Member ann =
        Member.TYPE
            .newInstance()
            .set(Member.EMAIL, "ann@x.io")
            .set(Member.PLAN, Plan.PRO)
            .set(Member.JOINED_AT, joined)
            .set(Member.SCORE, 3.7)
            .setConnection(db.connection);
    ann.save().block();

    Member found =
        members.where(Member.PLAN, Plan.PRO).where(Member.EMAIL, "ann@x.io").first().block();

    assertThat(found.get(Member.EMAIL)).isEqualTo("ann@x.io");
    assertThat(found.get(Member.PLAN)).isEqualTo(Plan.PRO);
    assertThat(found.get(Member.JOINED_AT)).isEqualTo(joined);
    assertThat(found.get(Member.SCORE)).isEqualTo(3.7);
    assertThat(found.getString("label")).isEqualTo("ann@x.io/PRO");
    assertThat(members.whereIn(Member.PLAN, List.of(Plan.FREE)).count().block()).isZero();
  }

  @DialectTest
  void aLongGetterRefusesAValueWithAFraction(TestDatabase database) {
    members(database).create(Map.of("email", "a", "score", 3.7)).block();
    Member read = Member.TYPE.query(db.manager).first().block();

    assertThatThrownBy(() -> read.getLong("score"))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage("Member.score is 3.70, which is not a Long.");
    assertThat(read.getDouble("score")).isEqualTo(3.7);
  }

  @Test
  void aStrictTypeRefusesAMisspeltAttribute() {
    StrictMember member = StrictMember.TYPE.make(Map.of("email", "a@b.c"));

    assertThatThrownBy(() -> member.getString("emial"))
        .isInstanceOf(MissingAttributeException.class)
        .hasMessage(
            "The attribute [emial] either does not exist or was not retrieved for model ["
                + StrictMember.class.getName()
                + "].");
    assertThat(member.getString("shout")).isEqualTo("A@B.C");
  }

  @Test
  void aStrictTypeRefusesUnknownNamesInMassAssignment() {
    assertThatThrownBy(() -> StrictMember.TYPE.make(Map.of("email", "a", "is_admin", true)))
        .isInstanceOf(MassAssignmentException.class);
  }

  @Test
  void aLenientTypeAnswersNullForAMissingAttribute() {
    Member member = Member.TYPE.make(Map.of("email", "a@b.c"));

    assertThat(member.getString("emial")).isNull();
  }
}
