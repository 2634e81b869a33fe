package io.reelgate.server.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request's body, read under {@link RequestBodyLimits}. Before each read the connection's idle
 * timeout is shortened to how long this read may wait, so that a read waiting for bytes that do
 * not come ends there (the way {@code GuardedHttpClient} bounds its own reads); it is put back once
 * the body has been read. A read may wait until the deadline, and only as long as the minimum rate
 * allows: the body must have arrived at that rate over the time spent waiting for it, after two
 * seconds of grace.
 *
 * <p>Only the time spent waiting in reads counts toward the rate, not the time since the first
 * byte: Jetty's own minimum data rate counts the latter, so a small body that a busy server reads
 * a moment late fails it, which must never happen to a client that sent everything at once.
 *
 * <p>What Jetty throws becomes an answer instead of an internal error with a stack trace: a body
 * too slow, stalled or past the deadline, a {@link SlowBodyException}; a client that hung up
 * mid-body, a {@link MalformedRequestException} that nobody will read. Each is one line at INFO: a
 * slow or vanished client is the client's matter, not the server's error.
 */
final class TimedBodyStream extends ServletInputStream {
  private static final Logger LOG = LoggerFactory.getLogger(TimedBodyStream.class);
  /**
   * Waiting the rate does not count: the first bytes may take a round trip or two to come, and a
   * lost packet is sent again only after a second (TCP's first retransmission timeout) or two.
   */
  private static final long GRACE_NANOS = 2_000_000_000L;

  private final ServletInputStream in;
  private final EndPoint endPoint;
  private final long minRate;
  private final Duration timeout;
  private final String request;
  private final String client;
  private final long declaredLength;
  private final long start = System.nanoTime();
  private final long deadline;
  private final long idleTimeout;
  private long received;
  /** Time spent inside reads, waiting for the client. */
  private long waited;
  private boolean reported;

  /** @param endPoint the connection, whose idle timeout bounds each read; null when unknown */
  TimedBodyStream(
      ServletInputStream in, EndPoint endPoint, long minRate, Duration timeout, String request, String client, long declaredLength) {
    this.in = in;
    this.endPoint = endPoint;
    this.minRate = minRate;
    this.timeout = timeout;
    this.request = request;
    this.client = client;
    this.declaredLength = declaredLength;
    this.deadline = start + timeout.toNanos();
    this.idleTimeout = endPoint == null ? 0 : endPoint.getIdleTimeout();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    long now = System.nanoTime();
    long left = deadline - now;
    if (left <= 0) throw cutOff(new SlowBodyException(pastDeadline()));
    long rateAllows = rateAllows();
    arm(Math.min(left, rateAllows));
    // What a timeout of this read will mean: the wait was cut to the deadline (a timer may fire a
    // hair early, so the clock alone cannot tell), or to the minimum rate, or it is the idle timeout.
    boolean untilDeadline = left <= rateAllows && (idleTimeout <= 0 || left <= idleTimeout * 1_000_000);
    int n;
    try {
      n = in.read(b, off, len);
    } catch (IOException | BadMessageException e) {
      throw cutOff(failure(e, untilDeadline, rateAllows));
    } finally {
      waited += System.nanoTime() - now;
    }
    if (n > 0) received += n;
    // The whole body is in once the end is read, or once the declared length is: a reader that stops
    // there (and never reads the end) must not leave the connection's idle timeout cut to the body's
    // pace while the handler works on, fetching a picture, say.
    if (n < 0 || (declaredLength >= 0 && received >= declaredLength)) restoreIdleTimeout();
    return n;
  }

  /** Why a read failed, as the client is answered: Jetty throws a timeout, a parse error or an early EOF. */
  private MalformedRequestException failure(Exception e, boolean untilDeadline, long rateAllowed) {
    if (cause(e, TimeoutException.class) != null) {
      if (untilDeadline || System.nanoTime() - deadline >= 0) return new SlowBodyException(pastDeadline());
      if (rateAllowed < idleTimeout * 1_000_000) return new SlowBodyException(tooSlow());
      return new SlowBodyException(stalled());
    }
    BadMessageException unparsable = cause(e, BadMessageException.class); // bad chunking, for one
    if (unparsable != null) return new MalformedRequestException("the request body cannot be read: " + unparsable.getReason());
    // Jetty reports a client that hung up and chunks it cannot parse alike, as an early end.
    return new MalformedRequestException(
        "the request body ended early: the connection closed, or its chunked coding is malformed");
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return type.cast(t);
    }
    return null;
  }

  /** How long the next read may wait for the client before the body falls under the minimum rate. */
  private long rateAllows() {
    if (minRate == 0) return Long.MAX_VALUE;
    long earned = GRACE_NANOS + received * 1_000_000_000L / minRate;
    return earned - waited;
  }

  private String tooSlow() {
    return "the request body arrived slower than " + minRate + " B/s and was cut off";
  }

  private String pastDeadline() {
    return "the request body took longer than " + timeout.toSeconds() + " s and was cut off";
  }

  private String stalled() {
    return "the request body stopped arriving for " + Duration.ofMillis(idleTimeout).toSeconds() + " s and was cut off";
  }

  /** Lets a read wait only {@code nanos}, and at most the connection's own idle timeout. */
  private void arm(long nanos) {
    if (endPoint == null || idleTimeout <= 0) return;
    long millis = Math.max(1, Math.min(idleTimeout, (nanos + 999_999) / 1_000_000)); // never before the time
    if (endPoint.getIdleTimeout() != millis) endPoint.setIdleTimeout(millis);
  }

  /** Gives the connection its idle timeout back, for the answer and the requests after this one. */
  void restoreIdleTimeout() {
    if (endPoint != null && idleTimeout > 0 && endPoint.getIdleTimeout() != idleTimeout) endPoint.setIdleTimeout(idleTimeout);
  }

  private RuntimeException cutOff(MalformedRequestException answer) {
    restoreIdleTimeout();
    if (!reported) {
      reported = true;
      LOG.info(
          "{} from {}: {} ({} of {} bytes in {} ms)",
          request, client, answer.getMessage(), received, declaredLength < 0 ? "?" : declaredLength,
          (System.nanoTime() - start) / 1_000_000);
    }
    return answer;
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }

  @Override
  public boolean isFinished() {
    return in.isFinished();
  }

  @Override
  public boolean isReady() {
    return in.isReady();
  }

  @Override
  public void setReadListener(ReadListener listener) {
    in.setReadListener(listener);
  }
}
