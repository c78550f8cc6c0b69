package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class KeysTest {
  @Test
  void wholeNumbersOfEveryDriverTypeMatchOneAnother() {
    Object expected = Keys.normalise(new BigDecimal("42"));
    assertThat(Keys.normalise(42L)).isEqualTo(expected);
    assertThat(Keys.normalise(42)).isEqualTo(expected);
    assertThat(Keys.normalise((short) 42)).isEqualTo(expected);
    assertThat(Keys.normalise((byte) 42)).isEqualTo(expected);
    assertThat(Keys.normalise(BigInteger.valueOf(42))).isEqualTo(expected);
    assertThat(Keys.normalise(new BigDecimal("42.00"))).isEqualTo(expected);
    assertThat(Keys.normalise("42")).isEqualTo(expected);
  }

  @Test
  void zeroNegativeAndExtremeWholeNumbersMatchTheirDecimalForm() {
    for (long value : new long[] {0, -1, -7, 10, 100, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertThat(Keys.normalise(value)).isEqualTo(Keys.normalise(new BigDecimal(value)));
    }
    assertThat(Keys.normalise(Integer.MIN_VALUE))
        .isEqualTo(Keys.normalise(new BigDecimal(Integer.MIN_VALUE)));
  }

  @Test
  void textKeysStayText() {
    assertThat(Keys.normalise("abc")).isEqualTo("abc");
    assertThat(Keys.normalise(null)).isNull();
  }
}
