package io.reelgate.server.dialect;

import io.reelgate.core.request.RequestValidator;
import io.reelgate.server.http.ApiKeyAuth;
import io.reelgate.server.http.LinkSigner;
import io.reelgate.server.idempotency.Idempotency;
import io.reelgate.server.task.TaskService;
import java.time.Clock;

/** What every dialect works with: the same core services, whatever the wire shape. */
public record DialectServices(
    ApiKeyAuth auth, RequestValidator validator, TaskService tasks, LinkSigner links, Clock clock,
    Idempotency idempotency) {}
