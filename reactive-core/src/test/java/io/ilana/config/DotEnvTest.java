package io.ilana.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.ConfigException;
import org.junit.jupiter.api.Test;

class DotEnvTest {

  @Test
  void readsPlainExportedAndQuotedValues() {
    String text =
        """
        # comment

        PLAIN=value
        export EXPORTED=yes
        SINGLE='a "b" #c'
        DOUBLE="line\\nnext \\"q\\""
        SPACED = padded   # trailing comment
        EMPTY=
        """;

    assertThat(DotEnv.parse(text, ".env"))
        .containsEntry("PLAIN", "value")
        .containsEntry("EXPORTED", "yes")
        .containsEntry("SINGLE", "a \"b\" #c")
        .containsEntry("DOUBLE", "line\nnext \"q\"")
        .containsEntry("SPACED", "padded")
        .containsEntry("EMPTY", "");
  }

  @Test
  void valueMayContainEqualsSigns() {
    assertThat(DotEnv.parse("URL=r2dbc:h2:mem:///x?a=b", ".env"))
        .containsEntry("URL", "r2dbc:h2:mem:///x?a=b");
  }

  @Test
  void unclosedQuoteIsReported() {
    assertThatThrownBy(() -> DotEnv.parse("A=1\nB=\"open\n", ".env"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(".env: line 2: missing closing \" quote.");
  }
}
