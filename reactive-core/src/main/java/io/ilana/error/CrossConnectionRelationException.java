package io.ilana.error;

/**
 * A relation was asked to become part of one SQL statement on its parent's connection ({@code has},
 * {@code whereHas}, {@code withCount}, a through table) while the related model declares a
 * connection to another database: one statement cannot read two databases. The message names the
 * relation and both connections; loading the relation ({@code with}, {@code load}, the lazy {@code
 * user.posts()}) runs a query of its own on the related connection and works.
 */
public class CrossConnectionRelationException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String parentConnection;
  private final String relatedConnection;

  /**
   * @param relation the relation, as {@code Model.name}
   * @param use what the relation was to become: a has or withCount sub-query, a through join
   * @param parentConnection the connection the one statement would run on
   * @param model the model whose table that statement would read on another database
   * @param relatedConnection the connection that model declares
   */
  public CrossConnectionRelationException(
      String relation,
      String use,
      String parentConnection,
      String model,
      String relatedConnection) {
    super(
        "Relation ["
            + relation
            + "] cannot be used as "
            + use
            + ": the query runs on connection ["
            + parentConnection
            + "] and "
            + model
            + " is on connection ["
            + relatedConnection
            + "], another database, and one SQL statement cannot read both.");
    this.parentConnection = parentConnection;
    this.relatedConnection = relatedConnection;
  }

  /** The connection the statement would have run on. */
  public String parentConnection() {
    return parentConnection;
  }

  /** The connection the related model declares. */
  public String relatedConnection() {
    return relatedConnection;
  }
}
