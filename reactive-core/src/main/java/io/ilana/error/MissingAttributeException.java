package io.ilana.error;

/**
 * An attribute the model does not have was read on a model whose type prevents it ({@code
 * ModelType.preventAccessingMissingAttributes()} or {@code shouldBeStrict()}): a misspelt name, or
 * a column the query did not select. The message names the attribute and the model class.
 */
public class MissingAttributeException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String attribute;

  /** The model class read and the attribute asked for. */
  public MissingAttributeException(Class<?> model, String attribute) {
    super(
        "The attribute ["
            + attribute
            + "] either does not exist or was not retrieved for model ["
            + model.getName()
            + "].");
    this.attribute = attribute;
  }

  /** The attribute asked for. */
  public String attribute() {
    return attribute;
  }
}
