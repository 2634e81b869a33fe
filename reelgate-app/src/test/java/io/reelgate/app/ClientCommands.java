package io.reelgate.app;

import io.reelgate.client.Dialect;
import io.reelgate.client.VideoClient;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.server.ReelgateServer;
import io.reelgate.server.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the tests of {@code generate} and {@code tasks} share: a real server on a free port with a
 * temporary data folder, an SDK client of it, and a way to run the command line and read what it said.
 */
final class ClientCommands implements AutoCloseable {
  static final String KEY = "rg_test_cli_0123456789abcdef0123456789ab";
  static final String WRONG_KEY = "rg_wrong_key_000000000000000000000000000";

  final ReelgateServer server;

  ClientCommands(Path dataDir) {
    server = ReelgateServer.start(
        ServerConfig.builder().port(0).dataDir(dataDir).workers(1).apiKeys(List.of(KEY)).build());
  }

  String baseUrl() {
    return "http://localhost:" + server.port();
  }

  VideoClient client(Dialect dialect) {
    return VideoClient.builder(dialect).baseUrl(baseUrl()).apiKey(KEY)
        .pollInterval(Duration.ofMillis(100), Duration.ofMillis(300)).build();
  }

  /** Runs {@code reelgate <args>} in this JVM against this server with the test key (unless args give one). */
  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** What a run answered: exit code, standard output, standard error. */
  record Run(int exitCode, String out, String err) {
    private static final Pattern SUBMITTED = Pattern.compile("task (\\S+): submitted");

    /** The id of the task that {@code generate} submitted. */
    String taskId() {
      Matcher m = SUBMITTED.matcher(err);
      if (!m.find()) throw new AssertionError("no task id in:\n" + err);
      return m.group(1);
    }

    /** Both streams, for assertion messages. */
    String both() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Path photo(Path folder, String name) {
    try {
      return Files.write(folder.resolve(name), TestPhotos.bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
