package io.reelgate.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.client.AuthenticationException;
import io.reelgate.client.InsufficientBalanceException;
import io.reelgate.client.InvalidRequestException;
import io.reelgate.client.NotFoundException;
import io.reelgate.client.RateLimitedException;
import io.reelgate.client.ReelgateClientException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Which failed creates may go to the next route (surely not accepted) and which may not. */
class CallOutcomeTest {
  @Test
  void aCreateThatNeverConnectedOrWasRefusedByTheServerGoesToTheNextRoute() {
    assertThat(CallOutcome.of(noAnswer(new ConnectException("Connection refused")))).isEqualTo(CallOutcome.ROUTE_DOWN);
    assertThat(CallOutcome.of(noAnswer(new HttpConnectTimeoutException("connect timed out")))).isEqualTo(CallOutcome.ROUTE_DOWN);
    assertThat(CallOutcome.of(noAnswer(new IOException(new UnknownHostException("nowhere"))))).isEqualTo(CallOutcome.ROUTE_DOWN);
    assertThat(CallOutcome.of(new ReelgateClientException(503, null, "unavailable"))).isEqualTo(CallOutcome.ROUTE_DOWN);
    assertThat(CallOutcome.of(new ReelgateClientException(200, "1024", "internal error"))).isEqualTo(CallOutcome.ROUTE_DOWN);
    assertThat(CallOutcome.of(new NotFoundException(404, null, "no such endpoint"))).isEqualTo(CallOutcome.ROUTE_DOWN);
  }

  @Test
  void backPressureAccountsAndRequestsAreToldApart() {
    assertThat(CallOutcome.of(new RateLimitedException(429, null, "slow down", null))).isEqualTo(CallOutcome.BACK_PRESSURE);
    assertThat(CallOutcome.of(new RateLimitedException(200, "1002", "rate limit", null))).isEqualTo(CallOutcome.BACK_PRESSURE);
    assertThat(CallOutcome.of(new AuthenticationException(200, "1004", "not authorized"))).isEqualTo(CallOutcome.ACCOUNT_REFUSED);
    assertThat(CallOutcome.of(new InsufficientBalanceException(200, "1008", "insufficient balance")))
        .isEqualTo(CallOutcome.ACCOUNT_REFUSED);
    assertThat(CallOutcome.of(new InvalidRequestException(400, null, "bad duration", "duration")))
        .isEqualTo(CallOutcome.REQUEST_REFUSED);
    assertThat(CallOutcome.of(new ReelgateClientException(200, "1026", "sensitive content"))).isEqualTo(CallOutcome.REQUEST_REFUSED);
  }

  @Test
  void aCreateWhoseAnswerWasLostOrUnreadableMayHaveBeenAccepted() {
    assertThat(CallOutcome.of(noAnswer(new HttpTimeoutException("request timed out")))).isEqualTo(CallOutcome.ANSWER_LOST);
    assertThat(CallOutcome.of(noAnswer(new IOException("connection reset")))).isEqualTo(CallOutcome.ANSWER_LOST);
    assertThat(CallOutcome.of(new ReelgateClientException(200, null, "the create was answered without a task id")))
        .isEqualTo(CallOutcome.ANSWER_LOST);
    assertThat(CallOutcome.of(new ReelgateClientException(200, "1001", "timeout"))).isEqualTo(CallOutcome.ANSWER_LOST);
    assertThat(CallOutcome.of(new ReelgateClientException(408, null, "request timeout"))).isEqualTo(CallOutcome.ANSWER_LOST);
  }

  private static ReelgateClientException noAnswer(IOException cause) {
    return new ReelgateClientException(0, null, "no answer: " + cause, cause);
  }
}
