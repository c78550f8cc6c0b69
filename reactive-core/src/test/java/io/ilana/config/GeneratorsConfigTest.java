package io.ilana.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generators' settings: models, factories, observers, casts and custom stubs. */
class GeneratorsConfigTest {
  private static final String CONNECTIONS =
      "connections: { local: { client: h2, database: mem:g } }\n";

  @Test
  void sourceFoldersAndStubsAreRead() {
    IlanaConfig config =
        ConfigLoader.fromString(
            CONNECTIONS
                + """
                models: { directory: ./src/main/java/com/acme/models, package: com.acme.models }
                factories: { directory: ./src/main/java/com/acme/factories, package: com.acme.factories }
                observers: { package: com.acme.observers }
                stubs: { model: ./stubs/model.stub, migration.create: ./stubs/create.stub }
                """,
            "ilana.yml",
            Map.of());

    GeneratorsConfig generators = config.generators();
    assertThat(generators.models())
        .isEqualTo(new SourcesConfig("./src/main/java/com/acme/models", "com.acme.models"));
    assertThat(generators.factories().packageName()).isEqualTo("com.acme.factories");
    assertThat(generators.observers())
        .isEqualTo(new SourcesConfig("./observers", "com.acme.observers"));
    assertThat(generators.casts()).isEqualTo(GeneratorsConfig.defaults().casts());
    assertThat(generators.stubs())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("model", "./stubs/model.stub", "migration.create", "./stubs/create.stub"));
  }

  @Test
  void withoutThemTheDefaultsApply() {
    IlanaConfig config = ConfigLoader.fromString(CONNECTIONS, "ilana.yml", Map.of());
    assertThat(config.generators()).isEqualTo(GeneratorsConfig.defaults());
  }

  @Test
  void anUnknownStubKindIsRefusedByName() {
    assertThatThrownBy(
            () ->
                ConfigLoader.fromString(
                    CONNECTIONS + "stubs: { modle: ./m.stub }\n", "ilana.yml", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "ilana.yml: stubs.modle: unknown key; expected one of model, pivot, migration,"
                + " migration.create, migration.update, migration.pivot, seeder, factory, observer,"
                + " observer.plain, cast.");
  }
}
