package io.reelgate.server.dialect.minimax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Task ids of one burst are 19 digits, and far apart: none can be guessed from another. */
class MiniMaxTaskIdsTest {
  @Test
  void ids_of_one_burst_are_19_digits_and_never_close_together() {
    MiniMaxTaskIds ids = new MiniMaxTaskIds();
    long[] burst = new long[2000];
    for (int i = 0; i < burst.length; i++) {
      String id = ids.next();
      assertThat(id).matches("[1-9][0-9]{18}");
      burst[i] = Long.parseLong(id);
    }

    Arrays.sort(burst);
    long closest = Long.MAX_VALUE;
    for (int i = 1; i < burst.length; i++) closest = Math.min(closest, burst[i] - burst[i - 1]);
    // Random 63-bit ids: the closest pair of 2000 is ~10^12 apart; ids from a clock and a
    // counter share their leading digits within a millisecond.
    assertThat(closest).isGreaterThan(1_000_000L);
  }
}
