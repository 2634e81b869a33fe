package io.reelgate.server.dialect.novita;

import io.javalin.http.Context;
import io.reelgate.core.error.ApiKeyRefusedException;
import io.reelgate.core.error.ContentPolicyException;
import io.reelgate.core.error.ServiceUnavailableException;
import io.reelgate.core.error.IdempotencyConflictException;
import io.reelgate.core.error.InsufficientCreditException;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.error.UnknownIdException;
import io.reelgate.core.error.TooManyRequestsException;
import io.reelgate.core.task.TaskNotCancellableException;
import io.reelgate.server.http.ErrorTable;
import io.reelgate.server.http.MalformedRequestException;
import io.reelgate.server.http.StartingUpException;
import io.reelgate.server.http.SlowBodyException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Novita's error shape, {@code {"code": 400, "reason": "INVALID_REQUEST_BODY", "message": "...",
 * "metadata": {"field": "duration"}}}, as its public API answers, and the one table from errors to
 * status and reason for this dialect. A key without enough credit gets 403 {@code
 * NOT_ENOUGH_BALANCE} (Novita answers a spent balance with 403); over its rate or with too many
 * creates in flight, 429 {@code RATE_LIMIT_EXCEEDED} with {@code Retry-After}; a body that arrives
 * too slowly, 408 {@code REQUEST_TIMEOUT}; input the content policy refuses (only the {@code
 * content-policy} scenario does), 400 {@code CONTENT_POLICY_VIOLATION}; the service unavailable
 * for a moment, 503 {@code SERVICE_UNAVAILABLE} with {@code Retry-After}.
 */
final class NovitaErrors {
  static final ErrorTable TABLE =
      ErrorTable.builder()
          .map(InvalidFieldException.class, 400, "INVALID_REQUEST_BODY")
          .map(MalformedRequestException.class, 400, "INVALID_REQUEST_BODY")
          .map(SlowBodyException.class, 408, "REQUEST_TIMEOUT")
          .map(ApiKeyRefusedException.class, 401, "INVALID_API_KEY")
          .map(UnknownIdException.class, 404, "TASK_NOT_FOUND")
          .map(TaskNotCancellableException.class, 409, "TASK_NOT_CANCELLABLE")
          .map(IdempotencyConflictException.class, 409, "IDEMPOTENCY_KEY_CONFLICT")
          .map(InsufficientCreditException.class, 403, "NOT_ENOUGH_BALANCE")
          .map(TooManyRequestsException.class, 429, "RATE_LIMIT_EXCEEDED")
          .map(ContentPolicyException.class, 400, "CONTENT_POLICY_VIOLATION")
          .map(ServiceUnavailableException.class, 503, "SERVICE_UNAVAILABLE")
          .map(StartingUpException.class, 503, "SERVICE_UNAVAILABLE")
          .status(404, "NOT_FOUND")
          .status(405, "METHOD_NOT_ALLOWED")
          .status(413, "REQUEST_BODY_TOO_LARGE")
          .internal(500, "INTERNAL_SERVER_ERROR")
          .build();

  private NovitaErrors() {}

  static void write(Context ctx, ErrorTable.Failure failure) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    if (failure.field() != null) metadata.put("field", failure.field());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", failure.status());
    body.put("reason", failure.code());
    body.put("message", failure.message());
    body.put("metadata", metadata);
    NovitaJson.write(ctx.status(failure.status()), body);
  }
}
