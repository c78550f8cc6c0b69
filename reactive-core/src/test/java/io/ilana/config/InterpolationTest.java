package io.ilana.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.dialect.Dialects;
import io.ilana.error.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolationTest {
  private static final String CONFIG =
      """
      default: ${DB_CONNECTION:pg}
      connections:
        pg:
          client: ${DB_CLIENT:postgres}
          url: "r2dbc:postgresql://${DB_HOST:localhost}:${DB_PORT:5432}/app"
          password: "${DB_PASSWORD:}"
          pool: { max: "${POOL_MAX:10}" }
        h2: { client: h2, database: "mem:${APP}" }
      debug: ${DEBUG:false}
      """;

  @Test
  void defaultIsUsedWhenTheVariableIsUnset() {
    IlanaConfig config = load(Map.of("APP", "a"));

    assertThat(config.defaultConnection()).isEqualTo("pg");
    assertThat(Dialects.forConnection(config.connection("pg")).name()).isEqualTo("postgres");
    assertThat(config.connection("pg").pool().max()).isEqualTo(10);
    assertThat(config.debug()).isFalse();
  }

  @Test
  void variableWinsOverTheDefault() {
    IlanaConfig config =
        load(Map.of("APP", "a", "DB_CONNECTION", "h2", "POOL_MAX", "3", "DEBUG", "true"));

    assertThat(config.defaultConnection()).isEqualTo("h2");
    assertThat(config.connection("pg").pool().max()).isEqualTo(3);
    assertThat(config.debug()).isTrue();
  }

  @Test
  void variableWithoutDefaultIsReplaced() {
    assertThat(load(Map.of("APP", "shop")).connection("h2").database()).isEqualTo("mem:shop");
  }

  @Test
  void severalReferencesInsideOneStringAreReplaced() {
    IlanaConfig config = load(Map.of("APP", "a", "DB_HOST", "db.internal"));

    assertThat(config.connection("pg").url()).isEqualTo("r2dbc:postgresql://db.internal:5432/app");
  }

  @Test
  void emptyDefaultGivesAnEmptyValue() {
    assertThat(load(Map.of("APP", "a")).connection("pg").password()).isEmpty();
  }

  @Test
  void variableSetToAnEmptyValueCountsAsSet() {
    IlanaConfig config = load(Map.of("APP", "a", "DB_HOST", ""));

    assertThat(config.connection("pg").url()).isEqualTo("r2dbc:postgresql://:5432/app");
  }

  @Test
  void malformedReferenceIsRejected() {
    assertThatThrownBy(
            () ->
                ConfigLoader.fromString(
                    "connections: { h2: { client: h2, database: 'mem:${APP' } }",
                    "app.yml",
                    Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "app.yml: connections.h2.database: malformed variable reference;"
                + " write ${NAME} or ${NAME:default}.");
  }

  private static IlanaConfig load(Map<String, String> env) {
    return ConfigLoader.fromString(CONFIG, "ilana.yml", env);
  }
}
