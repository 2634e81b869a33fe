package io.reelgate.app;

import io.reelgate.server.files.s3.S3Fixture;
import io.reelgate.server.store.postgres.PostgresFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load figures of docs/BENCHMARKS.md, run by {@code bench/load.sh}: {@code INSTANCES}
 * processes of the packaged jar on one PostgreSQL and one S3-API server (the tests' fixtures, on
 * loopback), {@code TASKS} tiny tasks (Novita, Hailuo 02, 512P, 6 s, a 31 KB picture) submitted by
 * {@code CLIENTS} threads spread over the instances; prints tasks accepted per second (submission
 * only) and completed per second (first submission to last SUCCEEDED), then, when {@code wrk} is
 * on the PATH, the status polls per second one instance answers ({@code wrk -t2 -c32 -d15s} on
 * {@code GET /v3/async/task-result}).
 *
 * <pre>java -cp ... io.reelgate.app.LoadBench [INSTANCES [TASKS [CLIENTS]]]</pre>
 */
public final class LoadBench {
  private static final String KEY = "rg_load_bench_key_0123456789abcdef";
  private static final Duration DEADLINE = Duration.ofMinutes(5);

  public static void main(String[] args) throws Exception {
    int instanceCount = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int taskCount = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    if (instanceCount < 1 || instanceCount > 4 || taskCount < 1 || taskCount > 500 || clients < 1 || clients > 64) {
      throw new IllegalArgumentException("INSTANCES 1-4, TASKS 1-500, CLIENTS 1-64");
    }
    String database = PostgresFixture.newDatabase();
    S3Fixture s3 = S3Fixture.get();
    String bucket = s3.createBucket();
    Map<String, String> env = new HashMap<>(s3.environment());
    env.put("REELGATE_API_KEYS", KEY);
    Path temp = Files.createTempDirectory("reelgate-load-");

    List<ServerProcess> instances = new ArrayList<>();
    try {
      for (int i = 0; i < instanceCount; i++) {
        instances.add(ServerProcess.start(Files.createDirectories(temp.resolve("instance-" + i)), ServerProcess.freePort(),
            env, "--db", database, "--storage", "s3://" + bucket, "--s3-path-style", "--workers", "1"));
      }
      String photo = NovitaClient.dataUri("/photos/astronaut.webp", "image/webp");
      System.out.printf("%d instance(s), 1 worker each, PostgreSQL + S3 on loopback; %d tasks (512P, 6 s) from %d clients%n",
          instanceCount, taskCount, clients);

      ExecutorService pool = Executors.newFixedThreadPool(clients);
      AtomicInteger next = new AtomicInteger();
      List<String> tasks = java.util.Collections.synchronizedList(new ArrayList<>());
      long start = System.nanoTime();
      List<Future<?>> submitters = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        submitters.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < taskCount) {
            NovitaClient client = new NovitaClient(instances.get(i % instanceCount).baseUrl(), KEY);
            tasks.add(client.create("minimax-hailuo-02",
                Map.of("prompt", "Load " + i + " [Push in]", "image", photo, "duration", 6, "resolution", "512P")));
          }
          return null;
        }));
      }
      for (Future<?> f : submitters) f.get();
      double accepted = seconds(System.nanoTime() - start);
      pool.shutdown();

      long deadline = start + DEADLINE.toNanos();
      int done = 0;
      while (done < taskCount && System.nanoTime() < deadline) {
        done = count(database, "SELECT count(*) FROM tasks WHERE status = 'SUCCEEDED'");
        if (done < taskCount) Thread.sleep(50);
      }
      double completed = seconds(System.nanoTime() - start);
      int failed = count(database, "SELECT count(*) FROM tasks WHERE status = 'FAILED'");
      System.out.printf("accepted: %d in %.2f s = %.1f tasks/s%n", taskCount, accepted, taskCount / accepted);
      System.out.printf("completed: %d succeeded (%d failed) in %.1f s = %.2f tasks/s%n", done, failed, completed, done / completed);
      if (done < taskCount) System.out.println("stopped at the deadline of " + DEADLINE.toMinutes() + " min");

      pollRate(instances.get(0), tasks.get(0), temp);
    } finally {
      for (ServerProcess instance : instances) instance.close();
    }
    System.exit(0); // the fixtures' servers stop in their shutdown hooks
  }

  private static void pollRate(ServerProcess instance, String task, Path temp) throws IOException, InterruptedException {
    String url = instance.baseUrl().replace("localhost", "127.0.0.1") + "/v3/async/task-result?task_id=" + task;
    List<String> command = List.of("wrk", "-t2", "-c32", "-d15s", "--latency", "-H", "Authorization: Bearer " + KEY, url);
    System.out.println("poll rate: " + String.join(" ", command).replace(KEY, "$KEY"));
    Path out = temp.resolve("wrk.txt");
    try {
      Process wrk = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!wrk.waitFor(60, TimeUnit.SECONDS)) wrk.destroyForcibly();
      System.out.println(Files.readString(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      System.out.println("  (wrk not found: apt-get install -y wrk)");
    }
  }

  private static int count(String database, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(database);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
