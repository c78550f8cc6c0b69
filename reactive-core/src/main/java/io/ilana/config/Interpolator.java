package io.ilana.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${NAME}} and {@code ${NAME:default}} references in configuration values. */
final class Interpolator {
  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}");

  private final Map<String, String> environment;

  Interpolator(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /**
   * The value with every reference replaced.
   *
   * @param raw the value as written in the file
   * @param source the file, for messages
   * @param path the key path, for messages
   */
  String resolve(String raw, String source, String path) {
    if (!raw.contains("${")) {
      return raw;
    }
    Matcher matcher = REFERENCE.matcher(raw);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = environment.getOrDefault(name, matcher.group(2));
      if (value == null) {
        throw ConfigErrors.at(
            source, path, "environment variable " + name + " is not set and has no default.");
      }
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(resolved);
    // A leftover "${" is a typo (bad name, missing brace); passing it on would hide it.
    if (REFERENCE.matcher(raw).replaceAll("").contains("${")) {
      throw ConfigErrors.at(
          source, path, "malformed variable reference; write ${NAME} or ${NAME:default}.");
    }
    return resolved.toString();
  }
}
