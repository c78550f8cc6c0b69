package io.ilana.pagination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ilana.collection.Items;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaginationJsonTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void pageSerialisesWithTheReadmeFields() throws Exception {
    assertThat(json.writeValueAsString(Page.of(List.of("a", "b"), 3, 2, 1)))
        .isEqualTo(
            "{\"data\":[\"a\",\"b\"],\"total\":3,\"perPage\":2,\"currentPage\":1,"
                + "\"lastPage\":2,\"from\":1,\"to\":2}");
  }

  @Test
  void emptyPageSerialisesNullPositions() throws Exception {
    assertThat(json.writeValueAsString(Page.of(List.of(), 0, 15, 1)))
        .isEqualTo(
            "{\"data\":[],\"total\":0,\"perPage\":15,\"currentPage\":1,"
                + "\"lastPage\":1,\"from\":null,\"to\":null}");
  }

  @Test
  void simplePageSerialisesHasMore() throws Exception {
    assertThat(json.writeValueAsString(SimplePage.of(List.of(1, 2), 1, 1)))
        .isEqualTo(
            "{\"data\":[1],\"perPage\":1,\"currentPage\":1,\"hasMore\":true,\"from\":1,\"to\":1}");
  }

  @Test
  void cursorPageSerialisesItsCursors() throws Exception {
    assertThat(json.writeValueAsString(new CursorPage<>(Items.of(1), 1, "abc", null, true)))
        .isEqualTo(
            "{\"data\":[1],\"perPage\":1,\"nextCursor\":\"abc\",\"previousCursor\":null,"
                + "\"hasMore\":true}");
  }

  @Test
  void pageOfMapRowsSerialisesRowsAsObjects() throws Exception {
    assertThat(json.writeValueAsString(Page.of(List.of(Map.of("id", 7)), 1, 10, 1)))
        .startsWith("{\"data\":[{\"id\":7}],");
  }
}
