package io.reelgate.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link Settings} promises; a backend runs it by extending this class. */
public abstract class SettingsContract {
  /** Settings on a fresh, empty database; each call a new instance on the same database. */
  protected abstract Settings settings();

  @Test
  void the_first_value_stored_is_kept() {
    assertThat(settings().getOrCreate("colour", () -> "blue")).isEqualTo("blue");

    assertThat(settings().getOrCreate("colour", () -> "red")).isEqualTo("blue");
    assertThat(settings().getOrCreate("size", () -> "large")).isEqualTo("large");
  }

  @Test
  void instances_racing_to_set_a_value_all_get_the_same_one() throws Exception {
    int racers = 8;
    ExecutorService threads = Executors.newFixedThreadPool(racers);
    CountDownLatch go = new CountDownLatch(1);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        String mine = "value-" + i;
        Settings instance = settings();
        running.add(threads.submit(() -> {
          go.await();
          seen.add(instance.getOrCreate("secret", () -> mine));
          return null;
        }));
      }
      go.countDown();
      for (Future<?> racer : running) racer.get();
    } finally {
      threads.shutdownNow();
    }

    assertThat(seen).hasSize(1);
    assertThat(settings().getOrCreate("secret", () -> "late")).isEqualTo(seen.iterator().next());
  }
}
