package io.reelgate.server.dialect.evolink;

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
import io.reelgate.server.links.LinkRefusedException;
import io.reelgate.server.http.MalformedRequestException;
import io.reelgate.server.http.StartingUpException;
import io.reelgate.server.http.SlowBodyException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evolink's error envelope, {@code {"error": {"code": 400, "message": "...", "type":
 * "invalid_request_error", "param": "quality", "fallback_suggestion": "..."}}}, with the status and
 * type pairs its documentation lists, and the one table from errors to them for this dialect.
 * {@code param} is the wire name of the field at fault and {@code fallback_suggestion} a hint for
 * the errors worth retrying; both are left out when there is nothing to say, as in Evolink's
 * examples. Input the content policy refuses (only the {@code content-policy} scenario does) is a
 * 400 of type {@code content_policy_violation}, the code Evolink gives a task it refused so.
 */
final class EvolinkErrors {
  static final ErrorTable TABLE =
      ErrorTable.builder()
          .map(InvalidFieldException.class, 400, "invalid_request_error")
          .map(MalformedRequestException.class, 400, "invalid_request_error")
          .map(SlowBodyException.class, 408, "invalid_request_error")
          .map(ApiKeyRefusedException.class, 401, "authentication_error")
          .map(LinkRefusedException.class, 403, "permission_error")
          .map(UnknownIdException.class, 404, "not_found_error")
          .map(ConflictException.class, 409, "invalid_request_error")
          .map(InsufficientCreditException.class, 402, "insufficient_quota_error")
          .map(TooManyRequestsException.class, 429, "rate_limit_error")
          .map(ContentPolicyException.class, 400, "content_policy_violation")
          .map(ServiceUnavailableException.class, 503, "service_unavailable_error")
          .map(StartingUpException.class, 503, "service_unavailable_error")
          .status(400, "invalid_request_error")
          .status(401, "authentication_error")
          .status(402, "insufficient_quota_error")
          .status(403, "permission_error")
          .status(404, "not_found_error")
          .status(405, "invalid_request_error")
          .status(413, "request_too_large_error")
          .status(429, "rate_limit_error")
          .internal(500, "internal_server_error")
          .build();

  private EvolinkErrors() {}

  static void write(Context ctx, ErrorTable.Failure failure) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", failure.status());
    error.put("message", failure.message());
    error.put("type", failure.code());
    String param = param(failure);
    if (param != null) error.put("param", param);
    String suggestion = fallbackSuggestion(failure.status());
    if (suggestion != null) error.put("fallback_suggestion", suggestion);
    EvolinkJson.write(ctx.status(failure.status()), Map.of("error", error));
  }

  /** The only thing this dialect looks up is a task, so a 404 is about {@code task_id}, as in Evolink's example. */
  private static String param(ErrorTable.Failure failure) {
    if (failure.field() != null) return failure.field();
    return failure.status() == 404 ? "task_id" : null;
  }

  private static String fallbackSuggestion(int status) {
    return switch (status) {
      case 413 -> "send images of at most 20 MB, or as URLs instead of data URIs";
      case 429 -> "retry after 60 seconds";
      case 500, 502 -> "try again later";
      case 503 -> "retry after the seconds of Retry-After";
      default -> null;
    };
  }
}
