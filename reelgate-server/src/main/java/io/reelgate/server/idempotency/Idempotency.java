package io.reelgate.server.idempotency;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.reelgate.core.error.IdempotencyConflictException;
import io.reelgate.core.error.InvalidFieldException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code Idempotency-Key} header of every dialect's create, written once: {@link #wrap} puts
 * it around a create handler. The same key (per API key) with the same request (method, path and
 * body bytes) within {@link IdempotencyStore#KEPT_FOR} answers the original status and body bytes
 * again, with {@code Idempotent-Replayed: true}, and creates nothing. The same key with another
 * request is an {@link IdempotencyConflictException}. A twin sent while the first is still being
 * answered waits for it (up to {@link #WAIT_FOR_TWIN}) and then replays it. A create that fails
 * (the handler throws, nothing was created) keeps nothing, so that it can be sent again fixed.
 * Without the header nothing changes.
 */
public final class Idempotency {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  static final Duration WAIT_FOR_TWIN = Duration.ofSeconds(10);
  private static final long POLL_MILLIS = 25;
  private static final int MAX_KEY_LENGTH = 255;
  private static final Duration CLEAN_EVERY = Duration.ofMinutes(10);
  private static final Logger log = LoggerFactory.getLogger(Idempotency.class);

  /** The id of the API key a request authenticates with (throwing when it does not). */
  @FunctionalInterface
  public interface KeyOf {
    String keyId(Context ctx);
  }

  private final IdempotencyStore store;
  private final Clock clock;
  private final AtomicLong nextCleaning = new AtomicLong(Long.MIN_VALUE);

  public Idempotency(IdempotencyStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Handler wrap(KeyOf keyOf, Handler create) {
    return ctx -> {
      String header = ctx.header(HEADER);
      if (header == null) {
        create.handle(ctx);
        return;
      }
      String idemKey = checked(header);
      String keyId = keyOf.keyId(ctx);
      String hash = hash(ctx);
      cleanOccasionally();
      long deadline = System.nanoTime() + WAIT_FOR_TWIN.toNanos();
      while (true) {
        switch (store.begin(keyId, idemKey, hash, clock.instant())) {
          case IdempotencyStore.Started started -> {
            answerFirst(ctx, keyId, idemKey, create);
            return;
          }
          case IdempotencyStore.Replay replay -> {
            ctx.status(replay.status()).contentType("application/json").header(REPLAYED_HEADER, "true")
                .result(replay.body());
            return;
          }
          case IdempotencyStore.Mismatch mismatch -> throw IdempotencyConflictException.reusedForAnotherRequest(idemKey);
          case IdempotencyStore.Pending pending -> {
            if (System.nanoTime() > deadline) throw IdempotencyConflictException.stillInProgress(idemKey);
            Thread.sleep(POLL_MILLIS);
          }
        }
      }
    };
  }

  private void answerFirst(Context ctx, String keyId, String idemKey, Handler create) throws Exception {
    try {
      create.handle(ctx);
    } catch (Exception | Error e) {
      store.abandon(keyId, idemKey);
      throw e;
    }
    byte[] body;
    try (InputStream result = ctx.resultInputStream()) {
      body = result == null ? new byte[0] : result.readAllBytes();
    }
    ctx.result(body);
    store.complete(keyId, idemKey, ctx.statusCode(), body);
  }

  private void cleanOccasionally() {
    Instant now = clock.instant();
    long due = nextCleaning.get();
    if (now.toEpochMilli() < due || !nextCleaning.compareAndSet(due, now.plus(CLEAN_EVERY).toEpochMilli())) return;
    try {
      int deleted = store.deleteExpired(now);
      if (deleted > 0) log.debug("{} expired idempotency key(s) deleted", deleted);
    } catch (RuntimeException e) {
      log.warn("cannot delete expired idempotency keys", e);
    }
  }

  private static String checked(String header) {
    String key = header.strip();
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
      throw new InvalidFieldException(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters");
    }
    return key;
  }

  private static String hash(Context ctx) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((ctx.method().name() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(ctx.bodyAsBytes());
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
