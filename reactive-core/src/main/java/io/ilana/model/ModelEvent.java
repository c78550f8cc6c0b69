package io.ilana.model;

/**
 * The points in a model's life where listeners and observers run. The {@code -ING} events run
 * before the write and may cancel it; the others run after it.
 */
public enum ModelEvent {
  /** A model was read from the database. */
  RETRIEVED(false),
  /** Before a new model is inserted. */
  CREATING(true),
  /** After a new model was inserted. */
  CREATED(false),
  /** Before an existing model's changes are written. */
  UPDATING(true),
  /** After an existing model's changes were written. */
  UPDATED(false),
  /** Before any save, insert or update. */
  SAVING(true),
  /** After any save, insert or update. */
  SAVED(false),
  /** Before a model is deleted (soft or for good). */
  DELETING(true),
  /** After a model was deleted. */
  DELETED(false),
  /** Before a soft-deleted model is restored. */
  RESTORING(true),
  /** After a soft-deleted model was restored. */
  RESTORED(false);

  private final boolean cancellable;

  ModelEvent(boolean cancellable) {
    this.cancellable = cancellable;
  }

  /** Whether a listener of this event can cancel the operation by emitting {@code false}. */
  public boolean cancellable() {
    return cancellable;
  }
}
