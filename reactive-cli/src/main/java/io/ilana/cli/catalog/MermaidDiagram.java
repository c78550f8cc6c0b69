package io.ilana.cli.catalog;

import java.util.List;

/**
 * A schema as a Mermaid entity-relationship diagram: one entity per table with its columns ({@code
 * PK}, {@code FK}), one relationship per foreign key column, from the referenced table (exactly
 * one) to the referencing one (zero or more; zero or one when the column is nullable).
 */
public final class MermaidDiagram {
  private MermaidDiagram() {}

  /** The diagram text, each line ending in {@code \n}. */
  public static String render(List<Table> tables) {
    StringBuilder out = new StringBuilder("erDiagram\n");
    for (Table table : tables) {
      out.append("  ").append(table.name()).append(" {\n");
      for (Column column : table.columns()) {
        boolean foreign =
            table.foreignKeys().stream().anyMatch(key -> key.column().equals(column.name()));
        String keys =
            column.primaryKey() && foreign
                ? " PK, FK"
                : column.primaryKey() ? " PK" : foreign ? " FK" : "";
        out.append("    ")
            .append(column.type().replaceAll("[^a-z0-9_]+", "_"))
            .append(' ')
            .append(column.name())
            .append(keys)
            .append('\n');
      }
      out.append("  }\n");
    }
    for (Table table : tables) {
      for (ForeignKey key : table.foreignKeys()) {
        boolean nullable =
            table.columns().stream().anyMatch(c -> c.name().equals(key.column()) && c.nullable());
        out.append("  ")
            .append(key.referencedTable())
            .append(nullable ? " |o--o{ " : " ||--o{ ")
            .append(table.name())
            .append(" : \"")
            .append(key.column())
            .append("\"\n");
      }
    }
    return out.toString();
  }
}
