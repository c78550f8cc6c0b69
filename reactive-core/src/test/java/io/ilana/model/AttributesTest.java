package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ilana.model.cast.CastContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributesTest {
  static final TestCasts.Cents CENTS = new TestCasts.Cents();

  static class Person extends Model<Person> {
    static final ModelType<Person> TYPE =
        ModelType.of(Person.class, Person::new)
            .table("m_attr_people")
            .fillable("first_name", "last_name", "email", "password", "price", "prefs")
            .hidden("password")
            .appends("full_name")
            .cast("price", CENTS)
            .cast("prefs", TestCasts.JSON_MAP)
            .defaults(Map.of("is_active", true, "role", "user"))
            .mutator("email", v -> v.toString().toLowerCase().trim())
            .accessor("full_name", p -> p.getString("first_name") + " " + p.getString("last_name"));
  }

  static class Card extends Model<Card> {
    static final ModelType<Card> TYPE =
        ModelType.of(Card.class, Card::new).table("m_attr_cards").visible("id", "title");
  }

  private static Person ann() {
    return Person.TYPE.make(
        Map.of("first_name", "Ann", "last_name", "Lee", "email", "  ANN@X.IO ", "password", "s3"));
  }

  @Test
  void aNewInstanceStartsWithTheDefaults() {
    Person person = Person.TYPE.newInstance();
    assertThat(person.getBoolean("is_active")).isTrue();
    assertThat(person.getString("role")).isEqualTo("user");
  }

  @Test
  void aMutatorTransformsTheAssignedValue() {
    assertThat(ann().getString("email")).isEqualTo("ann@x.io");
  }

  @Test
  void anAccessorComputesAnAttribute() {
    assertThat(ann().get("full_name")).isEqualTo("Ann Lee");
  }

  @Test
  void aCastStoresOnSetAndConvertsOnGetWithItsTableAndColumn() {
    Person person = ann().set("price", new BigDecimal("12.34"));
    assertThat(person.attributes().get("price")).isEqualTo(1234L);
    assertThat(person.getBigDecimal("price")).isEqualByComparingTo("12.34");
    assertThat(CENTS.lastContext).isEqualTo(new CastContext("m_attr_people", "price"));
  }

  @Test
  void aJsonCastRoundTripsAMap() {
    Person person = ann().set("prefs", Map.of("theme", "dark"));
    assertThat(person.attributes().get("prefs")).isEqualTo("{\"theme\":\"dark\"}");
    assertThat(person.get("prefs")).isEqualTo(Map.of("theme", "dark"));
  }

  @Test
  void typedGettersConvertDriverValues() {
    Person person =
        Person.TYPE
            .newInstance()
            .forceFill(
                Map.of(
                    "n",
                    5,
                    "flag",
                    1,
                    "at",
                    LocalDateTime.of(2024, 1, 2, 3, 4, 5),
                    "day",
                    "2024-02-29",
                    "ratio",
                    "0.5"));
    assertThat(person.getLong("n")).isEqualTo(5L);
    assertThat(person.getInteger("n")).isEqualTo(5);
    assertThat(person.getBoolean("flag")).isTrue();
    assertThat(person.getInstant("at")).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    assertThat(person.getLocalDate("day")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(person.getDouble("ratio")).isEqualTo(0.5);
    assertThat(person.get("n", Long.class)).isEqualTo(5L);
  }

  @Test
  void aNewModelIsDirtyInEveryAssignedAttribute() {
    Person person = ann();
    assertThat(person.isDirty()).isTrue();
    assertThat(person.isDirty("email")).isTrue();
    assertThat(person.original()).isEmpty();
  }

  @Test
  void toMapAppliesCastsAndAccessorsAndLeavesOutHiddenAttributes() {
    Map<String, Object> map = ann().toMap();
    assertThat(map).doesNotContainKey("password");
    assertThat(map).containsEntry("full_name", "Ann Lee").containsEntry("email", "ann@x.io");
  }

  @Test
  void visibleLimitsWhatIsShown() {
    Card card = Card.TYPE.newInstance().forceFill(Map.of("id", 1, "title", "t", "secret", "x"));
    assertThat(card.toMap()).containsOnlyKeys("id", "title");
  }

  @Test
  void jacksonSerialisesAModelAsItsVisibleMap() throws Exception {
    Person person = ann().set("price", new BigDecimal("1.50"));
    person.forceFill(Map.of("created_at", LocalDateTime.of(2024, 1, 2, 3, 4, 5)));
    String json = new ObjectMapper().writeValueAsString(person);
    assertThat(json)
        .contains("\"email\":\"ann@x.io\"")
        .contains("\"full_name\":\"Ann Lee\"")
        .contains("\"price\":1.50")
        .contains("\"created_at\":\"2024-01-02T03:04:05Z\"")
        .doesNotContain("password")
        .doesNotContain("s3");
  }
}
