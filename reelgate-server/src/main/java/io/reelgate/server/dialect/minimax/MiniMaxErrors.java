package io.reelgate.server.dialect.minimax;

import io.javalin.http.Context;
import io.reelgate.core.error.ApiKeyRefusedException;
import io.reelgate.core.error.ConflictException;
import io.reelgate.core.error.ContentPolicyException;
import io.reelgate.core.error.InsufficientCreditException;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.error.ServiceUnavailableException;
import io.reelgate.core.error.UnknownIdException;
import io.reelgate.core.error.TooManyRequestsException;
import io.reelgate.server.http.ErrorTable;
import io.reelgate.server.http.MalformedRequestException;
import io.reelgate.server.http.StartingUpException;
import io.reelgate.server.http.SlowBodyException;
import java.util.Map;

/**
 * MiniMax's errors: always HTTP 200, with {@code {"base_resp": {"status_code": 2013,
 * "status_msg": "invalid params, duration: ..."}}}. The table's HTTP status only classifies the
 * error (a 5xx is logged with its stack trace); its code is MiniMax's status code, written as the
 * number it is.
 *
 * <p>The codes Reelgate answers:
 *
 * <ul>
 *   <li>2013 invalid params: a field of the body or the query (the message starts {@code invalid
 *       params, } and names the wire field, e.g. {@code first_frame_image: ...}); a body that is not
 *       a JSON object or is too large; and a task or file that does not exist for this key (MiniMax
 *       has no not-found code; {@code invalid params, task not found: <id>}); an {@code
 *       Idempotency-Key} already used for another request (or whose first request is still being
 *       answered), and a cancel of a task that has ended (Reelgate's extensions).
 *   <li>1004 not authorized: no {@code Authorization} header.
 *   <li>2049 invalid API key: a header whose key is unknown or revoked, or neither {@code Bearer
 *       <key>} nor the bare key.
 *   <li>1008 insufficient balance: the key has not enough credit for the task (docs/BILLING.md).
 *   <li>1002 rate limit: the key sent creates faster than its rate, or has too many creates in
 *       flight ({@code Retry-After} says when to try again); also a request in the moment the
 *       server is starting and cannot answer it yet, since 1002 is the code MiniMax's clients wait
 *       and retry on.
 *   <li>1001 timeout: the request body arrived too slowly and was cut off (README, "Limits").
 *   <li>1026 sensitive content: the content policy refused the input, at create or, in the {@code
 *       base_resp} of a query, after accepting the task (Reelgate filters no content: only the
 *       {@code content-policy} scenario does, docs/SCENARIOS.md).
 *   <li>1024 internal error: never with the error's own message.
 *   <li>1000 unknown error: a refusal of the web layer with no better code, the service unavailable
 *       for a moment (the {@code server-error} scenario, with {@code Retry-After}), and the {@code
 *       base_resp} of a query whose task failed (its message is the task's reason). An unknown path under
 *       {@code /v1/} (404) and a wrong method (405, with {@code Allow}) keep their HTTP status: the
 *       request reached no endpoint.
 * </ul>
 */
final class MiniMaxErrors {
  static final int UNKNOWN = 1000;
  static final int INVALID_PARAMS = 2013;
  static final int SENSITIVE = 1026;

  static final ErrorTable TABLE =
      ErrorTable.builder()
          .map(InvalidFieldException.class, 400, "2013")
          .map(MalformedRequestException.class, 400, "2013")
          .map(SlowBodyException.class, 408, "1001")
          .map(UnknownIdException.class, 404, "2013")
          .map(ConflictException.class, 409, "2013")
          .map(ApiKeyRefusedException.class, 401, "2049")
          .map(KeyMissingException.class, 401, "1004")
          .map(InsufficientCreditException.class, 402, "1008")
          .map(TooManyRequestsException.class, 429, "1002")
          .map(ContentPolicyException.class, 400, "1026")
          .map(ServiceUnavailableException.class, 503, "1000")
          .map(StartingUpException.class, 503, "1002")
          .status(400, "2013")
          .status(413, "2013")
          .internal(500, "1024")
          .build();

  private MiniMaxErrors() {}

  static void write(Context ctx, ErrorTable.Failure failure) {
    int code = statusCode(failure.code());
    String message = code == INVALID_PARAMS ? "invalid params, " + failure.message() : failure.message();
    MiniMaxJson.write(ctx, Map.of("base_resp", new BaseResp(code, message)));
  }

  /** The table's codes are MiniMax's numbers; a web-layer status without one is unknown. */
  private static int statusCode(String code) {
    return code.chars().allMatch(Character::isDigit) ? Integer.parseInt(code) : UNKNOWN;
  }
}
