package io.ilana.error;

/** The configuration is missing, malformed or names something that does not exist. */
public class ConfigException extends IlanaException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
