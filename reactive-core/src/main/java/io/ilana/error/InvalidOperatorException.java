package io.ilana.error;

/** A comparison operator outside the query builder's allowlist. Raised before any SQL is built. */
public class InvalidOperatorException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String operator;

  /**
   * @param operator the rejected operator
   * @param method the builder method it was given to
   */
  public InvalidOperatorException(String operator, String method) {
    super("Invalid operator " + Printable.quote(operator) + " in " + method + "().");
    this.operator = operator;
  }

  /** The rejected operator, unchanged. */
  public String operator() {
    return operator;
  }
}
