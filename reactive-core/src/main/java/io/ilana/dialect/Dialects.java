package io.ilana.dialect;

import io.ilana.config.Client;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import java.util.Locale;

/** Finds the dialect for a configured client, or for what a driver reports about itself. */
public final class Dialects {
  private static final Dialect POSTGRES = new PostgresDialect();
  private static final Dialect MYSQL = new MySqlDialect();
  private static final Dialect MARIADB = new MariaDbDialect();
  private static final Dialect H2 = new H2Dialect();

  private Dialects() {}

  /** The dialect of a configured client. */
  public static Dialect forClient(Client client) {
    return switch (client) {
      case POSTGRES -> POSTGRES;
      case MYSQL -> MYSQL;
      case MARIADB -> MARIADB;
      case H2 -> H2;
    };
  }

  /**
   * The dialect of a driver, from its metadata; the configured client decides between MySQL and
   * MariaDB, which share a driver.
   */
  public static Dialect resolve(ConnectionFactoryMetadata metadata, Client configured) {
    String product = metadata.getName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRES;
    }
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("mysql") || product.contains("maria")) {
      return configured == Client.MARIADB ? MARIADB : MYSQL;
    }
    return forClient(configured);
  }
}
