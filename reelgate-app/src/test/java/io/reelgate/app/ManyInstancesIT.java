package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.server.files.s3.S3Fixture;
import io.reelgate.server.store.postgres.PostgresFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances of the packaged jar on one PostgreSQL and one S3-API server, as operators run
 * them behind a load balancer: one is killed with SIGKILL while it renders, and every task still
 * ends exactly once, with its video downloadable from every surviving instance.
 */
class ManyInstancesIT {
  private static final String KEY = "rg_many_instances_key_0123456789abcdef";
  private static final int TASKS = 12;
  /** Short, so that the dead instance's tasks are taken over within seconds (the default is 30). */
  private static final String LEASE_SECONDS = "3";

  @TempDir Path temp;

  /** One row of the tasks table. */
  private record Row(String id, String status, int attempts, long version, String leaseOwner, String resultKey, int progress) {}

  @Test
  void tasks_of_an_instance_killed_mid_render_are_finished_once_by_the_others() throws Exception {
    String database = PostgresFixture.newDatabase();
    S3Fixture s3 = S3Fixture.get();
    String bucket = s3.createBucket();
    Map<String, String> env = new HashMap<>(s3.environment());
    env.put("REELGATE_API_KEYS", KEY);

    List<ServerProcess> instances = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        Path dataDir = Files.createDirectories(temp.resolve("instance-" + i));
        instances.add(ServerProcess.start(dataDir, ServerProcess.freePort(), env,
            "--db", database, "--storage", "s3://" + bucket + "/videos", "--s3-path-style",
            "--workers", "1", "--lease-seconds", LEASE_SECONDS));
      }

      // A batch spread over the three: any instance takes any task.
      String photo = NovitaClient.dataUri("/photos/hubble_deep_field.jpg", "image/jpeg");
      List<String> tasks = new ArrayList<>();
      for (int i = 0; i < TASKS; i++) {
        NovitaClient client = new NovitaClient(instances.get(i % 3).baseUrl(), KEY);
        tasks.add(client.create("minimax-hailuo-02",
            Map.of("prompt", "Deep space, take " + i + " [Push in]", "image", photo, "duration", 6, "resolution", "512P")));
      }

      // Kill the first instance seen starting a render, while most of the render is still ahead.
      Map<Long, ServerProcess> byPid = new HashMap<>();
      instances.forEach(p -> byPid.put(p.pid(), p));
      Row held = awaitRow(database, r -> "PROCESSING".equals(r.status()) && r.leaseOwner() != null && r.progress() <= 20
          && byPid.containsKey(pidOf(r.leaseOwner())), Duration.ofSeconds(60));
      ServerProcess victim = byPid.get(pidOf(held.leaseOwner()));
      victim.kill();
      // What it held when it died (it can change nothing any more): left PROCESSING, leased to it.
      List<String> orphans = rows(database).values().stream()
          .filter(r -> "PROCESSING".equals(r.status()) && r.leaseOwner() != null && pidOf(r.leaseOwner()) == victim.pid())
          .map(Row::id).toList();
      assertThat(orphans).as("tasks the killed instance was rendering").isNotEmpty();
      List<ServerProcess> survivors = instances.stream().filter(p -> p != victim).toList();

      // Every task ends, SUCCEEDED, as seen from each survivor.
      for (String task : tasks) {
        JsonNode done = new NovitaClient(survivors.get(0).baseUrl(), KEY).awaitResult(task,
            r -> !NovitaClient.hasStatus(r, "TASK_STATUS_QUEUED") && !NovitaClient.hasStatus(r, "TASK_STATUS_PROCESSING"),
            Duration.ofSeconds(120));
        assertThat(done.path("task").path("status").asText()).as("task %s: %s", task, done).isEqualTo("TASK_STATUS_SUCCEED");
      }

      // The database: one SUCCEEDED row per task; the killed instance's task was taken over.
      Map<String, Row> rows = rows(database);
      assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(tasks);
      assertThat(rows.values()).allSatisfy(r -> {
        assertThat(r.status()).isEqualTo("SUCCEEDED");
        assertThat(r.leaseOwner()).isNull();
        assertThat(r.resultKey()).isEqualTo("tasks/" + r.id() + "/result.mp4");
      });
      assertThat(orphans).allSatisfy(id ->
          assertThat(rows.get(id).attempts()).as("attempts of %s, taken over from the killed instance", id).isGreaterThanOrEqualTo(2));

      // No task ran to completion twice: one "succeeded" line per task over all the logs (the
      // killed instance's included), and one result object per task in the bucket.
      Map<String, Integer> succeeded = new HashMap<>();
      for (ServerProcess instance : instances) {
        Matcher line = Pattern.compile("task (\\S+): succeeded").matcher(instance.log());
        while (line.find()) succeeded.merge(line.group(1), 1, Integer::sum);
      }
      assertThat(succeeded).hasSize(TASKS).allSatisfy((task, times) -> assertThat(times).as(task).isEqualTo(1));
      assertThat(succeeded.keySet()).containsExactlyInAnyOrderElementsOf(tasks);
      assertThat(orphans).allSatisfy(id -> assertThat(victim.log()).doesNotContain("task " + id + ": succeeded"));
      List<String> results = s3.objectKeys(bucket).stream().filter(k -> k.endsWith("/result.mp4")).toList();
      assertThat(results).hasSize(TASKS);

      // Each survivor hands out links to every video, whoever rendered it, and serves them.
      for (ServerProcess survivor : survivors) {
        NovitaClient client = new NovitaClient(survivor.baseUrl(), KEY);
        for (String task : tasks) {
          JsonNode result = client.result(task);
          String url = result.path("videos").get(0).path("video_url").asText();
          assertThat(url).startsWith(survivor.baseUrl() + "/files/");
          Path video = temp.resolve(task + "-" + survivor.pid() + ".mp4");
          client.download(url, video);
          VideoInfo info = VideoProbe.probe(video);
          assertThat(info.frames()).isEqualTo(150);
          assertThat(Math.min(info.width(), info.height())).isEqualTo(512);
        }
      }
    } finally {
      for (ServerProcess instance : instances) instance.close();
    }
  }

  /** The process id in a worker id, {@code worker-<pid>-<uuid>}. */
  private static long pidOf(String leaseOwner) {
    Matcher m = Pattern.compile("worker-(\\d+)-").matcher(leaseOwner);
    return m.lookingAt() ? Long.parseLong(m.group(1)) : -1;
  }

  private static Row awaitRow(String database, java.util.function.Predicate<Row> wanted, Duration timeout)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (Row row : rows(database).values()) if (wanted.test(row)) return row;
      Thread.sleep(20);
    }
    throw new AssertionError("no task got there in " + timeout + ": " + rows(database).values());
  }

  private static Map<String, Row> rows(String database) throws SQLException {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection(database);
        PreparedStatement select = connection.prepareStatement(
            "SELECT id, status, attempts, version, lease_owner, result_key, progress_percent FROM tasks ORDER BY created_at");
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        rows.put(result.getString(1), new Row(result.getString(1), result.getString(2), result.getInt(3),
            result.getLong(4), result.getString(5), result.getString(6), result.getInt(7)));
      }
    }
    return rows;
  }
}
