package io.ilana.dialect;

import static io.r2dbc.spi.ConnectionFactoryOptions.DATABASE;
import static io.r2dbc.spi.ConnectionFactoryOptions.DRIVER;
import static io.r2dbc.spi.ConnectionFactoryOptions.HOST;
import static io.r2dbc.spi.ConnectionFactoryOptions.PASSWORD;
import static io.r2dbc.spi.ConnectionFactoryOptions.PORT;
import static io.r2dbc.spi.ConnectionFactoryOptions.SSL;
import static io.r2dbc.spi.ConnectionFactoryOptions.USER;

import io.ilana.config.ConnectionConfig;
import io.ilana.config.ConnectionUrls;
import io.ilana.error.ConfigException;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;

/**
 * Turns a {@link ConnectionConfig} into R2DBC options, the way most drivers want them; dialects
 * start from {@link #standard} and add or {@link #pin} what their driver needs.
 */
public final class ConnectionOptions {
  private ConnectionOptions() {}

  /**
   * The options of a connection: its URL's, or driver, host, port and database from its fields;
   * then user, password, TLS and the configured driver options.
   *
   * @throws ConfigException when the URL is malformed or for another driver, or a server database
   *     is given no host
   */
  public static ConnectionFactoryOptions.Builder standard(
      Dialect dialect, ConnectionConfig config) {
    ConnectionFactoryOptions.Builder options =
        config.url() != null ? fromUrl(dialect, config) : fromFields(dialect, config);
    if (config.user() != null) {
      options.option(USER, config.user());
    }
    if (config.password() != null) {
      options.option(PASSWORD, config.password());
    }
    if (config.ssl()) {
      options.option(SSL, true);
    }
    config.options().forEach((key, value) -> options.option(Option.valueOf(key), value));
    return options;
  }

  /**
   * Sets a driver option the library depends on for correct values (the session time zone), after
   * the configured options. A configured value that differs is refused rather than silently
   * overridden or silently obeyed: either way stored instants would shift.
   *
   * @param reason what the pinned value guarantees, for the error message
   */
  public static void pin(
      ConnectionFactoryOptions.Builder options,
      ConnectionConfig config,
      String option,
      Object value,
      String reason) {
    String configured = config.options().get(option);
    if (configured != null && !configured.equalsIgnoreCase(String.valueOf(value))) {
      throw new ConfigException(
          "connections."
              + config.name()
              + ".options."
              + option
              + ": '"
              + configured
              + "' is not allowed; IlanaORM sets it to '"
              + value
              + "' so that "
              + reason
              + ". Remove the option.");
    }
    options.option(Option.valueOf(option), value);
  }

  private static ConnectionFactoryOptions.Builder fromFields(
      Dialect dialect, ConnectionConfig config) {
    ConnectionFactoryOptions.Builder options =
        ConnectionFactoryOptions.builder().option(DRIVER, dialect.driver());
    boolean hostless = config.host() == null || config.host().isBlank();
    if (hostless && !dialect.embedded()) {
      throw new ConfigException(config.where() + ": either url or host must be set.");
    }
    if (!hostless) {
      options.option(HOST, config.host());
      options.option(PORT, config.port() != null ? config.port() : dialect.defaultPort());
    }
    return options.option(DATABASE, config.database());
  }

  private static ConnectionFactoryOptions.Builder fromUrl(
      Dialect dialect, ConnectionConfig config) {
    String masked = ConnectionUrls.mask(config.url());
    String where = "connections." + config.name() + ".url";
    ConnectionFactoryOptions parsed;
    try {
      parsed = ConnectionFactoryOptions.parse(config.url());
    } catch (IllegalArgumentException e) {
      String reason = String.valueOf(e.getMessage()).replace(config.url(), masked);
      throw new ConfigException(
          where + ": malformed R2DBC URL '" + masked + "' (" + reason + ").", null);
    }
    Object host = parsed.getValue(HOST);
    if (host != null && String.valueOf(host).contains(":")) {
      // R2DBC's parser keeps a non-numeric port as part of the host name.
      String port = String.valueOf(host).substring(String.valueOf(host).indexOf(':') + 1);
      throw new ConfigException(
          where + ": malformed R2DBC URL '" + masked + "' (port '" + port + "' is not a number).");
    }
    Object driver = parsed.getValue(DRIVER);
    if (!dialect.driver().equals(driver)) {
      throw new ConfigException(
          where
              + ": the URL '"
              + masked
              + "' is for driver '"
              + driver
              + "' but the connection's client is '"
              + dialect.name()
              + "' (driver '"
              + dialect.driver()
              + "').");
    }
    return parsed.mutate();
  }
}
