package io.reelgate.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * When the server runs: the test classes below are run here through the JUnit launcher, note the
 * server each of their tests saw, and are checked once they ended.
 */
class ReelgateExtensionLifecycleTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void a_static_extension_serves_the_whole_class_and_its_nested_classes_then_stops() throws Exception {
    Set<Path> foldersBefore = temporaryFolders();

    TestExecutionSummary summary = run(StaticField.class);

    assertThat(summary.getTestsSucceededCount()).as(summary.getFailures().toString()).isEqualTo(3);
    assertThat(StaticField.seen).hasSize(3).containsOnly(StaticField.seen.getFirst());
    assertStopped(StaticField.seen.getFirst().baseUrl());
    assertThat(temporaryFolders()).isSubsetOf(foldersBefore);
  }

  @Test
  void an_instance_field_gives_each_test_a_server_of_its_own() throws Exception {
    Set<Path> foldersBefore = temporaryFolders();

    TestExecutionSummary summary = run(InstanceField.class);

    assertThat(summary.getTestsSucceededCount()).as(summary.getFailures().toString()).isEqualTo(2);
    assertThat(InstanceField.seen).hasSize(2).doesNotHaveDuplicates();
    for (Seen server : InstanceField.seen) assertStopped(server.baseUrl());
    assertThat(temporaryFolders()).isSubsetOf(foldersBefore);
  }

  @Test
  void outside_its_tests_it_says_how_to_use_it() {
    ReelgateExtension unused = ReelgateExtension.builder().build();

    assertThatThrownBy(unused::baseUrl).isInstanceOf(IllegalStateException.class).hasMessageContaining("@RegisterExtension");
  }

  /** Run by the test above, not by the build (the build does not run nested classes on its own). */
  static class StaticField {
    @RegisterExtension static ReelgateExtension reelgate = ReelgateExtension.builder().build();
    static final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Test
    void first() throws Exception {
      seen.add(Seen.answering(reelgate));
    }

    @Test
    void second() throws Exception {
      seen.add(Seen.answering(reelgate));
    }

    @Nested
    class Inner {
      @Test
      void third() throws Exception {
        seen.add(Seen.answering(reelgate));
      }
    }
  }

  /** Run by the test above, not by the build. */
  static class InstanceField {
    @RegisterExtension ReelgateExtension reelgate = ReelgateExtension.builder().build();
    static final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Test
    void first() throws Exception {
      seen.add(Seen.answering(reelgate));
    }

    @Test
    void second() throws Exception {
      seen.add(Seen.answering(reelgate));
    }
  }

  /** A server as a test saw it: its address, and its key, which no other server has. */
  record Seen(String baseUrl, String apiKey) {
    /** The server of {@code reelgate}, once it answered a health check. */
    static Seen answering(ReelgateExtension reelgate) throws Exception {
      assertThat(health(HTTP, reelgate.baseUrl()).statusCode()).isEqualTo(200);
      return new Seen(reelgate.baseUrl(), reelgate.apiKey());
    }
  }

  private static TestExecutionSummary run(Class<?> testClass) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    return listener.getSummary();
  }

  private static HttpResponse<String> health(HttpClient http, String baseUrl) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Nothing listens at {@code baseUrl} (asked on a new connection: the shared client may keep one open). */
  private static void assertStopped(String baseUrl) {
    assertThatThrownBy(() -> health(HttpClient.newHttpClient(), baseUrl)).isInstanceOf(ConnectException.class);
  }

  /** The extension's data folders now in the temporary folder. */
  private static Set<Path> temporaryFolders() throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return paths.filter(p -> p.getFileName().toString().startsWith("reelgate-junit-")).collect(Collectors.toSet());
    }
  }
}
