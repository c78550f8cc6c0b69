package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidCastException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StringCastTest {
  private static final CastContext CTX = new CastContext("users", "name");

  @Test
  void keepsText() {
    assertThat(Casts.STRING.get(new StringBuilder("Ada"), CTX)).isEqualTo("Ada");
  }

  @Test
  void spellsOutScalars() {
    assertThat(Casts.STRING.get(42L, CTX)).isEqualTo("42");
    assertThat(Casts.STRING.get(new BigDecimal("1E+3"), CTX)).isEqualTo("1000");
    assertThat(Casts.STRING.get(true, CTX)).isEqualTo("true");
    assertThat(Casts.STRING.get(LocalDate.of(2024, 1, 2), CTX)).isEqualTo("2024-01-02");
  }

  @Test
  void spellsOutANativeUuid() {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(Casts.STRING.get(id, CTX)).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
  }

  @Test
  void passesNullThroughBothWays() {
    assertThat(Casts.STRING.get(null, CTX)).isNull();
    assertThat(Casts.STRING.set(null, CTX)).isNull();
  }

  @Test
  void rejectsStructuredValues() {
    assertThatThrownBy(() -> Casts.STRING.get(new ArrayList<>(List.of("a")), CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.name: the string cast cannot convert a value of type java.util.ArrayList.");
  }
}
