package io.ilana.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How bindings are shown in the query log and in error messages. */
class BindingsTest {
  @Test
  void arrayBindingsAreShownElementByElementWithSecretsMasked() {
    assertThat(
            Bindings.mask(
                Arrays.asList(
                    new Long[] {1L, 3L},
                    new int[] {7},
                    new Object[] {"a", Secret.of("pw"), null},
                    new byte[] {1, 2, 3})))
        .containsExactly("[1, 3]", "[7]", "['a', ****, null]", "bytes(3)");
  }

  @Test
  void aShortenedValueIsCutBeforeASurrogatePairRatherThanInsideIt() {
    String value = "a".repeat(62) + "\uD83D\uDE00";
    assertThat(Bindings.mask(Arrays.asList(value)))
        .containsExactly("'" + "a".repeat(62) + "...(66 chars)");
  }

  @Test
  void aShortenedValueIsCutAtTheLimitWhenNoPairStraddlesIt() {
    String value = "a".repeat(70);
    assertThat(Bindings.mask(Arrays.asList(value)))
        .containsExactly("'" + "a".repeat(63) + "...(72 chars)");
  }
}
