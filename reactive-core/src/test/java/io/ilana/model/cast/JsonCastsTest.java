package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ilana.error.InvalidCastException;
import io.ilana.sql.JsonText;
import io.r2dbc.postgresql.codec.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCastsTest {
  private static final CastContext CTX = new CastContext("users", "preferences");

  record Theme(String name, int size) {}

  @Test
  void jsonReadsAnObjectFromTheStringH2AndMariaDbReturn() {
    assertThat(Casts.JSON.get("{\"a\":1,\"b\":[true,\"x\",2.5]}", CTX))
        .isEqualTo(Map.of("a", 1L, "b", List.of(true, "x", 2.5d)));
  }

  @Test
  void jsonRefusesADriverTypeThatItsDialectDidNotTurnIntoText() {
    // PostgreSQL's dialect reads json and jsonb columns as text (JsonColumnIntegrationTest).
    assertThatThrownBy(() -> Casts.JSON.get(Json.of("{\"a\":1}"), CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.preferences: the json cast cannot convert a value of type"
                + " io.r2dbc.postgresql.codec.Json$JsonByteArrayInput.");
  }

  @Test
  void jsonReadsBytes() {
    byte[] bytes = "[1,2]".getBytes(StandardCharsets.UTF_8);
    assertThat(Casts.JSON.get(bytes, CTX)).isEqualTo(List.of(1L, 2L));
    assertThat(Casts.JSON.get(ByteBuffer.wrap(bytes), CTX)).isEqualTo(List.of(1L, 2L));
  }

  @Test
  void jsonReadsScalars() {
    assertThat(Casts.JSON.get("\"dark\"", CTX)).isEqualTo("dark");
    assertThat(Casts.JSON.get("12", CTX)).isEqualTo(12L);
    assertThat(Casts.JSON.get("false", CTX)).isEqualTo(false);
  }

  @Test
  void jsonReadsAJsonNullAsNull() {
    assertThat(Casts.JSON.get("null", CTX)).isNull();
  }

  @Test
  void jsonStoresAJsonDocument() {
    assertThat(Casts.JSON.set(Map.of("a", List.of(1, 2)), CTX))
        .isEqualTo(new JsonText("{\"a\":[1,2]}"));
    assertThat(Casts.JSON.set("dark", CTX)).isEqualTo(new JsonText("\"dark\""));
  }

  @Test
  void everyJsonCastPassesNullThroughBothWays() {
    assertThat(Casts.JSON.get(null, CTX)).isNull();
    assertThat(Casts.JSON.set(null, CTX)).isNull();
    assertThat(Casts.OBJECT.get(null, CTX)).isNull();
    assertThat(Casts.OBJECT.set(null, CTX)).isNull();
    assertThat(Casts.ARRAY.get(null, CTX)).isNull();
    assertThat(Casts.ARRAY.set(null, CTX)).isNull();
  }

  @Test
  void invalidJsonIsReportedWithoutQuotingIt() {
    assertThatThrownBy(() -> Casts.JSON.get("{secret", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.preferences: the json cast cannot convert a value of type java.lang.String:"
                + " it is not valid JSON.");
  }

  @Test
  void textAfterTheDocumentIsNotJson() {
    assertThatThrownBy(() -> Casts.JSON.get("{\"a\":1} trailing", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.preferences: the json cast cannot convert a value of type java.lang.String:"
                + " it is not valid JSON.");
  }

  @Test
  void emptyTextIsNotJson() {
    assertThatThrownBy(() -> Casts.JSON.get("", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.preferences: the json cast cannot convert a value of type java.lang.String:"
                + " it is not valid JSON.");
  }

  @Test
  void objectReadsAMap() {
    assertThat(Casts.OBJECT.get("{\"theme\":\"dark\"}", CTX)).isEqualTo(Map.of("theme", "dark"));
  }

  @Test
  void objectRejectsAnArrayInTheColumn() {
    assertThatThrownBy(() -> Casts.OBJECT.get("[1]", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.preferences: the object cast cannot convert a value of type java.lang.String:"
                + " the JSON is an array, not an object.");
  }

  @Test
  void objectRejectsAScalarInTheColumn() {
    assertThatThrownBy(() -> Casts.OBJECT.get("\"dark\"", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.preferences: the object cast cannot convert a value of type java.lang.String:"
                + " the JSON is a string, not an object.");
  }

  @Test
  void objectStoresAJsonDocument() {
    assertThat(Casts.OBJECT.set(Map.of("a", true), CTX)).isEqualTo(new JsonText("{\"a\":true}"));
  }

  @Test
  void arrayReadsAList() {
    assertThat(Casts.ARRAY.get("[\"a\",\"b\"]", CTX)).isEqualTo(List.of("a", "b"));
  }

  @Test
  void arrayRejectsAnObjectInTheColumn() {
    assertThatThrownBy(() -> Casts.ARRAY.get("{\"a\":1}", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.preferences: the array cast cannot convert a value of type java.lang.String:"
                + " the JSON is an object, not an array.");
  }

  @Test
  void arrayCoercesAnAssignedJavaArray() {
    assertThat(Casts.ARRAY.coerce(new Object[] {"a", 1}, CTX)).isEqualTo(List.of("a", 1));
  }

  @Test
  void jsonCastReadsARecord() {
    JsonCast<Theme> cast = new JsonCast<>(Theme.class);
    assertThat(cast.get("{\"name\":\"dark\",\"size\":12}", CTX)).isEqualTo(new Theme("dark", 12));
    assertThat(cast.set(new Theme("light", 10), CTX))
        .isEqualTo(new JsonText("{\"name\":\"light\",\"size\":10}"));
  }

  @Test
  void jsonCastReadsAGenericType() {
    JsonCast<List<Theme>> cast = new JsonCast<>(new TypeReference<List<Theme>>() {});
    assertThat(cast.get("[{\"name\":\"dark\",\"size\":1}]", CTX))
        .containsExactly(new Theme("dark", 1));
  }

  @Test
  void jsonCastCoercesAMapIntoTheRecord() {
    JsonCast<Theme> cast = new JsonCast<>(Theme.class);
    assertThat(cast.coerce(Map.of("name", "dark", "size", 3), CTX)).isEqualTo(new Theme("dark", 3));
  }

  @Test
  void jsonCastReportsAShapeMismatch() {
    JsonCast<Theme> cast = new JsonCast<>(Theme.class);
    assertThatThrownBy(() -> cast.get("[1]", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.preferences: the json cast cannot convert a value of type java.lang.String:"
                + " the JSON does not match io.ilana.model.cast.JsonCastsTest$Theme.");
  }
}
