package io.ilana.dialect;

/**
 * Why every dialect runs its sessions in UTC: zone-less columns ({@code timestamp} on PostgreSQL
 * and H2, {@code DATETIME} on MySQL) hold the UTC wall-clock time of an instant, and zoned ones are
 * converted through the session zone, so pinning it is what makes an {@code Instant} read back as
 * the same instant in every JVM, session and server zone.
 */
public final class SessionZone {
  /** The reason given when a configured option would move the session zone. */
  public static final String REASON =
      "an Instant is stored and read as the same instant whatever the JVM, session or server time"
          + " zone";

  private SessionZone() {}
}
