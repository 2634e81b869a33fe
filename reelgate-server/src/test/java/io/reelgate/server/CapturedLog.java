package io.reelgate.server;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the server logs while it is open: slf4j-simple (the tests' logger) writes to {@code
 * System.err} as it is at each line, so this tees it into memory and puts the original back on
 * {@link #close}. Tests run one at a time, so nothing else logs into it by accident.
 */
public final class CapturedLog implements AutoCloseable {
  private final PrintStream original = System.err;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  public CapturedLog() {
    OutputStream tee =
        new OutputStream() {
          @Override
          public void write(int b) {
            synchronized (captured) {
              captured.write(b);
            }
            original.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            synchronized (captured) {
              captured.write(b, off, len);
            }
            original.write(b, off, len);
          }
        };
    System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
  }

  public String text() {
    synchronized (captured) {
      return captured.toString(StandardCharsets.UTF_8);
    }
  }

  /** The lines logged at level {@code level} (slf4j-simple writes it in capitals, e.g. {@code ERROR}). */
  public List<String> lines(String level) {
    return text().lines().filter(line -> line.contains(" " + level + " ")).toList();
  }

  @Override
  public void close() {
    System.setErr(original);
  }
}
