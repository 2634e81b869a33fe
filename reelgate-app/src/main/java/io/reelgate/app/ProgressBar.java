package io.reelgate.app;

import java.io.Console;
import java.io.PrintWriter;

/**
 * Shows how far a render or a task has come: a bar redrawn in place on a terminal, and plain
 * lines when the output goes to a file or a pipe (where a redrawn bar is noise).
 */
final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final boolean terminal;
  private final String label;
  private int lastShown = -1;
  private String lastStatus;

  ProgressBar(PrintWriter out, boolean terminal, String label) {
    this.out = out;
    this.terminal = terminal;
    this.label = label;
  }

  static ProgressBar forStderr(String label) {
    return new ProgressBar(new PrintWriter(System.err, true), interactive(), label);
  }

  /**
   * Whether this process talks to a terminal. From Java 22 on {@link System#console()} answers
   * even when the output is redirected, and {@code Console.isTerminal()} tells the difference.
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) return false;
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a console is only there for a terminal
    }
  }

  /** Frames (or any unit) done out of {@code total}: plain lines every tenth off a terminal. */
  synchronized void update(int done, int total) {
    int percent = total <= 0 ? 0 : (int) Math.min(100, (100L * done) / total);
    if (terminal) {
      if (percent == lastShown) return;
      out.printf("\r%s %s %3d%% %d/%d", label, bar(percent), percent, done, total);
    } else {
      int step = percent / 10 * 10;
      if (step == lastShown / 10 * 10 && lastShown >= 0) return;
      out.printf("%s %d%% (%d/%d)%n", label, step, done, total);
      percent = step;
    }
    out.flush();
    lastShown = percent;
  }

  /** A task's status and progress: a line such as {@code task 42: PROCESSING 40%} whenever either changed. */
  synchronized void status(String status, int percent) {
    if (percent == lastShown && status.equals(lastStatus)) return;
    if (terminal) {
      out.printf("\r%s %s %3d%% %-10s", label, bar(percent), percent, status);
    } else {
      out.printf("%s: %s %d%%%n", label, status, percent);
    }
    out.flush();
    lastShown = percent;
    lastStatus = status;
  }

  synchronized void finish() {
    if (terminal) out.println();
    out.flush();
  }

  private static String bar(int percent) {
    int filled = Math.max(0, Math.min(100, percent)) * WIDTH / 100;
    return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
  }
}
