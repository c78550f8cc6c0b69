package io.ilana.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidCursorException;
import io.ilana.error.InvalidPaginationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CursorTest {

  private static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void nextCursorReadsForward() {
    Cursor cursor = Cursor.next(Map.of("id", 5L));
    assertThat(cursor.direction()).isEqualTo(Cursor.Direction.NEXT);
    assertThat(cursor.isNext()).isTrue();
  }

  @Test
  void previousCursorReadsBackward() {
    Cursor cursor = Cursor.previous(Map.of("id", 5L));
    assertThat(cursor.direction()).isEqualTo(Cursor.Direction.PREVIOUS);
    assertThat(cursor.isNext()).isFalse();
  }

  @Test
  void columnsKeepTheGivenOrder() {
    Cursor cursor = Cursor.of(ordered("created_at", "x", "id", 1L), Cursor.Direction.NEXT);
    assertThat(cursor.columns()).containsExactly("created_at", "id");
    assertThat(cursor.values()).containsExactly(Map.entry("created_at", "x"), Map.entry("id", 1L));
  }

  @Test
  void valueReadsOneColumn() {
    assertThat(Cursor.next(Map.of("id", 5L)).value("id")).isEqualTo(5L);
  }

  @Test
  void valueOfAnUnknownColumnIsAnInvalidCursorThatNamesNothing() {
    assertThatThrownBy(() -> Cursor.next(Map.of("id", 5L)).value("name"))
        .isInstanceOf(InvalidCursorException.class)
        .hasMessage("Invalid pagination cursor.");
  }

  @Test
  void valuesAreCopiedAndUnmodifiable() {
    Map<String, Object> source = ordered("id", 1L);
    Cursor cursor = Cursor.next(source);
    source.put("other", 2L);
    assertThat(cursor.columns()).containsExactly("id");
    assertThatThrownBy(() -> cursor.values().put("x", 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalityDependsOnColumnOrderAndDirection() {
    Cursor a = Cursor.next(ordered("a", 1L, "b", 2L));
    assertThat(a).isEqualTo(Cursor.next(ordered("a", 1L, "b", 2L)));
    assertThat(a).hasSameHashCodeAs(Cursor.next(ordered("a", 1L, "b", 2L)));
    assertThat(a).isNotEqualTo(Cursor.next(ordered("b", 2L, "a", 1L)));
    assertThat(a).isNotEqualTo(Cursor.previous(ordered("a", 1L, "b", 2L)));
  }

  @Test
  void toStringShowsPositionAndDirection() {
    assertThat(Cursor.next(Map.of("id", 5L))).hasToString("Cursor{id=5} NEXT");
  }

  @Test
  void noColumnsIsRejected() {
    assertThatThrownBy(() -> Cursor.next(Map.of()))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("A cursor needs at least one column.");
  }

  @Test
  void blankColumnNameIsRejected() {
    assertThatThrownBy(() -> Cursor.next(Map.of(" ", 1L)))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("Cursor column names must not be blank.");
  }

  @Test
  void nullValueIsRejected() {
    Map<String, Object> values = new HashMap<>();
    values.put("id", null);
    assertThatThrownBy(() -> Cursor.next(values))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage("Cursor value for column 'id' must not be null.");
  }

  @Test
  void unsupportedValueTypeIsRejectedNamingTheSupportedOnes() {
    assertThatThrownBy(() -> Cursor.next(Map.of("score", 1.5d)))
        .isInstanceOf(InvalidPaginationException.class)
        .hasMessage(
            "Cursor values of type java.lang.Double are not supported (column 'score'); supported:"
                + " Long, Integer, String, BigDecimal, Instant, LocalDate, LocalDateTime, UUID,"
                + " Boolean.");
  }
}
