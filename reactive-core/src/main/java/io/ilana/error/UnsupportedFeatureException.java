package io.ilana.error;

/**
 * The dialect in use cannot do what was asked; the message names both the dialect and the feature.
 */
public class UnsupportedFeatureException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String dialect;
  private final String feature;

  public UnsupportedFeatureException(String dialect, String feature) {
    this(dialect, feature, feature + " is not supported by the " + dialect + " dialect.");
  }

  /**
   * A feature the dialect lacks as configured, with a message that says what to install or change
   * (an extension, a server setting).
   */
  public UnsupportedFeatureException(String dialect, String feature, String message) {
    super(message);
    this.dialect = dialect;
    this.feature = feature;
  }

  /**
   * A feature that no dialect can offer, with the reason in the message; {@link #dialect()} is
   * {@code "any"}.
   */
  public static UnsupportedFeatureException inAnyDialect(String feature, String reason) {
    return new UnsupportedFeatureException(
        "any", feature, feature + " is not supported: " + reason);
  }

  public String dialect() {
    return dialect;
  }

  public String feature() {
    return feature;
  }
}
