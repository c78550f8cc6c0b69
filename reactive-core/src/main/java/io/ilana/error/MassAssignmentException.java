package io.ilana.error;

/**
 * An attribute given to {@code fill} or {@code create} is not fillable and the model is strict
 * about mass assignment, so it is refused loudly instead of being discarded.
 */
public class MassAssignmentException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String attribute;

  /** The attribute key as given, and the model class it was refused on. */
  public MassAssignmentException(String attribute, Class<?> model) {
    super(
        "Add ["
            + attribute
            + "] to fillable property to allow mass assignment on ["
            + model.getName()
            + "].");
    this.attribute = attribute;
  }

  /** The refused key, exactly as given. */
  public String attribute() {
    return attribute;
  }
}
