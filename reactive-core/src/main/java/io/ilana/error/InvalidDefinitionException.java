package io.ilana.error;

/**
 * A model type or a table blueprint is declared in a way that cannot work: a model class without
 * its {@code ModelType}, a {@code ModelType} changed after it was first used, an observer that
 * cannot be created, a table with two primary keys, a foreign key without a referenced table. The
 * message names the class or table and what to declare instead.
 */
public class InvalidDefinitionException extends IlanaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is declared wrongly, and where
   */
  public InvalidDefinitionException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the failure that revealed the problem.
   *
   * @param message what is declared wrongly, and where
   * @param cause the underlying failure (a constructor that threw, a class that did not load)
   */
  public InvalidDefinitionException(String message, Throwable cause) {
    super(message, cause);
  }
}
