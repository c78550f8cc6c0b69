package io.ilana.cli.generate;

import io.ilana.cli.CliException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Class, table and migration names derived the way Eloquent derives them. */
public final class Names {
  private static final Pattern CLASS = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9_]*");
  private static final List<String> UNCOUNTABLE =
      List.of("data", "equipment", "information", "money", "news", "series", "species", "media");

  private Names() {}

  /**
   * A class name as given ({@code post}, {@code Post} or {@code blog_post} become {@code Post},
   * {@code Post}, {@code BlogPost}).
   *
   * @throws CliException when it cannot be a Java class name
   */
  public static String className(String what, String name) {
    String studly = studly(name);
    if (!CLASS.matcher(studly).matches() || javax.lang.model.SourceVersion.isKeyword(studly)) {
      throw new CliException(what + " " + name + " is not a valid class name.");
    }
    return studly;
  }

  /** {@code blog_post} or {@code blog-post} to {@code BlogPost}; {@code BlogPost} stays. */
  public static String studly(String name) {
    return Arrays.stream(name.split("[_\\-\\s]+"))
        .filter(part -> !part.isEmpty())
        .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
        .collect(Collectors.joining());
  }

  /** {@code BlogPost} to {@code blog_post}. */
  public static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
        .replace('-', '_')
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The table of a model: {@code BlogPost} to {@code blog_posts}, {@code Category} to {@code
   * categories}.
   */
  public static String table(String modelClass) {
    List<String> words = new ArrayList<>(Arrays.asList(snake(modelClass).split("_")));
    int last = words.size() - 1;
    words.set(last, plural(words.get(last)));
    return String.join("_", words);
  }

  /**
   * The pivot table of a pivot model: its words in singular, alphabetical order, as {@code
   * belongsToMany} expects ({@code UserRole} to {@code role_user}).
   */
  public static String pivotTable(String pivotClass) {
    List<String> words = new ArrayList<>(Arrays.asList(snake(pivotClass).split("_")));
    words.sort(String::compareTo);
    return String.join("_", words);
  }

  /** An English plural, good enough for table names. */
  public static String plural(String word) {
    if (UNCOUNTABLE.contains(word)) {
      return word;
    }
    if (word.equals("person")) {
      return "people";
    }
    if (word.equals("child")) {
      return "children";
    }
    if (word.matches(".*[^aeiou]y")) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    if (word.matches(".*(s|x|z|ch|sh)")) {
      return word + "es";
    }
    return word + "s";
  }

  /**
   * A migration description in snake case ({@code CreatePostsTable} or {@code create_posts_table}).
   *
   * @throws CliException when it has characters a migration name cannot hold
   */
  public static String migration(String name) {
    String snake = snake(name.trim());
    if (!SNAKE.matcher(snake).matches()) {
      throw new CliException(
          "Migration name "
              + name
              + " must be letters, digits and underscores, such as create_posts_table.");
    }
    return snake.replaceAll("_+", "_");
  }

  /** A table name a user typed ({@code --table}, {@code --create}). */
  public static String tableName(String option, String table) {
    if (!SNAKE.matcher(table).matches()) {
      throw new CliException(
          option + " " + table + " is not a table name (lower case letters, digits and _).");
    }
    return table;
  }
}
