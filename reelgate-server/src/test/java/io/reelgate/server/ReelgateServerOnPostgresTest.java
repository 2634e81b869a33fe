package io.reelgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.files.s3.S3Fixture;
import io.reelgate.server.store.postgres.PostgresFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring of {@code --db postgresql://...}: servers that share the database, not a folder. */
class ReelgateServerOnPostgresTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void two_servers_on_one_database_run_at_once_and_know_the_same_keys(@TempDir Path dataA, @TempDir Path dataB)
      throws Exception {
    String database = PostgresFixture.newDatabaseUri();
    try (ReelgateServer a = ReelgateServer.start(config(dataA, database).build());
        ReelgateServer b = ReelgateServer.start(config(dataB, database).apiKeys(List.of(RunningServer.ALICE)).build())) {
      // Alice's key, registered by the second server, works on the first; authenticated, so an
      // unknown task is "not found" rather than "who are you".
      assertThat(taskResult(a, RunningServer.ALICE).statusCode()).isEqualTo(404);
      assertThat(taskResult(b, RunningServer.ALICE).statusCode()).isEqualTo(404);
      assertThat(taskResult(a, "rg_not_a_key").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void a_server_on_postgresql_and_s3_is_ready(@TempDir Path dataDir) throws Exception {
    S3Fixture s3 = S3Fixture.get();
    ServerConfig config = config(dataDir, PostgresFixture.newDatabaseUri()).storage(s3.config(s3.createBucket(), "")).build();
    try (ReelgateServer server = ReelgateServer.start(config)) {
      HttpResponse<String> ready =
          HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/readyz")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    }
  }

  private static ServerConfig.Builder config(Path dataDir, String database) {
    return ServerConfig.builder().port(0).dataDir(dataDir).workers(1).apiKeys(List.of()).database(database);
  }

  private static HttpResponse<String> taskResult(ReelgateServer server, String key) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/v3/async/task-result?task_id=no-such-task"))
            .header("Authorization", "Bearer " + key)
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
