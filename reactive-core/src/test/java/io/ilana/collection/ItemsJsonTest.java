package io.ilana.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemsJsonTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void itemsSerialiseAsAJsonArray() throws Exception {
    assertThat(json.writeValueAsString(Items.of(1, 2, 3))).isEqualTo("[1,2,3]");
  }

  @Test
  void emptyItemsSerialiseAsAnEmptyArray() throws Exception {
    assertThat(json.writeValueAsString(Items.empty())).isEqualTo("[]");
  }

  @Test
  void nestedItemsSerialiseAsNestedArrays() throws Exception {
    assertThat(json.writeValueAsString(Items.range(1, 3).chunk(2))).isEqualTo("[[1,2],[3]]");
  }

  @Test
  void mapElementsSerialiseAsObjects() throws Exception {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", 1);
    row.put("name", "Ann");
    assertThat(json.writeValueAsString(Items.of(row))).isEqualTo("[{\"id\":1,\"name\":\"Ann\"}]");
  }

  @Test
  void groupsSerialiseAsAnObjectOfArrays() throws Exception {
    assertThat(json.writeValueAsString(Items.of("a", "bb", "c").groupBy(String::length)))
        .isEqualTo("{\"1\":[\"a\",\"c\"],\"2\":[\"bb\"]}");
  }

  @Test
  void aJsonArrayReadsBackIntoItems() throws Exception {
    Items<String> items = json.readValue("[\"a\",\"b\"]", new TypeReference<Items<String>>() {});
    assertThat(items).isEqualTo(Items.of("a", "b"));
  }
}
