package io.ilana.error;

/**
 * The dialect in use cannot do what was asked; the message names both the dialect and the feature.
 */
public class UnsupportedFeatureException extends IlanaException {
  private static final long serialVersionUID = 1L;
  private final String dialect;
  private final String feature;

  public UnsupportedFeatureException(String dialect, String feature) {
    super(feature + " is not supported by the " + dialect + " dialect.");
    this.dialect = dialect;
    this.feature = feature;
  }

  public String dialect() {
    return dialect;
  }

  public String feature() {
    return feature;
  }
}
