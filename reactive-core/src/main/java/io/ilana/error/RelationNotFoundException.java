package io.ilana.error;

/**
 * A relation was asked for by name (eager loading, {@code load}) but the model type declares no
 * relation of that name; the message names the model class and the relation.
 */
public class RelationNotFoundException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String model;
  private final String relation;

  /** The model class searched and the relation name asked for. */
  public RelationNotFoundException(Class<?> model, String relation) {
    super("Call to undefined relationship [" + relation + "] on model [" + model.getName() + "].");
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
