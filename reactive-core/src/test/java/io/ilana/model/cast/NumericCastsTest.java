package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidCastException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumericCastsTest {
  private static final CastContext CTX = new CastContext("products", "amount");

  @Test
  void integerReadsEveryIntegerWidthAsLong() {
    assertThat(Casts.INTEGER.get(7, CTX)).isEqualTo(7L);
    assertThat(Casts.INTEGER.get((short) 7, CTX)).isEqualTo(7L);
    assertThat(Casts.INTEGER.get(BigInteger.valueOf(7), CTX)).isEqualTo(7L);
    assertThat(Casts.INTEGER.get(new BigDecimal("7.00"), CTX)).isEqualTo(7L);
  }

  @Test
  void integerReadsMariaDbTinyintOneAsBoolean() {
    assertThat(Casts.INTEGER.get(Boolean.TRUE, CTX)).isEqualTo(1L);
  }

  @Test
  void integerReadsNumericText() {
    assertThat(Casts.INTEGER.get(" 42 ", CTX)).isEqualTo(42L);
  }

  @Test
  void integerRefusesToTruncateAFraction() {
    assertThatThrownBy(() -> Casts.INTEGER.get(1.5d, CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "products.amount: the integer cast cannot convert a value of type java.lang.Double:"
                + " it has a fraction or does not fit in a long.");
  }

  @Test
  void integerRefusesAnOverflow() {
    assertThatThrownBy(() -> Casts.INTEGER.get(BigInteger.TWO.pow(64), CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "products.amount: the integer cast cannot convert a value of type"
                + " java.math.BigInteger: it has a fraction or does not fit in a long.");
  }

  @Test
  void integerRejectsText() {
    assertThatThrownBy(() -> Casts.INTEGER.get("ten", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "products.amount: the integer cast cannot convert a value of type java.lang.String.");
  }

  @Test
  void numberKeepsWholeValuesWhole() {
    assertThat(Casts.NUMBER.get(30, CTX)).isEqualTo(30L);
    assertThat(Casts.NUMBER.get(new BigDecimal("30.0"), CTX)).isEqualTo(30L);
    assertThat(Casts.NUMBER.get("2.5", CTX)).isEqualTo(2.5d);
  }

  @Test
  void floatReadsAnyNumberAndText() {
    assertThat(Casts.FLOAT.get(2.5f, CTX)).isEqualTo(2.5d);
    assertThat(Casts.FLOAT.get(new BigDecimal("1234.56"), CTX)).isEqualTo(1234.56d);
    assertThat(Casts.FLOAT.get("1e3", CTX)).isEqualTo(1000d);
  }

  @Test
  void floatRejectsABoolean() {
    assertThatThrownBy(() -> Casts.FLOAT.get(true, CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "products.amount: the float cast cannot convert a value of type java.lang.Boolean.");
  }

  @Test
  void decimalKeepsTheDriversScale() {
    assertThat(Casts.DECIMAL.get(new BigDecimal("19.990"), CTX))
        .isEqualTo(new BigDecimal("19.990"));
  }

  @Test
  void decimalReadsADoubleByItsShortestSpelling() {
    assertThat(Casts.DECIMAL.get(0.1d, CTX)).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void scaledDecimalRoundsHalfUpWhenSet() {
    assertThat(Casts.decimal(2).set(new BigDecimal("2.345"), CTX))
        .isEqualTo(new BigDecimal("2.35"));
    assertThat(Casts.decimal(2).set(new BigDecimal("-2.345"), CTX))
        .isEqualTo(new BigDecimal("-2.35"));
  }

  @Test
  void scaledDecimalReadsAtItsScale() {
    assertThat(Casts.decimal(2).get(7, CTX)).isEqualTo(new BigDecimal("7.00"));
  }

  @Test
  void decimalRejectsNaN() {
    assertThatThrownBy(() -> Casts.decimal(2).get(Double.NaN, CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "products.amount: the decimal(2) cast cannot convert a value of type"
                + " java.lang.Double.");
  }

  @Test
  void decimalRefusesANegativeScale() {
    assertThatThrownBy(() -> Casts.decimal(-1))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage("The decimal cast's scale must be 0 or more, got -1.");
  }

  @Test
  void everyNumericCastPassesNullThroughBothWays() {
    assertThat(Casts.INTEGER.get(null, CTX)).isNull();
    assertThat(Casts.INTEGER.set(null, CTX)).isNull();
    assertThat(Casts.NUMBER.get(null, CTX)).isNull();
    assertThat(Casts.FLOAT.get(null, CTX)).isNull();
    assertThat(Casts.FLOAT.set(null, CTX)).isNull();
    assertThat(Casts.decimal(2).get(null, CTX)).isNull();
    assertThat(Casts.decimal(2).set(null, CTX)).isNull();
  }
}
