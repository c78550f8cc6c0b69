package io.ilana.model.cast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidCastException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class DateCastTest {
  private static final CastContext CTX = new CastContext("users", "birth_date");
  private static final LocalDate DAY = LocalDate.of(1990, 5, 17);

  @Test
  void readsTheLocalDateEveryDriverReturnsForDate() {
    assertThat(Casts.DATE.get(DAY, CTX)).isEqualTo(DAY);
  }

  @Test
  void readsTheLocalDateOfADateTime() {
    assertThat(Casts.DATE.get(LocalDateTime.of(1990, 5, 17, 23, 59), CTX)).isEqualTo(DAY);
    OffsetDateTime h2 = OffsetDateTime.of(1990, 5, 17, 23, 0, 0, 0, ZoneOffset.ofHours(-5));
    assertThat(Casts.DATE.get(h2, CTX)).isEqualTo(DAY);
  }

  @Test
  void readsAnInstantAsItsUtcDate() {
    assertThat(Casts.DATE.get(Instant.parse("1990-05-17T23:30:00Z"), CTX)).isEqualTo(DAY);
  }

  @Test
  void readsIsoText() {
    assertThat(Casts.DATE.get("1990-05-17", CTX)).isEqualTo(DAY);
    assertThat(Casts.DATE.get("1990-05-17T08:00:00Z", CTX)).isEqualTo(DAY);
  }

  @Test
  void storesTheLocalDate() {
    assertThat(Casts.DATE.set(DAY, CTX)).isEqualTo(DAY);
  }

  @Test
  void withAFormatterStoresAndReadsText() {
    DateCast cast = new DateCast(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
    assertThat(cast.set(DAY, CTX)).isEqualTo("17/05/1990");
    assertThat(cast.get("17/05/1990", CTX)).isEqualTo(DAY);
  }

  @Test
  void passesNullThroughBothWays() {
    assertThat(Casts.DATE.get(null, CTX)).isNull();
    assertThat(Casts.DATE.set(null, CTX)).isNull();
    assertThat(new DateCast(DateTimeFormatter.ISO_DATE).set(null, CTX)).isNull();
  }

  @Test
  void rejectsTextInAnotherFormat() {
    DateCast cast = new DateCast(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
    assertThatThrownBy(() -> cast.get("1990-05-17", CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.birth_date: the date cast cannot convert a value of type java.lang.String.");
  }

  @Test
  void rejectsABoolean() {
    assertThatThrownBy(() -> Casts.DATE.get(true, CTX))
        .isInstanceOf(InvalidCastException.class)
        .hasMessage(
            "users.birth_date: the date cast cannot convert a value of type java.lang.Boolean.");
  }
}
