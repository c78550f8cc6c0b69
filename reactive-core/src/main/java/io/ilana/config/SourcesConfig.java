package io.ilana.config;

import java.util.Objects;

/**
 * Where one kind of generated source goes: models, factories, observers or casts.
 *
 * @param directory the directory the generated {@code .java} files are written to
 * @param packageName the Java package they declare, or {@code null} when not configured
 */
public record SourcesConfig(String directory, String packageName) {
  public SourcesConfig {
    Objects.requireNonNull(directory, "directory");
  }
}
