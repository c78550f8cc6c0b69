package io.ilana.seed;

import io.ilana.error.IlanaException;

/**
 * A seeder could not be found, made or run as asked: an unknown seeder name, a seeder class without
 * a no-argument constructor, a connection the configuration does not define, or a seeder helper
 * used where it cannot work. The message names the seeder and what is wrong.
 */
public class SeederException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /** A failure described by its message. */
  public SeederException(String message) {
    super(message);
  }

  /** A failure caused by another one, kept as the cause. */
  public SeederException(String message, Throwable cause) {
    super(message, cause);
  }
}
