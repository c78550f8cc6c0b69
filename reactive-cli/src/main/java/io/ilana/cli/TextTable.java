package io.ilana.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain text table with a header and a rule, columns padded to their widest cell. */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  /** A table with these column headers. */
  public TextTable(String... headers) {
    this.columns = headers.length;
    rows.add(headers.clone());
  }

  /** Adds a row; missing cells are empty. */
  public TextTable row(String... cells) {
    rows.add(Arrays.copyOf(cells, columns));
    return this;
  }

  /** Prints the table. */
  public void print(PrintWriter out) {
    out.print(render());
    out.flush();
  }

  /** The table as text, each line ending in a line separator. */
  public String render() {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], cell(row, i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      line(text, rows.get(r), widths);
      if (r == 0) {
        String[] rule = new String[columns];
        for (int i = 0; i < columns; i++) {
          rule[i] = "-".repeat(widths[i]);
        }
        line(text, rule, widths);
      }
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String[] row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        line.append("  ");
      }
      String cell = cell(row, i);
      line.append(cell).append(" ".repeat(widths[i] - cell.length()));
    }
    text.append(line.toString().stripTrailing()).append(System.lineSeparator());
  }

  private static String cell(String[] row, int i) {
    return row[i] == null ? "" : row[i];
  }
}
