package io.ilana.seed;

import java.io.PrintWriter;

/**
 * The runner's side of a {@link ProgressTracker}: on a terminal one bar redrawn in place with a
 * carriage return; elsewhere (a log, a CI run, a test) plain lines, one per tenth of the work, so
 * the output stays readable without control characters.
 */
final class Progress implements ProgressTracker {
  static final int WIDTH = 30;

  private final String label;
  private final long total;
  private final PrintWriter out;
  private final boolean terminal;

  // Guarded by this.
  private long done;
  private int shown = -1;

  Progress(String label, long total, PrintWriter out, boolean terminal) {
    this.label = label;
    this.total = Math.max(0, total);
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public synchronized void advance(long count) {
    done = Math.min(total, done + Math.max(0, count));
    show();
  }

  @Override
  public synchronized long done() {
    return done;
  }

  @Override
  public long total() {
    return total;
  }

  /** Shows the start, before any work. */
  synchronized void start() {
    show();
  }

  /** Ends the display: the bar's line is closed so later output starts on a line of its own. */
  synchronized void finish() {
    if (terminal) {
      out.println();
      out.flush();
    }
  }

  private void show() {
    int percent = total == 0 ? 100 : (int) (done * 100 / total);
    // A bar moves each percent; plain lines only each tenth (and at the end).
    int step = terminal ? percent : (percent == 100 ? 100 : percent / 10 * 10);
    if (step == shown) {
      return;
    }
    shown = step;
    if (terminal) {
      int filled = (int) (total == 0 ? WIDTH : done * WIDTH / total);
      out.print(
          "\r"
              + label
              + " ["
              + "#".repeat(filled)
              + "-".repeat(WIDTH - filled)
              + "] "
              + percent
              + "% ("
              + done
              + "/"
              + total
              + ")");
    } else {
      out.println(label + ": " + done + "/" + total + " (" + percent + "%)");
    }
    out.flush();
  }
}
