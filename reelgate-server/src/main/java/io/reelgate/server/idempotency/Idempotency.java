package io.reelgate.server.idempotency;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.reelgate.core.error.IdempotencyConflictException;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.task.Task;
import io.reelgate.server.store.WrittenWithTask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
 *
 * <p>No crash can separate a record from its task: the handler's create writes the record's
 * answer with {@link #answerWith} in the transaction that inserts the task. Until then the record
 * is pending, held by a lease that this instance renews every third of {@code lease} while the
 * request works; if the process dies, the lease runs out and the key is free again (at once on
 * restart when the database is this process's alone, see {@link #releaseLeftovers}).
 */
public final class Idempotency implements AutoCloseable {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  static final Duration WAIT_FOR_TWIN = Duration.ofSeconds(10);
  private static final long POLL_MILLIS = 25;
  private static final int MAX_KEY_LENGTH = 255;
  private static final Duration CLEAN_EVERY = Duration.ofMinutes(10);
  private static final String CLAIM_ATTRIBUTE = Idempotency.class.getName() + ".claim";
  private static final Logger log = LoggerFactory.getLogger(Idempotency.class);

  /** The id of the API key a request authenticates with (throwing when it does not). */
  @FunctionalInterface
  public interface KeyOf {
    String keyId(Context ctx);
  }

  /** A create's answer: its HTTP status and body bytes. */
  public record Answer(int status, byte[] body) {}

  private final IdempotencyStore store;
  private final Clock clock;
  private final Duration lease;
  /** Names this instance's claims; a counter makes each request's claim its own. */
  private final String instance = UUID.randomUUID().toString();
  private final AtomicLong claims = new AtomicLong();
  private final Set<IdempotencyStore.Claim> held = ConcurrentHashMap.newKeySet();
  private final AtomicLong nextCleaning = new AtomicLong(Long.MIN_VALUE);
  private final ScheduledExecutorService renewer;

  /** {@code lease}: how long a pending record outlives its process (the workers' task lease). */
  public Idempotency(IdempotencyStore store, Clock clock, Duration lease) {
    this.store = store;
    this.clock = clock;
    this.lease = lease;
    this.renewer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("idempotency-leases").daemon().factory());
    long every = Math.max(1, lease.toMillis() / 3);
    renewer.scheduleWithFixedDelay(this::renewHeld, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Releases the pending records a previous run left behind, when this process alone uses the
   * database (the embedded SQLite file): their requests died before creating anything.
   */
  public void releaseLeftovers() {
    int released = store.releaseAllPending();
    if (released > 0) log.info("released {} Idempotency-Key(s) whose requests a previous run left unanswered", released);
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
      String owner = instance + "/" + claims.incrementAndGet();
      long deadline = System.nanoTime() + WAIT_FOR_TWIN.toNanos();
      while (true) {
        switch (store.begin(keyId, idemKey, hash, owner, clock.instant(), lease)) {
          case IdempotencyStore.Started started -> {
            answerFirst(ctx, started.claim(), create);
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

  /**
   * What a create writes beside its task: for a request with an {@code Idempotency-Key}, its
   * record turned done with the task's id and {@code answer} (built from the task as inserted,
   * the bytes the request then answers); nothing for the others.
   */
  public WrittenWithTask answerWith(Context ctx, Function<Task, Answer> answer) {
    Optional<IdempotencyStore.Claim> claim = claimOf(ctx);
    if (claim.isEmpty()) return WrittenWithTask.NOTHING;
    return (connection, task) -> {
      Answer first = answer.apply(task);
      store.bind(connection, claim.get(), task.id(), first.status(), first.body());
    };
  }

  /**
   * Keeps {@code answer} as the one to replay for the request's task, instead of the one kept at
   * create (GPTProto's sync mode: the task as it ended). Best effort: a failure is logged, and a
   * replay then answers the task as it was accepted.
   */
  public void answerAgain(Context ctx, String taskId, Answer answer) {
    claimOf(ctx).ifPresent(claim -> {
      try {
        store.answerAgain(claim, taskId, answer.status(), answer.body());
      } catch (RuntimeException e) {
        log.warn("task {}: cannot keep its final answer for Idempotency-Key {}: {}", taskId, claim.idemKey(), e.toString());
      }
    });
  }

  private static Optional<IdempotencyStore.Claim> claimOf(Context ctx) {
    return Optional.ofNullable(ctx.attribute(CLAIM_ATTRIBUTE));
  }

  /** Runs the create holding the claim; whatever happens, a claim it did not bind to a task is released. */
  private void answerFirst(Context ctx, IdempotencyStore.Claim claim, Handler create) throws Exception {
    held.add(claim);
    ctx.attribute(CLAIM_ATTRIBUTE, claim);
    try {
      create.handle(ctx);
    } finally {
      held.remove(claim);
      try {
        store.release(claim);
      } catch (RuntimeException e) {
        // The lease frees it soon enough; the request's own outcome matters more.
        log.warn("cannot release Idempotency-Key {}: {}", claim.idemKey(), e.toString());
      }
    }
  }

  private void renewHeld() {
    try {
      store.renew(List.copyOf(held), clock.instant().plus(lease));
    } catch (RuntimeException e) {
      log.warn("cannot renew the leases of {} Idempotency-Key(s): {}", held.size(), e.toString());
    }
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

  @Override
  public void close() {
    renewer.shutdownNow();
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
