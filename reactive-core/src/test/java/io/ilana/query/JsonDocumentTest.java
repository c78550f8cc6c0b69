package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidValueException;
import io.ilana.sql.Json;
import io.ilana.sql.JsonText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {

  /** Jackson cannot write an object without properties. */
  static final class Opaque {}

  @Test
  void jsonOfWritesTheValueAsADocument() {
    assertThat(Json.of(Map.of("a", List.of(1, 2)))).isEqualTo(new JsonText("{\"a\":[1,2]}"));
  }

  @Test
  void theQueryLogPrintsADocumentAsItsText() {
    assertThat(new JsonText("{\"a\":1}")).hasToString("{\"a\":1}");
  }

  @Test
  void aValueThatCannotBeWrittenAsJsonIsAnInvalidValue() {
    assertThatThrownBy(() -> Json.of(new Opaque()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Opaque value: it cannot be written as JSON (");
  }
}
