package io.reelgate.server.dialect.gptproto.unified;

import io.javalin.http.Context;
import io.reelgate.core.error.ApiKeyRefusedException;
import io.reelgate.core.error.ContentPolicyException;
import io.reelgate.core.error.ServiceUnavailableException;
import io.reelgate.core.error.ConflictException;
import io.reelgate.core.error.InsufficientCreditException;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.error.UnknownIdException;
import io.reelgate.core.error.TooManyRequestsException;
import io.reelgate.server.http.ErrorTable;
import io.reelgate.server.http.StartingUpException;
import io.reelgate.server.http.MalformedRequestException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The unified API's error body, {@code {"error": {"code": <HTTP status>, "message": "..."}}}, as
 * GPTProto's reference and SDKs read it (its prose shows a flat {@code {code, message, type}} that
 * the SDKs cannot decode). The message of a field's error begins with the field, {@code
 * "duration: ..."}. The reference names 400 (a bad field or an unknown model), 401 and 429; Reelgate
 * adds 404 for a task it does not know (or of another key), 409 for an {@code Idempotency-Key}
 * conflict or the cancel of an ended task, 403 for a key without enough credit (as GPTProto's
 * per-model API), 400 for input its content policy refuses (only the {@code content-policy}
 * scenario does), 413 for a body over the size limit, 503 while unavailable and 500. The table's codes are only names;
 * the wire carries the status.
 */
final class UnifiedErrors {
  static final ErrorTable TABLE =
      ErrorTable.builder()
          .map(InvalidFieldException.class, 400, "bad_request")
          .map(MalformedRequestException.class, 400, "bad_request")
          .map(ApiKeyRefusedException.class, 401, "unauthorized")
          .map(InsufficientCreditException.class, 403, "insufficient_balance")
          .map(UnknownIdException.class, 404, "not_found")
          .map(ConflictException.class, 409, "conflict")
          .map(TooManyRequestsException.class, 429, "too_many_requests")
          .map(ContentPolicyException.class, 400, "content_policy")
          .map(ServiceUnavailableException.class, 503, "service_unavailable")
          .map(StartingUpException.class, 503, "service_unavailable")
          .status(404, "not_found")
          .status(405, "method_not_allowed")
          .status(413, "payload_too_large")
          .internal(500, "internal_error")
          .build();

  private UnifiedErrors() {}

  static void write(Context ctx, ErrorTable.Failure failure) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", failure.status());
    error.put("message", failure.message());
    UnifiedJson.write(ctx, failure.status(), Map.of("error", error));
  }
}
