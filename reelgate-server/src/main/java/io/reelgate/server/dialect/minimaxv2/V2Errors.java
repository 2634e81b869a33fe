package io.reelgate.server.dialect.minimaxv2;

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
import io.reelgate.server.http.RequestIds;
import io.reelgate.server.http.SlowBodyException;
import io.reelgate.server.http.StartingUpException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * MiniMax V2's error envelope, with the HTTP status it names: {@code {"type": "error", "error":
 * {"type": "bad_request_error", "message": "invalid params, duration: ... (2013)", "http_code":
 * "400"}, "request_id": "..."}}. The error's type follows from the status, as MiniMax's list
 * pairs them; its code ends the message in brackets.
 *
 * <ul>
 *   <li>400 bad_request_error 2013: a field (named as the wire names it: {@code content[1].role},
 *       {@code first_frame}, {@code reference_video}, {@code text}, {@code duration}), a body
 *       that is not a JSON object, a task id this key has none of ({@code invalid task_id}, as
 *       MiniMax answers an id older than its 7 days), a reused {@code Idempotency-Key} or a cancel
 *       of an ended task (Reelgate's extensions); 408 for a body that arrived too slowly, 413 for
 *       one over 64 MB, 404 and 405 for an unknown path or method, all with 2013.
 *   <li>401 authorized_error 1004: no key, or one this server does not know.
 *   <li>402 insufficient_balance_error 1008: too little credit (docs/BILLING.md).
 *   <li>422 unprocessable_entity_error 1026: input the content policy refused (only the {@code
 *       content-policy} scenario does).
 *   <li>429 rate_limit_error 1002: over the key's rate or creates in flight ({@code Retry-After}).
 *   <li>500 server_error 1000, never with the error's own message; 503 server_error 1000 for the
 *       service unavailable for a moment or still starting ({@code Retry-After}).
 * </ul>
 *
 * <p>Novita documents no error body of its own for its H3 paths (it says the parameters follow
 * MiniMax's), so they answer this same envelope.
 */
final class V2Errors {
  static final ErrorTable TABLE =
      ErrorTable.builder()
          .map(InvalidFieldException.class, 400, "2013")
          .map(MalformedRequestException.class, 400, "2013")
          .map(UnknownIdException.class, 400, "2013")
          .map(ConflictException.class, 400, "2013")
          .map(SlowBodyException.class, 408, "2013")
          .map(ApiKeyRefusedException.class, 401, "1004")
          .map(InsufficientCreditException.class, 402, "1008")
          .map(ContentPolicyException.class, 422, "1026")
          .map(TooManyRequestsException.class, 429, "1002")
          .map(ServiceUnavailableException.class, 503, "1000")
          .map(StartingUpException.class, 503, "1000")
          .status(400, "2013")
          .status(404, "2013")
          .status(405, "2013")
          .status(413, "2013")
          .internal(500, "1000")
          .build();

  private V2Errors() {}

  static void write(Context ctx, ErrorTable.Failure failure) {
    boolean invalid = failure.code().equals("2013");
    String message = (invalid ? "invalid params, " : "") + failure.message() + " (" + failure.code() + ")";
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", type(failure.status()));
    error.put("message", message);
    error.put("http_code", Integer.toString(failure.status()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "error");
    body.put("error", error);
    body.put("request_id", MDC.get(RequestIds.MDC_KEY));
    V2Json.write(ctx.status(failure.status()), body);
  }

  /** MiniMax's error type for an HTTP status. */
  static String type(int status) {
    return switch (status) {
      case 401 -> "authorized_error";
      case 402 -> "insufficient_balance_error";
      case 422 -> "unprocessable_entity_error";
      case 429 -> "rate_limit_error";
      default -> status >= 500 ? "server_error" : "bad_request_error";
    };
  }
}
