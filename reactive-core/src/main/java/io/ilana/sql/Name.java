package io.ilana.sql;

import java.util.List;

/**
 * A validated identifier: a dotted name ({@code schema.table.column}, {@code table.*}, {@code *}),
 * an optional JSON path into it ({@code meta->a->b}) and an optional alias. Only {@link
 * Identifiers} creates names, so every name a grammar renders has been checked.
 *
 * @param parts the dotted parts, the last possibly {@code *}
 * @param jsonPath the JSON path segments after {@code ->}, empty when none
 * @param alias the alias after {@code as}, or {@code null}
 * @param method the builder method the name was given to, for messages raised while rendering
 */
public record Name(List<String> parts, List<String> jsonPath, String alias, String method) {

  public Name {
    parts = List.copyOf(parts);
    jsonPath = List.copyOf(jsonPath);
  }

  /** Whether the name is {@code *} or ends in {@code .*}. */
  public boolean isStar() {
    return "*".equals(parts.get(parts.size() - 1));
  }

  /** Whether the name reads a value out of a JSON column. */
  public boolean hasJsonPath() {
    return !jsonPath.isEmpty();
  }

  /** The same name without its JSON path: the JSON column itself. */
  public Name withoutJsonPath() {
    return new Name(parts, List.of(), alias, method);
  }

  /** The label a result row carries for this name: the alias, else the last part. */
  public String label() {
    if (alias != null) {
      return alias;
    }
    return hasJsonPath() ? jsonPath.get(jsonPath.size() - 1) : parts.get(parts.size() - 1);
  }

  /** The name as written. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.join(".", parts));
    jsonPath.forEach(segment -> out.append("->").append(segment));
    if (alias != null) {
      out.append(" as ").append(alias);
    }
    return out.toString();
  }
}
