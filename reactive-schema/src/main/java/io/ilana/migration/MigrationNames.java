package io.ilana.migration;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Derives, validates and orders migration names. */
public final class MigrationNames {
  private static final Pattern NAME = Pattern.compile("\\d{4,}_[A-Za-z0-9_]+");
  private static final Pattern CLASS = Pattern.compile("[A-Za-z]?(\\d{4,})_?([A-Za-z0-9_]+)");

  /** Orders names by their numeric prefix, then by the whole name. */
  public static final Comparator<String> ORDER =
      Comparator.comparing((String name) -> new java.math.BigInteger(prefix(name)))
          .thenComparing(Comparator.naturalOrder());

  private MigrationNames() {}

  /**
   * The name of a migration class: an optional leading letter, the timestamp, then the rest in
   * snake case; {@code M20240101000000_CreateUsersTable} gives {@code
   * 20240101000000_create_users_table}.
   *
   * @throws MigrationException when the class name has no timestamp
   */
  public static String fromClass(Class<?> type) {
    var matcher = CLASS.matcher(type.getSimpleName());
    if (!matcher.matches()) {
      throw new MigrationException(
          "Cannot derive a migration name from class "
              + type.getName()
              + ": name it like M20240101000000_CreateUsersTable or override name().");
    }
    return matcher.group(1) + "_" + snake(matcher.group(2));
  }

  /**
   * Checks a name: digits (at least four), an underscore, then letters, digits and underscores.
   *
   * @return the name
   */
  public static String require(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new MigrationException(
          "Invalid migration name '"
              + name
              + "': expected a timestamp prefix and a description, such as"
              + " 20240101000000_create_users_table.");
    }
    return name;
  }

  private static String prefix(String name) {
    int underscore = name.indexOf('_');
    return underscore < 0 ? "0" : name.substring(0, underscore);
  }

  private static String snake(String camel) {
    String snake =
        camel
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
            .toLowerCase(Locale.ROOT);
    return snake.replaceAll("_+", "_");
  }
}
