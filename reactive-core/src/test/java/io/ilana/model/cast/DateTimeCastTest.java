package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidCastException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DateTimeCastTest {
  private static final CastContext CTX = new CastContext("users", "email_verified_at");
  private static final Instant NOON = Instant.parse("2024-03-01T12:00:00Z");
  private final Cast<Instant> cast = Casts.DATETIME;

  @Test
  void readsH2sOffsetDateTimeKeepingItsOffset() {
    OffsetDateTime h2 = OffsetDateTime.of(2024, 3, 1, 14, 0, 0, 0, ZoneOffset.ofHours(2));
    assertThat(cast.get(h2, CTX)).isEqualTo(NOON);
  }

  @Test
  void readsPostgresTimestamptzAsUtcOffsetDateTime() {
    assertThat(cast.get(NOON.atOffset(ZoneOffset.UTC), CTX)).isEqualTo(NOON);
  }

  @Test
  void readsPostgresAndMariaDbLocalDateTimeAsUtc() {
    assertThat(cast.get(LocalDateTime.of(2024, 3, 1, 12, 0), CTX)).isEqualTo(NOON);
  }

  @Test
  void readsMariaDbZonedDateTime() {
    ZonedDateTime maria = NOON.atZone(ZoneId.of("Europe/Paris"));
    assertThat(cast.get(maria, CTX)).isEqualTo(NOON);
  }

  @Test
  void readsAnInstant() {
    assertThat(cast.get(NOON, CTX)).isSameAs(NOON);
  }

  @Test
  void readsJavaUtilDateAndSqlTimestamp() {
    assertThat(cast.get(Date.from(NOON), CTX)).isEqualTo(NOON);
    assertThat(cast.get(Timestamp.from(NOON.plusNanos(5)), CTX)).isEqualTo(NOON.plusNanos(5));
  }

  @Test
  void readsJavaSqlDateWhoseToInstantThrows() {
    java.sql.Date date = new java.sql.Date(NOON.toEpochMilli());
    assertThat(cast.get(date, CTX)).isEqualTo(NOON);
  }

  @Test
  void readsEpochMillis() {
    assertThat(cast.get(NOON.toEpochMilli(), CTX)).isEqualTo(NOON);
    assertThat(cast.get(1000, CTX)).isEqualTo(Instant.ofEpochSecond(1));
  }

  @Test
  void readsIsoTextWithZOffsetOrNoZone() {
    assertThat(cast.get("2024-03-01T12:00:00Z", CTX)).isEqualTo(NOON);
    assertThat(cast.get("2024-03-01T13:00:00+01:00", CTX)).isEqualTo(NOON);
    assertThat(cast.get("2024-03-01T12:00:00", CTX)).isEqualTo(NOON);
  }

  @Test
  void readsTheSqlSpellingWithASpace() {
    assertThat(cast.get("2024-03-01 12:00:00.000", CTX)).isEqualTo(NOON);
  }

  @Test
  void readsADateAsUtcMidnight() {
    assertThat(cast.get(LocalDate.of(2024, 3, 1), CTX))
        .isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(cast.get("2024-03-01", CTX)).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
  }

  @Test
  void storesTheInstant() {
    assertThat(cast.set(NOON, CTX)).isSameAs(NOON);
  }

  @Test
  void timestampIsTheSameCast() {
    assertThat(Casts.TIMESTAMP).isSameAs(Casts.DATETIME);
  }

  @Test
  void passesNullThroughBothWays() {
    assertThat(cast.get(null, CTX)).isNull();
    assertThat(cast.set(null, CTX)).isNull();
  }

  @Test
  void rejectsTextThatIsNotIso8601() {
    assertThatThrownBy(() -> cast.get("yesterday", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.email_verified_at: the datetime cast cannot convert a value of type"
                + " java.lang.String.");
  }

  @Test
  void rejectsFractionalEpochNumbers() {
    assertThatThrownBy(() -> cast.get(1.5d, CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.email_verified_at: the datetime cast cannot convert a value of type"
                + " java.lang.Double.");
  }
}
