package io.ilana.error;

/**
 * A relation that was not loaded was read on a model whose type prevents lazy loading ({@code
 * ModelType.preventLazyLoading()}); the message names the model class and the relation.
 */
public class LazyLoadingViolationException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String model;
  private final String relation;

  /** The model class read and the relation name asked for. */
  public LazyLoadingViolationException(Class<?> model, String relation) {
    super(
        "Attempted to lazy load ["
            + relation
            + "] on model ["
            + model.getName()
            + "] but lazy loading is disabled.");
    this.model = model.getName();
    this.relation = relation;
  }

  /** The model class's name. */
  public String model() {
    return model;
  }

  /** The relation name asked for. */
  public String relation() {
    return relation;
  }
}
