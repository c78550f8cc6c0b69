package io.ilana.model.cast;

import java.time.Instant;

/**
 * Points in time as {@code Instant}, from every driver's representation: H2's and PostgreSQL's
 * {@code OffsetDateTime}, MariaDB's {@code ZonedDateTime}, {@code LocalDateTime} from columns
 * without a zone (read as UTC), {@code java.util.Date}, epoch milliseconds and ISO-8601 text.
 * Stores the {@code Instant}, which every driver binds.
 */
final class InstantCast implements Cast<Instant> {
  static final InstantCast INSTANCE = new InstantCast();
  private static final String NAME = "datetime";

  private InstantCast() {}

  @Override
  public Instant get(Object stored, CastContext context) {
    return coerce(stored, context);
  }

  @Override
  public Object set(Instant value, CastContext context) {
    return value;
  }

  @Override
  public Instant coerce(Object value, CastContext context) {
    if (value == null) {
      return null;
    }
    Instant instant = Temporals.toInstant(value);
    if (instant == null) {
      throw CastErrors.cannotConvert(NAME, context, value);
    }
    return instant;
  }

  @Override
  public Class<?> type() {
    return Instant.class;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
