package io.reelgate.server.dialect;

import io.javalin.http.Handler;
import io.reelgate.core.request.RequestValidator;
import io.reelgate.server.http.ApiKeyAuth;
import io.reelgate.server.http.LinkSigner;
import io.reelgate.server.idempotency.Idempotency;
import io.reelgate.server.limits.InFlightLimiter;
import io.reelgate.server.task.TaskService;
import java.time.Clock;

/** What every dialect works with: the same core services, whatever the wire shape. */
public record DialectServices(
    ApiKeyAuth auth, RequestValidator validator, TaskService tasks, LinkSigner links, Clock clock,
    Idempotency idempotency, InFlightLimiter inFlight) {

  /**
   * A create handler as every dialect registers it. The key is checked before a byte of the body
   * is read, and the create counts as in flight for it until it is answered, upload and image
   * downloads included: a key with too many gets its dialect's 429 before it can send another
   * body. Then the create is idempotent.
   */
  public Handler create(Idempotency.KeyOf keyOf, Handler create) {
    Handler idempotent = idempotency.wrap(keyOf, create);
    return ctx -> {
      try (InFlightLimiter.Permit permit = inFlight.enter(keyOf.keyId(ctx))) {
        idempotent.handle(ctx);
      }
    };
  }
}
