package io.ilana.error;

/** An order direction other than asc or desc. Raised before any SQL is built. */
public class InvalidDirectionException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String direction;

  /**
   * @param direction the rejected direction
   * @param method the builder method it was given to
   */
  public InvalidDirectionException(String direction, String method) {
    super(
        "Invalid order direction "
            + Printable.quote(direction)
            + " in "
            + method
            + "(); expected asc or desc.");
    this.direction = direction;
  }

  /** The rejected direction, unchanged. */
  public String direction() {
    return direction;
  }
}
