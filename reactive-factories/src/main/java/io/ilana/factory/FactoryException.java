package io.ilana.factory;

import io.ilana.error.IlanaException;

/**
 * A factory was used wrongly: an unknown state or relation, a model without a factory, a sequence
 * that ran out, a relation of the wrong kind. The message names the factory, the model and the name
 * at fault.
 */
public class FactoryException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public FactoryException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public FactoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
