package io.ilana.model.cast;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * Reads a point in time from whatever a driver or a caller hands over. A value without a zone is
 * taken as UTC: that is how the library writes it, and the only choice that does not depend on the
 * machine's time zone.
 */
final class Temporals {
  private static final Pattern SQL_SPACE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");

  private Temporals() {}

  /** The instant, or {@code null} when the value is not a point in time. */
  static Instant toInstant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof Date date) {
      // java.sql.Date.toInstant() throws; the epoch millis are right for every Date.
      return Instant.ofEpochMilli(date.getTime());
    }
    if (value instanceof Number number) {
      Long millis = Numbers.toLongExact(number);
      return millis == null ? null : Instant.ofEpochMilli(millis);
    }
    if (value instanceof CharSequence text) {
      return parse(text.toString());
    }
    return null;
  }

  /** The calendar date, or {@code null} when the value is not one. */
  static LocalDate toLocalDate(Object value, DateTimeFormatter formatter) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof LocalDateTime local) {
      return local.toLocalDate();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toLocalDate();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toLocalDate();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof CharSequence text && formatter != null) {
      try {
        return LocalDate.parse(text.toString().trim(), formatter);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    if (value instanceof CharSequence text) {
      String trimmed = text.toString().trim();
      try {
        return LocalDate.parse(trimmed);
      } catch (DateTimeParseException notADate) {
        TemporalAccessor parsed = parseDateTime(trimmed);
        return parsed == null ? null : LocalDate.from(parsed);
      }
    }
    Instant instant = toInstant(value);
    return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant parse(String text) {
    String trimmed = text.trim();
    TemporalAccessor parsed = parseDateTime(trimmed);
    if (parsed instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (parsed instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static TemporalAccessor parseDateTime(String text) {
    // Databases print "2024-01-31 10:00:00"; ISO-8601 wants a T there.
    String iso = SQL_SPACE.matcher(text).replaceFirst("$1T$2");
    try {
      return DateTimeFormatter.ISO_DATE_TIME.parseBest(
          iso, ZonedDateTime::from, LocalDateTime::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
