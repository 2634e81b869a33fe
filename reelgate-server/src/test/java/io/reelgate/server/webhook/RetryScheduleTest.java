package io.reelgate.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  @Test
  void a_schedule_is_read_back_as_it_was_stored() {
    RetrySchedule schedule = RetrySchedule.of(WebhookPolicy.doubling(Duration.ofSeconds(1), 3));

    assertThat(schedule.stored()).isEqualTo("1000,2000,4000");
    assertThat(RetrySchedule.parse(schedule.stored())).isEqualTo(schedule);
  }

  @Test
  void no_retries_is_one_attempt() {
    RetrySchedule none = RetrySchedule.parse(RetrySchedule.of(List.of()).stored());

    assertThat(none.pausesMs()).isEmpty();
    assertThat(none.maxAttempts()).isEqualTo(1);
  }

  @Test
  void the_pause_after_an_attempt_is_its_entry_scaled() {
    RetrySchedule schedule = RetrySchedule.parse("1000,2000,4000");

    assertThat(schedule.maxAttempts()).isEqualTo(4);
    assertThat(schedule.pauseAfterMs(1, 1.0)).isEqualTo(1000);
    assertThat(schedule.pauseAfterMs(3, 0.01)).isEqualTo(40);
  }
}
