package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.net.GuardedHttpClient;
import io.reelgate.core.net.HostResolver;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline of an image URL holds even where the client's own reads cannot check it: a host
 * name whose lookup hangs (a hostile DNS server can stall it for tens of seconds).
 */
class HttpImageSourceDeadlineTest {
  private final CountDownLatch released = new CountDownLatch(1);
  private final HostResolver stalling =
      host -> {
        try {
          released.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return List.of(InetAddress.getLoopbackAddress());
      };

  @AfterEach
  void release() {
    released.countDown();
  }

  @Test
  void a_host_name_that_does_not_resolve_within_the_deadline_is_refused_at_the_deadline() {
    HttpImageSource source =
        new HttpImageSource(
            GuardedHttpClient.builder().allowPrivateNetwork(true).resolver(stalling).build(), Duration.ofMillis(500), ImageRules.MAX_BYTES);
    long start = System.nanoTime();
    assertThatThrownBy(() -> source.fetch("image", "http://stalling.test/cat.png"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("took longer than");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }
}
