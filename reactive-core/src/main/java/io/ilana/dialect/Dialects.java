package io.ilana.dialect;

import io.ilana.config.ConnectionConfig;
import io.ilana.error.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The installed dialects and their {@link DialectExtension}s, found through {@link ServiceLoader}
 * on the library's class path and read once; a connection's {@code client} (or, without one, its
 * URL's driver) picks one of them by name. This class names no database: adding a dialect means
 * adding a package that registers one.
 */
public final class Dialects {
  // Both are read here, together: finding services reads files, which must happen on the thread
  // that creates a manager, never later on a query's thread (often an event loop).
  private static final List<Dialect> INSTALLED = load(Dialect.class);
  private static final List<DialectExtension> EXTENSIONS = load(DialectExtension.class);

  private Dialects() {}

  private static <T> List<T> load(Class<T> service) {
    List<T> found = new ArrayList<>();
    ServiceLoader.load(service, Dialect.class.getClassLoader()).forEach(found::add);
    return List.copyOf(found);
  }

  /** Every installed dialect extension (grammars, locks), for {@link DialectExtensions}. */
  static List<DialectExtension> extensions() {
    return EXTENSIONS;
  }

  /** Every installed dialect, in class-path order. */
  public static List<Dialect> installed() {
    return INSTALLED;
  }

  /**
   * The installed dialect that a client name means, compared without case: a dialect's own name
   * first, then the aliases of its {@link Dialect#clientNames()}.
   *
   * @throws ConfigException when no installed dialect answers to the name
   */
  public static Dialect forClient(String client) {
    return find(client)
        .orElseThrow(
            () ->
                new ConfigException(
                    "unknown client '" + client + "'; expected one of " + names() + "."));
  }

  /**
   * The dialect of a configured connection: by its {@code client}, or by the driver of its URL when
   * it names no client.
   *
   * @throws ConfigException naming the connection (and its file) when the client is missing or no
   *     installed dialect answers to it
   */
  public static Dialect forConnection(ConnectionConfig config) {
    String client = config.client();
    String where = config.where() + (config.source() == null ? "" : ".client");
    if (client == null) {
      client = urlDriver(config.url());
      if (client == null) {
        throw new ConfigException(where + ": client is missing; expected one of " + names() + ".");
      }
    }
    String wanted = client;
    return find(client)
        .orElseThrow(
            () ->
                new ConfigException(
                    where + ": unknown client '" + wanted + "'; expected one of " + names() + "."));
  }

  private static Optional<Dialect> find(String client) {
    String wanted = client.trim().toLowerCase(Locale.ROOT);
    return INSTALLED.stream()
        .filter(dialect -> dialect.name().equalsIgnoreCase(wanted))
        .findFirst()
        .or(
            () ->
                INSTALLED.stream()
                    .filter(
                        dialect ->
                            dialect.clientNames().stream().anyMatch(wanted::equalsIgnoreCase))
                    .findFirst());
  }

  /** {@code postgresql} from {@code r2dbc:postgresql://…} (or {@code r2dbc:pool:postgresql:…}). */
  private static String urlDriver(String url) {
    if (url == null || !url.startsWith("r2dbc:")) {
      return null;
    }
    String[] parts = url.substring("r2dbc:".length()).split(":", -1);
    String driver = "pool".equals(parts[0]) && parts.length > 1 ? parts[1] : parts[0];
    return driver.isEmpty() || driver.startsWith("/") ? null : driver;
  }

  private static String names() {
    return INSTALLED.stream().map(Dialect::name).collect(Collectors.joining(", "));
  }
}
