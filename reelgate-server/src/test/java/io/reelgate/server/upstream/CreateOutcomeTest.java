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
class CreateOutcomeTest {
  @Test
  void aCreateThatNeverConnectedOrWasRefusedByTheServerGoesToTheNextRoute() {
    assertThat(CreateOutcome.of(noAnswer(new ConnectException("Connection refused")))).isEqualTo(CreateOutcome.ROUTE_DOWN);
    assertThat(CreateOutcome.of(noAnswer(new HttpConnectTimeoutException("connect timed out")))).isEqualTo(CreateOutcome.ROUTE_DOWN);
    assertThat(CreateOutcome.of(noAnswer(new IOException(new UnknownHostException("nowhere"))))).isEqualTo(CreateOutcome.ROUTE_DOWN);
    assertThat(CreateOutcome.of(new ReelgateClientException(503, null, "unavailable"))).isEqualTo(CreateOutcome.ROUTE_DOWN);
    assertThat(CreateOutcome.of(new ReelgateClientException(200, "1024", "internal error"))).isEqualTo(CreateOutcome.ROUTE_DOWN);
    assertThat(CreateOutcome.of(new NotFoundException(404, null, "no such endpoint"))).isEqualTo(CreateOutcome.ROUTE_DOWN);
  }

  @Test
  void backPressureAccountsAndRequestsAreToldApart() {
    assertThat(CreateOutcome.of(new RateLimitedException(429, null, "slow down", null))).isEqualTo(CreateOutcome.BACK_PRESSURE);
    assertThat(CreateOutcome.of(new RateLimitedException(200, "1002", "rate limit", null))).isEqualTo(CreateOutcome.BACK_PRESSURE);
    assertThat(CreateOutcome.of(new AuthenticationException(200, "1004", "not authorized"))).isEqualTo(CreateOutcome.ACCOUNT_REFUSED);
    assertThat(CreateOutcome.of(new InsufficientBalanceException(200, "1008", "insufficient balance")))
        .isEqualTo(CreateOutcome.ACCOUNT_REFUSED);
    assertThat(CreateOutcome.of(new InvalidRequestException(400, null, "bad duration", "duration")))
        .isEqualTo(CreateOutcome.REQUEST_REFUSED);
    assertThat(CreateOutcome.of(new ReelgateClientException(200, "1026", "sensitive content"))).isEqualTo(CreateOutcome.REQUEST_REFUSED);
  }

  @Test
  void aCreateWhoseAnswerWasLostOrUnreadableMayHaveBeenAccepted() {
    assertThat(CreateOutcome.of(noAnswer(new HttpTimeoutException("request timed out")))).isEqualTo(CreateOutcome.ANSWER_LOST);
    assertThat(CreateOutcome.of(noAnswer(new IOException("connection reset")))).isEqualTo(CreateOutcome.ANSWER_LOST);
    assertThat(CreateOutcome.of(new ReelgateClientException(200, null, "the create was answered without a task id")))
        .isEqualTo(CreateOutcome.ANSWER_LOST);
    assertThat(CreateOutcome.of(new ReelgateClientException(200, "1001", "timeout"))).isEqualTo(CreateOutcome.ANSWER_LOST);
    assertThat(CreateOutcome.of(new ReelgateClientException(408, null, "request timeout"))).isEqualTo(CreateOutcome.ANSWER_LOST);
  }

  private static ReelgateClientException noAnswer(IOException cause) {
    return new ReelgateClientException(0, null, "no answer: " + cause, cause);
  }
}
