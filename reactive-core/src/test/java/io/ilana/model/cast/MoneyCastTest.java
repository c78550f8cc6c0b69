package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidCastException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyCastTest {
  private static final CastContext CTX = new CastContext("products", "price");
  private final MoneyCast cast = new MoneyCast();

  @Test
  void readsMinorUnitsAsMajorUnits() {
    assertThat(cast.get(1999L, CTX)).isEqualTo(new BigDecimal("19.99"));
    assertThat(cast.get(5, CTX)).isEqualTo(new BigDecimal("0.05"));
  }

  @Test
  void readsMinorUnitsFromADecimalColumnOrText() {
    assertThat(cast.get(new BigDecimal("1999"), CTX)).isEqualTo(new BigDecimal("19.99"));
    assertThat(cast.get("1999", CTX)).isEqualTo(new BigDecimal("19.99"));
  }

  @Test
  void storesMinorUnitsAsALong() {
    assertThat(cast.set(new BigDecimal("19.99"), CTX)).isEqualTo(1999L);
  }

  @Test
  void roundsHalfUpToTheScaleWhenStoring() {
    assertThat(cast.set(new BigDecimal("0.125"), CTX)).isEqualTo(13L);
  }

  @Test
  void honoursAnotherScale() {
    MoneyCast yen = new MoneyCast(0);
    assertThat(yen.get(1500, CTX)).isEqualTo(new BigDecimal("1500"));
    assertThat(yen.set(new BigDecimal("1500.4"), CTX)).isEqualTo(1500L);
  }

  @Test
  void coercesAnAssignedDoubleAsMajorUnits() {
    assertThat(cast.coerce(19.99d, CTX)).isEqualTo(new BigDecimal("19.99"));
  }

  @Test
  void passesNullThroughBothWays() {
    assertThat(cast.get(null, CTX)).isNull();
    assertThat(cast.set(null, CTX)).isNull();
  }

  @Test
  void rejectsFractionalMinorUnits() {
    assertThatThrownBy(() -> cast.get(new BigDecimal("19.5"), CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "products.price: the money(2) cast cannot convert a value of type"
                + " java.math.BigDecimal: minor units must be whole.");
  }

  @Test
  void rejectsAnAmountTooLargeForALong() {
    assertThatThrownBy(() -> cast.set(new BigDecimal("1e30"), CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "products.price: the money(2) cast cannot convert a value of type"
                + " java.math.BigDecimal: it does not fit in a long.");
  }

  @Test
  void refusesAScaleOutOfRange() {
    assertThatThrownBy(() -> new MoneyCast(19))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage("The money cast's scale must be between 0 and 18, got 19.");
  }
}
