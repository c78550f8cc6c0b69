package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidCastException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanCastTest {
  private static final CastContext CTX = new CastContext("users", "is_active");
  private final Cast<Boolean> cast = Casts.BOOLEAN;

  @Test
  void readsTheBooleanH2PostgresAndMariaDbTinyintReturn() {
    assertThat(cast.get(Boolean.TRUE, CTX)).isTrue();
    assertThat(cast.get(Boolean.FALSE, CTX)).isFalse();
  }

  @Test
  void readsZeroAndOneOfEveryIntegerWidth() {
    assertThat(cast.get(1, CTX)).isTrue();
    assertThat(cast.get(0L, CTX)).isFalse();
    assertThat(cast.get((byte) 1, CTX)).isTrue();
    assertThat(cast.get((short) 0, CTX)).isFalse();
    assertThat(cast.get(new BigDecimal("1.00"), CTX)).isTrue();
  }

  @Test
  void readsTheFourBooleanStrings() {
    assertThat(cast.get("1", CTX)).isTrue();
    assertThat(cast.get("0", CTX)).isFalse();
    assertThat(cast.get("true", CTX)).isTrue();
    assertThat(cast.get("FALSE", CTX)).isFalse();
  }

  @Test
  void storesABoolean() {
    assertThat(cast.set(true, CTX)).isEqualTo(Boolean.TRUE);
  }

  @Test
  void coercesAnAssignedOneToTrue() {
    assertThat(cast.coerce(1, CTX)).isTrue();
  }

  @Test
  void passesNullThroughBothWays() {
    assertThat(cast.get(null, CTX)).isNull();
    assertThat(cast.set(null, CTX)).isNull();
    assertThat(cast.coerce(null, CTX)).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, -1})
  void rejectsNumbersOtherThanZeroAndOne(int value) {
    assertThatThrownBy(() -> cast.get(value, CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.is_active: the boolean cast cannot convert a value of type java.lang.Integer:"
                + " only 0 and 1 are booleans.");
  }

  @Test
  void rejectsOtherStringsWithoutQuotingThem() {
    assertThatThrownBy(() -> cast.get("yes", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.is_active: the boolean cast cannot convert a value of type java.lang.String:"
                + " only \"0\", \"1\", \"true\" and \"false\" are booleans.");
  }

  @Test
  void rejectsOtherTypes() {
    assertThatThrownBy(() -> cast.get(new Object(), CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.is_active: the boolean cast cannot convert a value of type java.lang.Object.");
  }
}
