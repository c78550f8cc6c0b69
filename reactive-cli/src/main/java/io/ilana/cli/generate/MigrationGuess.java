package io.ilana.cli.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a migration's name says it does, as Laravel guesses it: {@code create_posts_table} creates
 * {@code posts}; {@code add_avatar_to_users_table} (also {@code _from_}, {@code _in_}) changes
 * {@code users}. {@code --create} and {@code --table} say it outright and win.
 *
 * @param table the table, or {@code null} when nothing could be guessed
 * @param create whether the table is created (else changed)
 */
public record MigrationGuess(String table, boolean create) {
  private static final Pattern CREATE = Pattern.compile("^create_(\\w+?)(?:_table)?$");
  private static final Pattern CHANGE = Pattern.compile("_(?:to|from|in)_(\\w+?)(?:_table)?$");

  /** The guess for a snake-case migration description and the options given. */
  public static MigrationGuess of(String description, String create, String table) {
    if (create != null) {
      return new MigrationGuess(Names.tableName("--create", create), true);
    }
    if (table != null) {
      return new MigrationGuess(Names.tableName("--table", table), false);
    }
    Matcher created = CREATE.matcher(description);
    if (created.find()) {
      return new MigrationGuess(created.group(1), true);
    }
    Matcher changed = CHANGE.matcher(description);
    if (changed.find()) {
      return new MigrationGuess(changed.group(1), false);
    }
    return new MigrationGuess(null, false);
  }

  /** The template this guess asks for. */
  public String stub() {
    return table == null ? "migration" : create ? "migration.create" : "migration.update";
  }
}
