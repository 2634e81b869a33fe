package io.reelgate.server.scenario;

import io.reelgate.core.error.TooManyRequestsException;
import java.time.Duration;

/** A create refused by the {@code rate-limited} scenario: answered as every rate limit is. */
final class ScenarioRateLimit extends TooManyRequestsException {
  ScenarioRateLimit(String keyId, int refusal, int refusals, long retryAfterSeconds) {
    super("rate limit exceeded (scenario rate-limited, refusal " + refusal + " of " + refusals + "): retry after "
        + retryAfterSeconds + " s", keyId, Duration.ofSeconds(retryAfterSeconds));
  }
}
