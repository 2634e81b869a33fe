package io.reelgate.server.http;

import io.reelgate.server.keys.ApiKey;
import io.reelgate.server.keys.SecretHash;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The keys that authenticated in the last second, so that a client polling many times a second
 * costs the database one look-up a second, not one a poll. An entry is trusted for {@link
 * #FRESH_FOR} only: a key revoked by any instance (or by {@code reelgate keys revoke}) stops
 * working everywhere within that. Only keys that were found are kept; an unknown key is looked up
 * each time. Entries are named by the secret's SHA-256, never by the secret.
 */
final class RecentKeys {
  static final Duration FRESH_FOR = Duration.ofSeconds(1);
  /** Past this many entries the map is emptied: a burst of keys costs a look-up each, never memory. */
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(ApiKey key, long freshUntilNanos) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final LongSupplier nanoTime;

  RecentKeys(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** The key of {@code secret}: as found within the last second, else by {@code lookUp}. */
  Optional<ApiKey> authenticate(String secret, Function<String, Optional<ApiKey>> lookUp) {
    String name = SecretHash.sha256(secret);
    long now = nanoTime.getAsLong();
    Entry entry = entries.get(name);
    if (entry != null && now - entry.freshUntilNanos() < 0) return Optional.of(entry.key());
    Optional<ApiKey> found = lookUp.apply(secret);
    if (found.isPresent()) {
      if (entries.size() >= MAX_ENTRIES) entries.clear();
      entries.put(name, new Entry(found.get(), now + FRESH_FOR.toNanos()));
    } else {
      entries.remove(name);
    }
    return found;
  }
}
