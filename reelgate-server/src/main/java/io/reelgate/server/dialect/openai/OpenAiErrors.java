package io.reelgate.server.dialect.openai;

import io.javalin.http.Context;
import io.reelgate.core.error.ApiKeyRefusedException;
import io.reelgate.core.error.ConflictException;
import io.reelgate.core.error.ContentPolicyException;
import io.reelgate.core.error.InsufficientCreditException;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.error.ServiceUnavailableException;
import io.reelgate.core.error.TooManyRequestsException;
import io.reelgate.core.error.UnknownIdException;
import io.reelgate.server.http.ErrorTable;
import io.reelgate.server.http.MalformedRequestException;
import io.reelgate.server.http.SlowBodyException;
import io.reelgate.server.http.StartingUpException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OpenAI's error envelope, {@code {"error": {"message", "type", "param", "code"}}}, with the HTTP
 * statuses the {@code openai} SDK turns into its typed exceptions (400 BadRequestError, 401
 * AuthenticationError, 403 PermissionDeniedError, 404 NotFoundError, 409 ConflictError, 429
 * RateLimitError, 5xx InternalServerError). The table's code is {@code <type>/<code>}: {@code
 * type} is OpenAI's class of error, {@code code} the particular one; {@code param} names the wire
 * field at fault ({@code size}, {@code seconds}, {@code input_reference}) and is null otherwise.
 * A key without enough credit is 403 {@code insufficient_quota}, as a refused purchase is not a
 * rate; input the content policy refuses (only the {@code content-policy} scenario does) is 400
 * {@code moderation_blocked}, the code OpenAI gives such a video.
 */
final class OpenAiErrors {
  static final String INVALID = "invalid_request_error";

  static final ErrorTable TABLE =
      ErrorTable.builder()
          .map(InvalidFieldException.class, 400, INVALID + "/invalid_value")
          .map(MalformedRequestException.class, 400, INVALID + "/invalid_body")
          .map(SlowBodyException.class, 408, INVALID + "/request_timeout")
          .map(ApiKeyRefusedException.class, 401, INVALID + "/invalid_api_key")
          .map(UnknownIdException.class, 404, INVALID + "/not_found")
          .map(ConflictException.class, 409, INVALID + "/conflict")
          .map(InsufficientCreditException.class, 403, "insufficient_quota/insufficient_quota")
          .map(TooManyRequestsException.class, 429, "requests/rate_limit_exceeded")
          .map(ContentPolicyException.class, 400, INVALID + "/moderation_blocked")
          .map(ServiceUnavailableException.class, 503, "server_error/service_unavailable")
          .map(StartingUpException.class, 503, "server_error/service_unavailable")
          .status(400, INVALID + "/invalid_request")
          .status(404, INVALID + "/not_found")
          .status(405, INVALID + "/method_not_allowed")
          .status(413, INVALID + "/request_too_large")
          .internal(500, "server_error/internal_error")
          .build();

  private OpenAiErrors() {}

  static void write(Context ctx, ErrorTable.Failure failure) {
    String[] typeAndCode = failure.code().split("/", 2);
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", failure.message());
    error.put("type", typeAndCode[0]);
    error.put("param", failure.field());
    error.put("code", typeAndCode.length > 1 ? typeAndCode[1] : null);
    OpenAiJson.write(ctx.status(failure.status()), Map.of("error", error));
  }
}
