package io.ilana.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class WellFormedTextTest {
  static final String ADVICE =
      ": it is not a character, and the database would store '?' in its place. Remove it or"
          + " replace it (with U+FFFD, for instance) before sending the value.";

  @Test
  void surrogatePairsAreWellFormed() {
    assertThatCode(() -> WellFormedText.require(Sql.of("select ?", "a\uD83D\uDE00b")))
        .doesNotThrowAnyException();
  }

  @Test
  void aHighSurrogateAtTheEndIsRefusedWithItsPositionAndIndex() {
    assertThatThrownBy(() -> WellFormedText.require(Sql.of("select ?, ?", 1, "name\uD800")))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Parameter 2 holds a lone UTF-16 surrogate (U+D800) at index 4" + ADVICE);
  }

  @Test
  void aLowSurrogateWithoutItsHighOneIsRefused() {
    assertThat(WellFormedText.loneSurrogate("ab\uDE00")).isEqualTo(2);
  }

  @Test
  void twoHighSurrogatesInARowAreRefusedAtTheFirst() {
    assertThat(WellFormedText.loneSurrogate("\uD83D\uD83D\uDE00")).isZero();
  }

  @Test
  void secretsAreCheckedWithoutEchoingThem() {
    assertThatThrownBy(() -> WellFormedText.require(Sql.of("select ?", Secret.of("pw\uDC00"))))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Parameter 1 holds a lone UTF-16 surrogate (U+DC00) at index 2" + ADVICE);
  }

  @Test
  void arrayElementsAreChecked() {
    Object array = new String[] {"ok", "x\uD800"};
    assertThatThrownBy(() -> WellFormedText.require(Sql.of("select ?", array)))
        .hasMessage(
            "Parameter 1 element 2 holds a lone UTF-16 surrogate (U+D800) at index 1" + ADVICE);
  }

  @Test
  void aLoneSurrogateAfterAWellFormedPairIsFoundAtItsOwnIndex() {
    assertThat(WellFormedText.loneSurrogate("a\uD83D\uDE00b\uD800")).isEqualTo(4);
  }

  @Test
  void textThatIsNotAStringIsCheckedToo() {
    Object text = new StringBuilder("ok\uDC00");
    assertThatThrownBy(() -> WellFormedText.require(Sql.of("select ?, ?", 7L, text)))
        .hasMessage("Parameter 2 holds a lone UTF-16 surrogate (U+DC00) at index 2" + ADVICE);
  }
}
