package io.reelgate.server.pages;

import io.reelgate.core.task.Task;
import io.reelgate.core.task.Status;
import io.reelgate.server.billing.Credits;
import io.reelgate.server.keys.ApiKey;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.store.TaskStore;
import io.reelgate.server.task.TaskService;
import io.reelgate.server.upstream.RouteStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /reelgate/v1/operator}: what the server is doing (queue and running
 * tasks per engine and per model, with each model's mean render time), how its upstream routes
 * fare (health, call times, spend), what went wrong lately (the newest failures with their
 * reasons), and who uses it (each key with its task counts, the credits it spent and its
 * balance; null for a key without a limit, which the page shows as "unlimited").
 *
 * <p>The failures and counts are read by walking each key's tasks through {@link
 * TaskService#list}, newest first, which costs one pass over the task table per request: fine for
 * the thousands of tasks of a self-hosted server, to be replaced by a counting query in the
 * stores when that stops being true.
 */
record OperatorOverview(
    Instant generatedAt, List<EngineLoad> engines, List<ModelLoad> models, List<RouteStats.Snapshot> routes,
    List<Failure> recentFailures, List<KeyUsage> keys, Links links) {

  /** How many failures the view lists at most. */
  static final int RECENT_FAILURES = 20;

  private static final int PAGE = 500;

  record EngineLoad(String name, int workers, int queued, int running) {}

  record Failure(String taskId, String keyName, String dialect, String model, String reason, Instant finishedAt) {}

  /**
   * @param tasks how many tasks the key has in each status ({@code queued}, {@code processing},
   *     {@code succeeded}, {@code failed}, {@code cancelled})
   * @param spent the credits its finished tasks cost
   * @param credit the key's balance; null when it has no limit
   */
  record KeyUsage(
      String id, String name, Instant createdAt, boolean revoked, boolean admin, Map<String, Integer> tasks,
      int totalTasks, long spent, Long credit) {}

  record Links(String docs, List<String> openapi, String metrics) {}

  static OperatorOverview read(
      KeyStore keys, Credits credits, TaskService tasks, TaskStore store, String engineName, int workers, AdminKeys admins,
      List<RouteStats.Snapshot> routes, List<String> openApiDocuments, Instant now) {
    TaskStore.Depth depth = store.depth();
    List<EngineLoad> engines = List.of(new EngineLoad(engineName, workers, depth.queued(), depth.processing()));
    List<Failure> failures = new ArrayList<>();
    List<KeyUsage> usage = new ArrayList<>();
    ModelLoad.Tally models = new ModelLoad.Tally();
    for (ApiKey key : keys.list()) {
      Map<Status, Integer> counts = new EnumMap<>(Status.class);
      int total = 0;
      for (int offset = 0; ; offset += PAGE) {
        List<Task> page = tasks.list(key.id(), PAGE, offset);
        for (Task task : page) {
          counts.merge(task.state().status(), 1, Integer::sum);
          models.add(task);
          if (task.state().status() == Status.FAILED) {
            failures.add(new Failure(task.id(), key.name(), task.dialect(), task.request().model(), task.state().failureMessage(null), task.state().finishedAt()));
          }
        }
        total += page.size();
        if (page.size() < PAGE) break;
      }
      Map<String, Integer> byStatus = new LinkedHashMap<>();
      for (Status status : Status.values()) {
        byStatus.put(TaskSummary.lower(status.name()), counts.getOrDefault(status, 0));
      }
      Credits.Usage credit = credits.usage(key.id());
      usage.add(new KeyUsage(key.id(), key.name(), key.createdAt(), key.revoked(), admins.isAdmin(key), byStatus, total,
          credit.spent(), credit.balance()));
    }
    Comparator<Failure> newestFirst =
        Comparator.comparing(Failure::finishedAt, Comparator.nullsLast(Comparator.reverseOrder()));
    List<Failure> recent = failures.stream().sorted(newestFirst).limit(RECENT_FAILURES).toList();
    usage.sort(Comparator.comparing(KeyUsage::totalTasks).reversed().thenComparing(KeyUsage::name));
    return new OperatorOverview(
        now, engines, models.loads(), List.copyOf(routes), recent, List.copyOf(usage), new Links("/docs", List.copyOf(openApiDocuments), Metrics.PATH));
  }
}
