package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidCastException;
import org.junit.jupiter.api.Test;

class CastsNamedTest {

  @Test
  void resolvesTheReadmeNamesAndTheirAliases() {
    assertThat(Casts.named("date")).isSameAs(Casts.DATE);
    assertThat(Casts.named("datetime")).isSameAs(Casts.DATETIME);
    assertThat(Casts.named("timestamp")).isSameAs(Casts.DATETIME);
    assertThat(Casts.named("boolean")).isSameAs(Casts.BOOLEAN);
    assertThat(Casts.named("bool")).isSameAs(Casts.BOOLEAN);
    assertThat(Casts.named("integer")).isSameAs(Casts.INTEGER);
    assertThat(Casts.named("int")).isSameAs(Casts.INTEGER);
    assertThat(Casts.named("number")).isSameAs(Casts.NUMBER);
    assertThat(Casts.named("float")).isSameAs(Casts.FLOAT);
    assertThat(Casts.named("double")).isSameAs(Casts.FLOAT);
    assertThat(Casts.named("decimal")).isSameAs(Casts.DECIMAL);
    assertThat(Casts.named("string")).isSameAs(Casts.STRING);
    assertThat(Casts.named("json")).isSameAs(Casts.JSON);
    assertThat(Casts.named("object")).isSameAs(Casts.OBJECT);
    assertThat(Casts.named("array")).isSameAs(Casts.ARRAY);
  }

  @Test
  void anUnknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> Casts.named("money"))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "Unknown cast \"money\"; the built-in casts are: date, datetime, timestamp, boolean,"
                + " bool, integer, int, number, float, double, decimal, string, json, object,"
                + " array.");
  }

  @Test
  void namesAreCaseSensitiveLikeTheReadme() {
    assertThatThrownBy(() -> Casts.named("Date")).isInstanceOf(InvalidCastException.class);
  }

  @Test
  void theDefaultCoerceRejectsAValueOfAnotherType() {
    Cast<String> custom =
        new Cast<>() {
          @Override
          public String get(Object stored, CastContext context) {
            return (String) stored;
          }

          @Override
          public Object set(String value, CastContext context) {
            return value;
          }

          @Override
          public Class<?> type() {
            return String.class;
          }
        };
    assertThatThrownBy(() -> custom.coerce(1, new CastContext("t", "c")))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage("t.c: the cast cannot convert a value of type java.lang.Integer.");
  }
}
