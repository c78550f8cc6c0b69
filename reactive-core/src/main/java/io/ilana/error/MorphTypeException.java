package io.ilana.error;

/**
 * A polymorphic relation met a type it may not use: a model class missing from an enforced morph
 * map when writing, or a stored type name that names no mapped model when reading. The message
 * names the class or the stored value and how to map it.
 */
public class MorphTypeException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /** A message saying which class or stored type name and what to do about it. */
  public MorphTypeException(String message) {
    super(message);
  }
}
