package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ilana.json.IlanaJackson2Module;
import io.ilana.json.IlanaJackson3Module;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A model returned from a handler is written as {@link Model#toJsonMap()} by Jackson 2 and by
 * Jackson 3 (Spring Boot 4's), with or without their Java time support: hidden attributes and the
 * model's internals (original values, dirty state, relations map) never reach JSON.
 */
class ModelSerialisationLeakTest {
  static final class Account extends Model<Account> {
    static final ModelType<Account> TYPE =
        ModelType.of(Account.class, Account::new)
            .table("m_leak_accounts")
            .fillable("email", "password", "created_at")
            .hidden("password");
  }

  static final String EXPECTED =
      "{\"email\":\"ann@x.io\",\"created_at\":\"2024-01-15T12:34:56.123Z\"}";

  private static Account ann() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("email", "ann@x.io");
    attributes.put("password", "secret");
    attributes.put("created_at", Instant.parse("2024-01-15T12:34:56.123Z"));
    Account account = Account.TYPE.make(attributes);
    // A change after filling, so that original and dirty values differ and would show if leaked.
    return account.set("password", "secret2");
  }

  private static void assertNoLeak(String json) {
    assertThat(json)
        .doesNotContain("password")
        .doesNotContain("secret")
        .doesNotContain("original")
        .doesNotContain("dirty")
        .doesNotContain("attributes");
  }

  @Test
  void aDefaultJackson2MapperWritesTheShownAttributesOnly() throws Exception {
    String json = new ObjectMapper().writeValueAsString(ann());

    assertThat(json).isEqualTo(EXPECTED);
  }

  @Test
  void aJackson2MapperWithJavaTimeWritesTheSame() throws Exception {
    String json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(ann());

    assertThat(json).isEqualTo(EXPECTED);
  }

  @Test
  void aDefaultJackson3MapperWritesTheShownAttributesOnly() {
    String json = new JsonMapper().writeValueAsString(ann());

    assertThat(json).isEqualTo(EXPECTED);
  }

  @Test
  void aJackson3MapperConfiguredAsSpringBootDoesWritesTheSame() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.writeValueAsString(ann())).isEqualTo(EXPECTED);
  }

  @Test
  void modelsInsideListsAndMapsAreWrittenTheSameWayByBothVersions() throws Exception {
    Object body = Map.of("data", List.of(ann()));

    String jackson2 = new ObjectMapper().writeValueAsString(body);
    String jackson3 = new JsonMapper().writeValueAsString(body);

    assertThat(jackson2).isEqualTo("{\"data\":[" + EXPECTED + "]}");
    assertThat(jackson3).isEqualTo(jackson2);
  }

  @Test
  void aLoadedRelationHidesTheRelatedModelsHiddenAttributes() throws Exception {
    Account owner = ann().setRelation("friends", List.of(ann()));

    String jackson2 = new ObjectMapper().writeValueAsString(owner);
    String jackson3 = new JsonMapper().writeValueAsString(owner);

    assertNoLeak(jackson2);
    assertNoLeak(jackson3);
    assertThat(jackson3).isEqualTo(jackson2).contains("\"friends\":[" + EXPECTED + "]");
  }

  @Test
  void aMapperThatIgnoresAnnotationsFindsNoGetterToTheRawAttributes() throws Exception {
    ObjectMapper beansOnly =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(com.fasterxml.jackson.databind.MapperFeature.USE_ANNOTATIONS)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    // Only harmless bean properties remain (key, dirty/clean flags); no attribute value.
    assertThat(beansOnly.writeValueAsString(ann()))
        .isEqualTo("{\"key\":null,\"dirty\":true,\"clean\":false}");
  }

  @Test
  void theJackson2ModuleWritesTheShownAttributesEvenWhenAnnotationsAreIgnored() throws Exception {
    ObjectMapper mapper =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(com.fasterxml.jackson.databind.MapperFeature.USE_ANNOTATIONS)
            .addModule(new IlanaJackson2Module())
            .build();

    assertThat(mapper.writeValueAsString(ann())).isEqualTo(EXPECTED);
  }

  @Test
  void theJackson3ModuleWritesTheShownAttributesEvenWhenAnnotationsAreIgnored() {
    JsonMapper mapper =
        JsonMapper.builder()
            .disable(tools.jackson.databind.MapperFeature.USE_ANNOTATIONS)
            .addModule(new IlanaJackson3Module())
            .build();

    assertThat(mapper.writeValueAsString(ann())).isEqualTo(EXPECTED);
  }

  @Test
  void withTheModulesBothVersionsWriteTheSame() throws Exception {
    String jackson2 =
        new ObjectMapper().registerModule(new IlanaJackson2Module()).writeValueAsString(ann());
    String jackson3 =
        JsonMapper.builder().addModule(new IlanaJackson3Module()).build().writeValueAsString(ann());

    assertThat(jackson2).isEqualTo(EXPECTED);
    assertThat(jackson3).isEqualTo(EXPECTED);
  }

  @Test
  void aZoneLessDateTimeIsWrittenAsTheUtcInstantItHolds() {
    Account account = ann().forceFill(Map.of("created_at", LocalDateTime.of(2024, 1, 2, 3, 4, 5)));

    assertThat(new JsonMapper().writeValueAsString(account)).contains("\"2024-01-02T03:04:05Z\"");
  }
}
