package io.ilana.model.cast;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Calendar dates as {@code LocalDate}. Reads DATE columns, date-times (their own local date, UTC
 * when they carry no zone) and ISO-8601 text. Stores the {@code LocalDate}, or, when built with a
 * formatter, the text that formatter prints, for columns that keep dates as strings.
 *
 * <pre>{@code
 * .cast("birth_date", new DateCast())
 * .cast("legacy_day", new DateCast(DateTimeFormatter.ofPattern("dd/MM/uuuu")))
 * }</pre>
 */
public final class DateCast implements Cast<LocalDate> {
  private static final String NAME = "date";
  private final DateTimeFormatter formatter;

  /** A cast storing {@code LocalDate} values in a DATE column. */
  public DateCast() {
    this.formatter = null;
  }

  /**
   * A cast storing dates as text in the given format, and reading text in that format.
   *
   * @param formatter how the column spells a date
   */
  public DateCast(DateTimeFormatter formatter) {
    this.formatter = Objects.requireNonNull(formatter, "formatter");
  }

  /** {@inheritDoc} */
  @Override
  public LocalDate get(Object stored, CastContext context) {
    return coerce(stored, context);
  }

  /** {@inheritDoc} */
  @Override
  public Object set(LocalDate value, CastContext context) {
    if (value == null || formatter == null) {
      return value;
    }
    return formatter.format(value);
  }

  /** {@inheritDoc} */
  @Override
  public LocalDate coerce(Object value, CastContext context) {
    if (value == null) {
      return null;
    }
    LocalDate date = Temporals.toLocalDate(value, formatter);
    if (date == null) {
      throw CastErrors.cannotConvert(NAME, context, value);
    }
    return date;
  }

  /** {@inheritDoc} */
  @Override
  public Class<?> type() {
    return LocalDate.class;
  }

  /** {@inheritDoc} */
  @Override
  public String toString() {
    return NAME;
  }
}
