package io.ilana.config;

import io.ilana.error.ConfigException;

/**
 * The one place loader messages are formatted, so they all read {@code <source>: <where>: <what>}.
 */
final class ConfigErrors {
  private ConfigErrors() {}

  /** A problem at a key path (or a line position) inside a source. */
  static ConfigException at(String source, String where, String problem) {
    return new ConfigException(source + ": " + where + ": " + problem);
  }

  /** A problem with the source as a whole, where no key path applies. */
  static ConfigException whole(String source, String problem) {
    return new ConfigException(source + ": " + problem);
  }

  /**
   * The records validate themselves with messages that start at the key path; the loader adds the
   * source so the user knows which file to fix.
   */
  static ConfigException withSource(String source, ConfigException cause) {
    return new ConfigException(source + ": " + cause.getMessage(), cause);
  }
}
