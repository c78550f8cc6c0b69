package io.ilana.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations written as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d} or
 * ISO-8601.
 */
final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private Durations() {}

  /** The duration, or empty when the text is not one (negative durations are not). */
  static Optional<Duration> parse(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    Matcher matcher = SHORT.matcher(value);
    try {
      if (matcher.matches()) {
        long amount = Long.parseLong(matcher.group(1));
        return Optional.of(
            switch (matcher.group(2)) {
              case "ms" -> Duration.ofMillis(amount);
              case "s" -> Duration.ofSeconds(amount);
              case "m" -> Duration.ofMinutes(amount);
              case "h" -> Duration.ofHours(amount);
              default -> Duration.ofDays(amount);
            });
      }
      if (value.startsWith("p")) {
        Duration parsed = Duration.parse(value.toUpperCase(Locale.ROOT));
        return parsed.isNegative() ? Optional.empty() : Optional.of(parsed);
      }
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      // Not a duration; the caller reports it with the key path.
    }
    return Optional.empty();
  }
}
