package io.reelgate.server.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.TooManyRequestsException;
import io.reelgate.core.error.TooManyInFlightException;
import org.junit.jupiter.api.Test;

class InFlightLimiterTest {
  @Test
  void a_key_at_its_limit_is_refused_as_rate_limited_and_other_keys_are_not() {
    InFlightLimiter limiter = new InFlightLimiter(2);
    limiter.enter("alice");
    limiter.enter("alice");
    assertThatThrownBy(() -> limiter.enter("alice"))
        .isInstanceOf(TooManyInFlightException.class)
        .isInstanceOf(TooManyRequestsException.class)
        .hasMessageContaining("already has 2 creates being received")
        .satisfies(e -> assertThat(((TooManyRequestsException) e).retryAfterSeconds()).isEqualTo(1));
    limiter.enter("bob");
  }

  @Test
  void a_place_given_back_twice_is_given_back_once() {
    InFlightLimiter limiter = new InFlightLimiter(2);
    InFlightLimiter.Permit first = limiter.enter("alice");
    limiter.enter("alice");
    first.close();
    first.close();
    assertThat(limiter.inFlight("alice")).isEqualTo(1);
    limiter.enter("alice");
    assertThatThrownBy(() -> limiter.enter("alice")).isInstanceOf(TooManyInFlightException.class);
  }

  @Test
  void a_key_whose_creates_all_ended_holds_nothing() {
    InFlightLimiter limiter = new InFlightLimiter(1);
    limiter.enter("alice").close();
    assertThat(limiter.inFlight("alice")).isZero();
  }

  @Test
  void zero_is_no_limit() {
    InFlightLimiter limiter = new InFlightLimiter(0);
    for (int i = 0; i < 1000; i++) limiter.enter("alice");
    assertThat(limiter.inFlight("alice")).isZero();
  }
}
