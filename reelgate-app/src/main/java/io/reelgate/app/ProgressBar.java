package io.reelgate.app;

import java.io.PrintStream;

/**
 * Shows how far a render or a task has come: a bar redrawn in place on a terminal, and plain
 * lines every tenth when the output goes to a file or a pipe (where a redrawn bar is noise).
 */
final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final String label;
  private int lastShown = -1;

  ProgressBar(PrintStream out, boolean terminal, String label) {
    this.out = out;
    this.terminal = terminal;
    this.label = label;
  }

  static ProgressBar forStderr(String label) {
    return new ProgressBar(System.err, System.console() != null, label);
  }

  synchronized void update(int done, int total) {
    int percent = total <= 0 ? 0 : (int) Math.min(100, (100L * done) / total);
    if (terminal) {
      if (percent == lastShown) return;
      int filled = percent * WIDTH / 100;
      out.printf("\r%s [%s%s] %3d%% %d/%d", label, "#".repeat(filled), " ".repeat(WIDTH - filled), percent, done, total);
      out.flush();
    } else {
      int step = percent / 10 * 10;
      if (step == lastShown / 10 * 10 && lastShown >= 0) return;
      out.printf("%s %d%% (%d/%d)%n", label, step, done, total);
      percent = step;
    }
    lastShown = percent;
  }

  synchronized void finish() {
    if (terminal) out.println();
  }
}
