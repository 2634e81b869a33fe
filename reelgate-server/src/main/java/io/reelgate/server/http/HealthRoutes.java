package io.reelgate.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The probes of a load balancer or orchestrator, without a key.
 *
 * <ul>
 *   <li>{@code GET /healthz}, liveness: the process is up and answers HTTP; 200 {@code ok}.
 *   <li>{@code GET /readyz}, readiness: the server is not stopping, and each {@link Check} (the
 *       database answers a trivial query, the storage is reachable) passes within {@link
 *       #CHECK_TIMEOUT}; 200 {@code {"status":"ready"}}, else 503 {@code {"status":"unready",
 *       "reason":"..."}} naming what failed, never the error's message (it is logged instead).
 * </ul>
 */
public final class HealthRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);
  public static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

  /** One thing readiness depends on, such as {@code database}; {@link #run} throws when it is not usable. */
  public record Check(String name, Probe probe) {}

  @FunctionalInterface
  public interface Probe {
    void run() throws Exception;
  }

  private final List<Check> checks;
  private final BooleanSupplier stopping;
  private final ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor();

  /** @param stopping true from the moment the server begins to shut down */
  public HealthRoutes(List<Check> checks, BooleanSupplier stopping) {
    this.checks = List.copyOf(checks);
    this.stopping = stopping;
  }

  public void register(Javalin app) {
    app.get("/healthz", ctx -> ctx.result("ok"));
    app.get("/readyz", this::readiness);
  }

  private void readiness(Context ctx) {
    String reason = stopping.getAsBoolean() ? "shutting down" : failedCheck();
    if (reason == null) {
      ctx.json(Map.of("status", "ready"));
    } else {
      Map<String, String> body = new LinkedHashMap<>();
      body.put("status", "unready");
      body.put("reason", reason);
      ctx.status(503).json(body);
    }
  }

  /** Runs the checks side by side; the first that failed, as a short reason, or null. */
  private String failedCheck() {
    Map<Check, Future<?>> running = new LinkedHashMap<>();
    for (Check check : checks) {
      running.put(check, probes.submit(() -> {
        check.probe().run();
        return null;
      }));
    }
    long deadline = System.nanoTime() + CHECK_TIMEOUT.toNanos();
    String reason = null;
    for (Map.Entry<Check, Future<?>> entry : running.entrySet()) {
      String name = entry.getKey().name();
      try {
        entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        entry.getValue().cancel(true);
        LOG.warn("readiness: the {} did not answer within {} ms", name, CHECK_TIMEOUT.toMillis());
        if (reason == null) reason = name + " did not answer within " + CHECK_TIMEOUT.toSeconds() + " s";
      } catch (ExecutionException e) {
        LOG.warn("readiness: the {} check failed: {}", name, e.getCause().toString());
        if (reason == null) reason = name + " unreachable";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted";
      }
    }
    return reason;
  }
}
