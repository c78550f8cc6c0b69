package io.ilana.error;

import java.util.Collection;
import java.util.TreeSet;

/** A connection name was asked for that the configuration does not define. */
public class UnknownConnectionException extends ConfigException {
  private static final long serialVersionUID = 1L;

  public UnknownConnectionException(String name, Collection<String> known) {
    super(
        "Connection ["
            + name
            + "] is not configured; configured connections: "
            + new TreeSet<>(known)
            + ".");
  }
}
