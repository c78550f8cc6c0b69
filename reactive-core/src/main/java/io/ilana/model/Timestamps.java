package io.ilana.model;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Sets {@code created_at} and {@code updated_at}. Times are UTC wall-clock values truncated to
 * seconds, so every dialect's default timestamp column stores them exactly and a refreshed model
 * compares equal to the one that was saved.
 */
final class Timestamps {
  private final boolean enabled;
  private final String createdAt;
  private final String updatedAt;

  Timestamps(boolean enabled, String createdAt, String updatedAt) {
    this.enabled = enabled;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  }

  boolean enabled() {
    return enabled;
  }

  String createdAtColumn() {
    return createdAt;
  }

  String updatedAtColumn() {
    return updatedAt;
  }

  /** Before insert: both columns, unless the application set them. */
  void onInsert(Model<?> model) {
    if (!enabled) {
      return;
    }
    LocalDateTime now = now();
    if (updatedAt != null && !model.isDirty(updatedAt)) {
      model.setRaw(updatedAt, now);
    }
    if (createdAt != null && !model.isDirty(createdAt)) {
      model.setRaw(createdAt, now);
    }
  }

  /** Before update: {@code updated_at}, unless the application changed it. */
  void onUpdate(Model<?> model) {
    if (enabled && updatedAt != null && !model.isDirty(updatedAt)) {
      model.setRaw(updatedAt, now());
    }
  }
}
