package io.reelgate.server.dialect.gptproto;

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
import io.reelgate.server.http.MalformedRequestException;
import io.reelgate.server.http.StartingUpException;
import io.reelgate.server.http.SlowBodyException;

/**
 * GPTProto's errors: its wrapper with {@code data: null}, the message (which begins with the field
 * for a field's error, {@code "duration: must be an integer"}) and the status as {@code code},
 * the same as the HTTP status. Its document's table names 401, 403, 429, 500 and content policy
 * (400, answered only by the {@code content-policy} scenario: Reelgate filters no content itself).
 * It answers 401, 400 for what it refuses in a request, 403 for a key without enough credit, 404
 * for a prediction it does not know (or of another key), 413 for a body over the size limit, 429
 * over the key's rate and 503 while unavailable (both with {@code Retry-After}), and 500. The
 * table's codes are the error names of GPTProto's table; the wire carries only the message and
 * the status.
 */
final class GptprotoErrors {
  static final ErrorTable TABLE =
      ErrorTable.builder()
          .map(InvalidFieldException.class, 400, "Bad Request")
          .map(MalformedRequestException.class, 400, "Bad Request")
          .map(SlowBodyException.class, 408, "Request Timeout")
          .map(ApiKeyRefusedException.class, 401, "Unauthorized")
          .map(UnknownIdException.class, 404, "Not Found")
          .map(ConflictException.class, 409, "Conflict")
          .map(InsufficientCreditException.class, 403, "Insufficient Balance")
          .map(TooManyRequestsException.class, 429, "Too Many Requests")
          .map(ContentPolicyException.class, 400, "Content Policy")
          .map(ServiceUnavailableException.class, 503, "Service Unavailable")
          .map(StartingUpException.class, 503, "Service Unavailable")
          .status(404, "Not Found")
          .status(405, "Method Not Allowed")
          .status(413, "Payload Too Large")
          .internal(500, "Internal server error")
          .build();

  private GptprotoErrors() {}

  static void write(Context ctx, ErrorTable.Failure failure) {
    GptprotoJson.failure(ctx, failure.status(), failure.message());
  }
}
