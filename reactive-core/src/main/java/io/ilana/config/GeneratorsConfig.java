package io.ilana.config;

import java.util.Map;
import java.util.Objects;

/**
 * What the {@code ilana make:*} generators need beyond migrations and seeds: where models,
 * factories, observers and casts go (keys {@code models}, {@code factories}, {@code observers},
 * {@code casts}), and custom templates ({@code stubs}: kind to file, such as {@code model:
 * ./stubs/model.stub}).
 *
 * @param models where generated models go
 * @param factories where generated factories go
 * @param observers where generated observers go
 * @param casts where generated casts go
 * @param stubs template files by kind ({@code model}, {@code pivot}, {@code migration}, {@code
 *     migration.create}, {@code migration.update}, {@code migration.pivot}, {@code seeder}, {@code
 *     factory}, {@code observer}, {@code observer.plain}, {@code cast}); placeholders such as
 *     {@code {{ class }}} are filled in
 */
public record GeneratorsConfig(
    SourcesConfig models,
    SourcesConfig factories,
    SourcesConfig observers,
    SourcesConfig casts,
    Map<String, String> stubs) {
  public GeneratorsConfig {
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(factories, "factories");
    Objects.requireNonNull(observers, "observers");
    Objects.requireNonNull(casts, "casts");
    stubs = Map.copyOf(stubs == null ? Map.of() : stubs);
  }

  /** {@code ./models}, {@code ./factories}, {@code ./observers}, {@code ./casts}; no packages. */
  public static GeneratorsConfig defaults() {
    return new GeneratorsConfig(
        new SourcesConfig("./models", null),
        new SourcesConfig("./factories", null),
        new SourcesConfig("./observers", null),
        new SourcesConfig("./casts", null),
        Map.of());
  }
}
