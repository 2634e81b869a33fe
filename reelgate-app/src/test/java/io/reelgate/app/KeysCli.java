package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code reelgate keys ...} run in the test's JVM, against a server's data folder or database. */
final class KeysCli {
  private final List<String> location;

  /** {@code location}: {@code --data-dir DIR}, and {@code --db URL} when the server uses PostgreSQL. */
  KeysCli(String... location) {
    this.location = List.of(location);
  }

  /** Gives the key {@code amount} credits. */
  void grant(String key, long amount) {
    assertThat(run("grant", key, Long.toString(amount)).exitCode()).isZero();
  }

  /** The key's credits: reserved, spent, refunded, balance. */
  List<Long> usage(String key) {
    Run usage = run("usage", key);
    assertThat(usage.exitCode()).as(usage.output()).isZero();
    String[] row = usage.output().lines().skip(1).findFirst().orElseThrow().trim().split("\\s+");
    return Arrays.stream(row, row.length - 4, row.length).map(Long::valueOf).toList();
  }

  record Run(int exitCode, String output) {}

  /** One at a time: it captures this JVM's standard output. */
  Run run(String... args) {
    synchronized (KeysCli.class) {
      return runAlone(args);
    }
  }

  private Run runAlone(String... args) {
    List<String> all = new ArrayList<>(List.of("keys"));
    all.addAll(location);
    all.addAll(List.of(args));
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int exitCode = Main.run(all.toArray(String[]::new));
      return new Run(exitCode, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }
}
