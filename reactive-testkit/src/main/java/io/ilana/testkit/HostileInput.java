package io.ilana.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hostile identifiers, operators and directions generated from injection fragments, shared by the
 * query builder's and the schema builder's tests so that both are held to one corpus, and the
 * unusual names both must accept.
 */
public final class HostileInput {
  /** The injection fragments every generated input is built from. */
  public static final List<String> FRAGMENTS =
      List.of(
          "'",
          "\"",
          "`",
          ";",
          "--",
          "/*",
          "*/",
          "\0",
          "$1",
          "?",
          " ",
          "\t",
          "\n",
          "\r",
          "\u02BC", // modifier letter apostrophe
          "\uFF1B", // fullwidth semicolon
          "\uFF07", // fullwidth apostrophe
          "\uFF41", // fullwidth a
          "\u202E", // right-to-left override
          "\u200B", // zero-width space
          "\u00A0", // no-break space
          "\u2028", // line separator
          "\\",
          "(",
          ")",
          "=",
          ",",
          "..",
          "->>",
          "#",
          "%",
          "@",
          "+",
          "|",
          "' or '1'='1",
          "\"; drop table qb_canary; --",
          "`; drop table qb_canary; --",
          "x\") or 1=1 --");

  private HostileInput() {}

  /** Column, table and JSON-path names that must all be rejected. */
  public static List<String> identifiers() {
    Set<String> out = new LinkedHashSet<>();
    for (String f : FRAGMENTS) {
      out.add(f);
      out.add("name" + f);
      out.add(f + "name");
      out.add("na" + f + "me");
      out.add("users." + f + "name");
      out.add("users.name" + f);
      out.add("meta->" + f);
      out.add("meta->a" + f + "b");
      out.add("name as x" + f);
      out.add("name" + f + " as x");
      for (String g : List.of("'", "`", ";", "\0", "\u02BC", "\u202E")) {
        out.add("n" + f + "a" + g + "me");
      }
    }
    out.add("");
    out.add("a..b");
    out.add(".name");
    out.add("name.");
    out.add("a.b.c.d");
    out.add("meta->");
    out.add("meta->->a");
    out.add("x".repeat(257));
    return new ArrayList<>(out);
  }

  /** Operators outside the allowlist. */
  public static List<String> operators() {
    Set<String> out = new LinkedHashSet<>();
    for (String op : List.of("=", "<>", "like", ">=")) {
      for (String f : FRAGMENTS) {
        out.add(op + f);
        out.add(f + op);
      }
    }
    out.addAll(List.of("==", "&&", "||", "@>", "<=>", "is", "regexp", "\uFF1D", "l\u0131ke", ""));
    return new ArrayList<>(out);
  }

  /** Directions other than asc and desc. */
  public static List<String> directions() {
    Set<String> out = new LinkedHashSet<>();
    for (String dir : List.of("asc", "desc")) {
      for (String f : FRAGMENTS) {
        out.add(dir + f);
        out.add(f + dir);
      }
    }
    out.addAll(List.of("", "ascending", "desc, (select 1)", "d\u0435sc", "\u0430sc"));
    return new ArrayList<>(out);
  }

  /**
   * Unusual names every builder must accept on every database: letters of other scripts, accents, a
   * leading digit or underscore, mixed case, and a name of 63 bytes (the longest PostgreSQL keeps).
   * Each is one plain name, short enough for every database's limit, and only uses the Basic
   * Multilingual Plane (MySQL and MariaDB allow nothing else in a name).
   */
  public static List<String> acceptedNames() {
    return List.of(
        "caf\u00e9_2024",
        "pr\u00e9nom",
        "_leading",
        "trailing_",
        "1st_place",
        "MixedCase",
        "\u540d\u524d",
        "\u03b5\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac",
        "\u0438\u043c\u044f_\u0444\u0430\u0439\u043b\u0430",
        "\u0627\u0633\u0645",
        "digits_\u0663\u0664",
        "\u01c5ungla",
        "x".repeat(63));
  }
}
