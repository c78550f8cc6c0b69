package io.ilana.cli;

import io.ilana.migration.Migration;
import io.ilana.migration.MigrationException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns what a user types after {@code --only} or {@code --to} into a migration name: the name
 * itself ({@code 20240101000000_create_users_table}), its class or file name ({@code
 * M20240101000000_CreateUsersTable.java}), or, for {@code --to}, a timestamp such as {@code
 * 20240101_120000} or a day such as {@code 20240102} (the newest migration at or before it; a
 * shorter timestamp covers its whole period).
 */
public final class MigrationRefs {
  private static final Pattern TIMESTAMP = Pattern.compile("\\d+(_\\d+)*");

  private MigrationRefs() {}

  /**
   * The migration name {@code ref} stands for.
   *
   * @param option the option, for the message
   * @param timestamps whether a bare timestamp is accepted
   * @throws CliException when nothing matches
   */
  public static String resolve(
      String option, String ref, List<Migration> known, boolean timestamps) {
    String plain = ref.replace('\\', '/');
    plain = plain.substring(plain.lastIndexOf('/') + 1);
    plain = plain.replaceFirst("\\.(java|class|ts|js)$", "");
    for (Migration migration : known) {
      if (migration.name().equals(plain)
          || migration.getClass().getSimpleName().equals(plain)
          || migration.getClass().getName().equals(plain)) {
        return migration.name();
      }
    }
    if (timestamps && TIMESTAMP.matcher(plain).matches()) {
      String digits = plain.replace("_", "");
      String found = null;
      for (Migration migration : known) {
        // 20240102 means the whole day: pad it to the length of the name's own timestamp.
        String prefix = prefix(migration.name());
        String limit =
            digits.length() < prefix.length()
                ? digits + "9".repeat(prefix.length() - digits.length())
                : digits;
        if (new BigInteger(prefix).compareTo(new BigInteger(limit)) <= 0) {
          found = migration.name();
        }
      }
      if (found != null) {
        return found;
      }
    }
    throw new CliException(option + " " + ref + ": no such migration.");
  }

  /** The class that holds the migration named {@code name}, or the name when none is known. */
  public static String className(String name, List<Migration> known) {
    return known.stream()
        .filter(m -> m.name().equals(name))
        .map(m -> m.getClass().getName())
        .findFirst()
        .orElse(name);
  }

  /**
   * A failure naming the class of the migration that failed, so the user knows which file to open.
   */
  public static RuntimeException named(Throwable error, List<Migration> known) {
    if (error instanceof MigrationException failure && failure.failed() != null) {
      return new CliException(
          className(failure.failed(), known) + ": " + failure.getMessage(), failure);
    }
    return error instanceof RuntimeException runtime
        ? runtime
        : new CliException(Ilana.reason(error), error);
  }

  private static String prefix(String name) {
    int underscore = name.indexOf('_');
    return underscore < 0 ? name : name.substring(0, underscore);
  }
}
