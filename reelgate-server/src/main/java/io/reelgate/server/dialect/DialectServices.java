package io.reelgate.server.dialect;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.reelgate.core.request.RequestValidator;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.core.task.Task;
import io.reelgate.server.http.ApiKeyAuth;
import io.reelgate.server.links.LinkSigner;
import io.reelgate.server.idempotency.Idempotency;
import io.reelgate.server.limits.InFlightLimiter;
import io.reelgate.server.scenario.Scenarios;
import io.reelgate.server.task.TaskEndWatch;
import io.reelgate.server.task.TaskEta;
import io.reelgate.server.task.TaskService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** What every dialect works with: the same core services, whatever the wire shape. */
public record DialectServices(
    ApiKeyAuth auth, RequestValidator validator, TaskService tasks, LinkSigner links, Clock clock,
    Idempotency idempotency, InFlightLimiter inFlight, TaskEndWatch taskEnds, Scenarios scenarios,
    TaskEta eta) {
  private static final String PERMIT = DialectServices.class.getName() + ".permit";
  private static final String ANSWERED_LATER = DialectServices.class.getName() + ".answeredLater";

  /** As {@link #accept(Context, int, String, String, String, ValidatedRequest, Function)} with status 200. */
  public Task accept(Context ctx, String keyId, String dialect, String taskId, ValidatedRequest request,
      Function<Task, String> answer) {
    return accept(ctx, 200, keyId, dialect, taskId, request, answer);
  }

  /**
   * Accepts a validated create as a task and answers {@code status} with the JSON {@code answer}
   * builds from it. With an {@code Idempotency-Key} the same answer is kept with the task, in the
   * transaction that inserts it, so that a replay after any crash answers this task, byte for
   * byte ({@code answer} is built once, at create: what it says of the queue then, a replay says
   * too). The task follows the scenario its {@code Reelgate-Scenario} header, its prompt marker or
   * its key chose, and a create-time
   * scenario refuses it here, in the dialect's error shape, before anything is stored.
   */
  public Task accept(Context ctx, int status, String keyId, String dialect, String taskId, ValidatedRequest request,
      Function<Task, String> answer) {
    // Built once: the bytes kept with the task are the bytes sent.
    AtomicReference<Idempotency.Answer> built = new AtomicReference<>();
    Function<Task, Idempotency.Answer> once = task -> built.updateAndGet(
        kept -> kept != null ? kept : new Idempotency.Answer(status, answer.apply(task).getBytes(StandardCharsets.UTF_8)));
    ValidatedRequest chosen = scenarios.choose(ctx.header(Scenario.HEADER), auth.key(ctx), request);
    Task task = tasks.submit(keyId, dialect, taskId, chosen, idempotency.answerWith(ctx, once));
    ctx.status(status).contentType("application/json").result(once.apply(task).body());
    return task;
  }

  /**
   * A create handler as every dialect registers it. The key is checked before a byte of the body
   * is read, and the create counts as in flight for it until it is answered, upload and image
   * downloads included: a key with too many gets its dialect's 429 before it can send another
   * body. Then the create is idempotent.
   */
  public Handler create(Idempotency.KeyOf keyOf, Handler create) {
    Handler idempotent = idempotency.wrap(keyOf, create);
    return ctx -> {
      InFlightLimiter.Permit permit = inFlight.enter(keyOf.keyId(ctx));
      ctx.attribute(PERMIT, permit);
      try {
        idempotent.handle(ctx);
      } finally {
        if (ctx.attribute(ANSWERED_LATER) == null) permit.close();
      }
    };
  }

  /**
   * Keeps the create counted in flight until {@code answer} completes, for a create whose answer
   * comes after its handler returns (GPTProto's sync mode): it is in flight until it is answered.
   */
  public <T> CompletableFuture<T> inFlightUntil(Context ctx, CompletableFuture<T> answer) {
    InFlightLimiter.Permit permit = ctx.attribute(PERMIT);
    if (permit != null) {
      ctx.attribute(ANSWERED_LATER, true);
      answer.whenComplete((result, failure) -> permit.close());
    }
    return answer;
  }
}
