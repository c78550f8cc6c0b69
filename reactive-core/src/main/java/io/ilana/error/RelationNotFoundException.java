package io.ilana.error;

/**
 * A relation was asked for by name (eager loading, {@code load}) but the model type declares no
 * relation of that name; the message names the model class and the relation, and for a nested or
 * malformed path ({@code "posts.x"}, {@code "."}) the path and the model it started from.
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

  /**
   * An undeclared relation met on an eager-load path: {@code relation} is not declared on {@code
   * model}, which {@code path} reached from {@code root}. When the path is the relation itself, the
   * message is the one-relation message.
   */
  public RelationNotFoundException(Class<?> model, String relation, Class<?> root, String path) {
    super(
        relation.equals(path)
            ? "Call to undefined relationship ["
                + relation
                + "] on model ["
                + model.getName()
                + "]."
            : "Call to undefined relationship ["
                + relation
                + "] on model ["
                + model.getName()
                + "] in the relation path ["
                + path
                + "] of model ["
                + root.getName()
                + "].");
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
