package io.reelgate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.keys.ApiKey;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RecentKeysTest {
  private final AtomicLong nanos = new AtomicLong(1_000);
  private final RecentKeys recent = new RecentKeys(nanos::get);
  private final AtomicInteger lookUps = new AtomicInteger();
  private final AtomicReference<Optional<ApiKey>> stored =
      new AtomicReference<>(Optional.of(new ApiKey("key1", "alice", Instant.EPOCH, false, null)));

  private Optional<ApiKey> authenticate() {
    return recent.authenticate("rg_secret", secret -> {
      lookUps.incrementAndGet();
      return stored.get();
    });
  }

  @Test
  void a_key_found_is_trusted_for_one_second_then_looked_up_again() {
    assertThat(authenticate()).isPresent();
    nanos.addAndGet(RecentKeys.FRESH_FOR.toNanos() - 1);
    assertThat(authenticate()).isPresent();
    assertThat(lookUps).hasValue(1);

    nanos.addAndGet(1);
    assertThat(authenticate()).isPresent();
    assertThat(lookUps).hasValue(2);
  }

  @Test
  void a_key_revoked_elsewhere_stops_working_within_one_second() {
    assertThat(authenticate()).isPresent();
    stored.set(Optional.empty()); // revoked by another instance, or by `reelgate keys revoke`

    nanos.addAndGet(RecentKeys.FRESH_FOR.toNanos());

    assertThat(authenticate()).isEmpty();
    assertThat(authenticate()).isEmpty();
    assertThat(lookUps).as("an unknown key is looked up every time").hasValue(3);
  }
}
