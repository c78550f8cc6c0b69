package io.ilana.config;

import java.util.Objects;

/**
 * Where seeders live.
 *
 * @param directory the directory generated seeder sources go to
 * @param packageName the Java package seeders are discovered in, or {@code null}
 */
public record SeedsConfig(String directory, String packageName) {
  public SeedsConfig {
    Objects.requireNonNull(directory, "directory");
  }

  /** {@code ./seeds}, no package. */
  public static SeedsConfig defaults() {
    return new SeedsConfig("./seeds", null);
  }
}
