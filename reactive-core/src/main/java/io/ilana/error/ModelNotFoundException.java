package io.ilana.error;

import java.util.List;

/** A query that had to find a model found none; the message names the model class and the ids. */
public class ModelNotFoundException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String model;
  private final transient List<Object> ids;

  /** No model of the class with any of the ids (an empty list when the query was not by id). */
  public ModelNotFoundException(Class<?> model, List<?> ids) {
    super(message(model, ids));
    this.model = model.getName();
    this.ids = List.copyOf(ids);
  }

  private static String message(Class<?> model, List<?> ids) {
    String base = "No query results for model [" + model.getName() + "]";
    if (ids.isEmpty()) {
      return base + ".";
    }
    StringBuilder out = new StringBuilder(base).append(' ');
    for (int i = 0; i < ids.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(ids.get(i));
    }
    return out.toString();
  }

  /** The model class's name. */
  public String model() {
    return model;
  }

  /** The ids looked for; empty when the query was not by id. */
  public List<Object> ids() {
    return ids;
  }
}
