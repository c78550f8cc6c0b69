package io.ilana.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.ilana.error.ConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One mapping of the configuration tree, read with its key path known, so every value is
 * interpolated and every complaint names the file and the key.
 */
final class ConfigNode {
  private final JsonNode node;
  private final String path;
  private final String source;
  private final Interpolator interpolator;

  private ConfigNode(JsonNode node, String path, String source, Interpolator interpolator) {
    this.node = node;
    this.path = path;
    this.source = source;
    this.interpolator = interpolator;
  }

  /** The document's top-level mapping; an empty document reads as an empty mapping. */
  static ConfigNode root(JsonNode document, String source, Interpolator interpolator) {
    if (document == null || document.isMissingNode() || document.isNull()) {
      return new ConfigNode(JsonNodeFactory.instance.objectNode(), "", source, interpolator);
    }
    if (!document.isObject()) {
      throw ConfigErrors.whole(
          source,
          "expected a mapping of settings at the top level, was " + describe(document) + ".");
    }
    return new ConfigNode(document, "", source, interpolator);
  }

  /** The key path of a key in this mapping, such as {@code connections.pg.port}. */
  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** This mapping's own key path. */
  String path() {
    return path;
  }

  /** The file or name the configuration came from. */
  String source() {
    return source;
  }

  /** A complaint about a key of this mapping. */
  ConfigException fail(String key, String problem) {
    return ConfigErrors.at(source, path(key), problem);
  }

  /** Fails on the first key not in {@code allowed}, so a typo is not silently ignored. */
  void allowOnly(String... allowed) {
    List<String> known = Arrays.asList(allowed);
    for (String key : keys()) {
      if (!known.contains(key)) {
        throw fail(key, "unknown key; expected one of " + String.join(", ", allowed) + ".");
      }
    }
  }

  /** The keys of this mapping in file order. */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    Iterator<String> names = node.fieldNames();
    names.forEachRemaining(keys::add);
    return keys;
  }

  /** Whether the key is present with a non-null value. */
  boolean has(String key) {
    JsonNode value = node.get(key);
    return value != null && !value.isNull();
  }

  /** Which of several spellings of one setting is used, failing when more than one is. */
  Optional<String> oneOf(String first, String second) {
    if (has(first) && has(second)) {
      throw fail(second, "also set as " + path(first) + "; set it once.");
    }
    return has(first) ? Optional.of(first) : has(second) ? Optional.of(second) : Optional.empty();
  }

  /** A nested mapping. */
  Optional<ConfigNode> object(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonNode value = node.get(key);
    if (!value.isObject()) {
      throw fail(key, "expected a mapping, was " + describe(value) + ".");
    }
    return Optional.of(new ConfigNode(value, path(key), source, interpolator));
  }

  /** Whether the value is a nested mapping rather than a scalar. */
  boolean isObject(String key) {
    return has(key) && node.get(key).isObject();
  }

  /** A scalar as text, with environment references resolved. */
  Optional<String> text(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonNode value = node.get(key);
    if (!value.isValueNode()) {
      throw fail(key, "expected a text value, was " + describe(value) + ".");
    }
    return Optional.of(interpolator.resolve(value.asText(), source, path(key)));
  }

  /** A whole number, written as a number or as text (such as an interpolated variable). */
  Optional<Long> number(String key) {
    if (has(key) && node.get(key).isIntegralNumber() && node.get(key).canConvertToLong()) {
      return Optional.of(node.get(key).longValue());
    }
    if (has(key) && node.get(key).isNumber()) {
      throw fail(key, "expected a whole number, was " + describe(node.get(key)) + ".");
    }
    return text(key).map(value -> parseNumber(key, value));
  }

  /** A whole number that fits an {@code int}. */
  Optional<Integer> integer(String key) {
    return number(key)
        .map(
            value -> {
              if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw fail(key, "expected a whole number, was '" + value + "'.");
              }
              return value.intValue();
            });
  }

  /** {@code true} or {@code false}, written as a boolean or as text. */
  Optional<Boolean> bool(String key) {
    if (has(key) && node.get(key).isBoolean()) {
      return Optional.of(node.get(key).booleanValue());
    }
    return text(key)
        .map(
            value ->
                switch (value.strip().toLowerCase(Locale.ROOT)) {
                  case "true" -> true;
                  case "false" -> false;
                  default -> throw fail(key, "expected true or false, was '" + value + "'.");
                });
  }

  /**
   * A duration given either as milliseconds under {@code millisKey} or as text such as {@code 30s}
   * or {@code PT30S} under {@code durationKey}.
   */
  Optional<Duration> duration(String millisKey, String durationKey) {
    Optional<String> key = oneOf(millisKey, durationKey);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (key.get().equals(millisKey)) {
      long millis = number(millisKey).orElseThrow();
      if (millis < 0) {
        throw fail(millisKey, "must be 0 or more, was " + millis + ".");
      }
      return Optional.of(Duration.ofMillis(millis));
    }
    String text = text(durationKey).orElseThrow();
    return Optional.of(
        Durations.parse(text)
            .orElseThrow(
                () ->
                    fail(
                        durationKey,
                        "expected a duration such as 500ms, 30s, 5m, 1h or PT30S, was '"
                            + text
                            + "'.")));
  }

  private Long parseNumber(String key, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw fail(key, "expected a whole number, was '" + value + "'.");
    }
  }

  private static String describe(JsonNode value) {
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    return "'" + value.asText() + "'";
  }
}
