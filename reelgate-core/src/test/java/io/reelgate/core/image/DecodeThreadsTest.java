package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DecodeThreadsTest {
  @Test
  void a_decode_asked_for_on_a_virtual_thread_runs_where_its_cpu_time_is_measured() throws Exception {
    AtomicReference<Long> cpu = new AtomicReference<>();
    Thread request = Thread.ofVirtual().start(() -> {
      try {
        cpu.set(DecodeThreads.run(() -> ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()));
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    });
    request.join();

    // On the virtual thread itself the JVM answers -1, and the decode limit fell back to wall time.
    assertThat(cpu.get()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void an_interrupted_caller_stops_its_decode() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean stopped = new AtomicBoolean();
    Thread caller = Thread.ofVirtual().start(() -> {
      assertThatThrownBy(() -> DecodeThreads.run(() -> {
        started.countDown();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          stopped.set(true);
        }
        return null;
      })).isInstanceOf(InterruptedException.class);
    });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    caller.interrupt();
    caller.join(10_000);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!stopped.get() && System.nanoTime() < deadline) Thread.sleep(10);
    assertThat(stopped).as("the decode thread was interrupted too").isTrue();
  }

  @Test
  void a_decode_failure_reaches_the_caller_as_it_was_thrown() {
    assertThatThrownBy(() -> DecodeThreads.run(() -> {
      throw new IllegalArgumentException("damaged");
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("damaged");
  }
}
