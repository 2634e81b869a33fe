package io.reelgate.server.pages;

import io.reelgate.server.store.TaskStore;

/**
 * {@code GET /metrics} in the Prometheus text format (version 0.0.4): the tasks waiting and
 * running per engine and the engine's workers. Only these aggregate numbers, nothing about any
 * key, so the endpoint is open like {@code /healthz}. Counts of finished tasks by status need a
 * counting query in the task stores and are not exported yet.
 */
final class Metrics {
  static final String PATH = "/metrics";
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private Metrics() {}

  static String render(TaskStore.Depth depth, String engine, int workers) {
    String label = "{engine=\"" + engine.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    StringBuilder out = new StringBuilder();
    gauge(out, "reelgate_tasks_queued", "Tasks waiting for a worker.", label, depth.queued());
    gauge(out, "reelgate_tasks_running", "Tasks being rendered now.", label, depth.processing());
    gauge(out, "reelgate_workers", "Videos the engine renders at once at most.", label, workers);
    return out.toString();
  }

  private static void gauge(StringBuilder out, String name, String help, String labels, long value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" gauge\n");
    out.append(name).append(labels).append(' ').append(value).append('\n');
  }
}
