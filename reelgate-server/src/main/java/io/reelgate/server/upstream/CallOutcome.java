package io.reelgate.server.upstream;

import io.reelgate.client.AuthenticationException;
import io.reelgate.client.InsufficientBalanceException;
import io.reelgate.client.InvalidRequestException;
import io.reelgate.client.RateLimitedException;
import io.reelgate.client.ReelgateClientException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * What a failed call to an upstream means. For a create, it decides the task: whether the
 * upstream surely did not take it (so the next route may), whether the operator must act, whether
 * the request itself was refused, or whether the answer was lost and the upstream may have the
 * task. For a poll, it only labels the failure in the metrics and tells a rate limit apart: a
 * failed poll is never a verdict.
 */
enum CallOutcome {
  /** No connection, a 5xx, a 404 (no such API there): surely not accepted; try the next route. */
  ROUTE_DOWN("route_down"),
  /** 429 or MiniMax 1002: surely not accepted; slow down, try the next route, and come back later. */
  BACK_PRESSURE("rate_limited"),
  /** The operator's account was refused (bad key, no balance: 1004, 1008, 401, 402, 403): alert, next route. */
  ACCOUNT_REFUSED("account_refused"),
  /** The request itself was refused (400, content policy 1026): the task fails with the upstream's message. */
  REQUEST_REFUSED("request_refused"),
  /** The create was sent and its answer lost or unreadable (a timeout, a broken connection, a 2xx without an id): the upstream may have the task. */
  ANSWER_LOST("answer_lost");

  /** Its label in the metrics. */
  final String label;

  CallOutcome(String label) {
    this.label = label;
  }

  static CallOutcome of(ReelgateClientException e) {
    if (e instanceof RateLimitedException) return BACK_PRESSURE;
    if (e instanceof AuthenticationException || e instanceof InsufficientBalanceException) return ACCOUNT_REFUSED;
    if (e instanceof InvalidRequestException) return REQUEST_REFUSED;
    if ("1026".equals(e.providerCode())) return REQUEST_REFUSED; // MiniMax: sensitive content
    if (e.httpStatus() == 0) return neverConnected(e.getCause()) ? ROUTE_DOWN : ANSWER_LOST;
    // A 5xx, or MiniMax's 1024 (its internal error), is taken as not accepted, as docs/ROUTING.md
    // says; so is a 404 or 405, a base URL that serves no such API.
    if (e.httpStatus() >= 500 || e.httpStatus() == 404 || e.httpStatus() == 405 || "1024".equals(e.providerCode())) {
      return ROUTE_DOWN;
    }
    // Anything else came with an answer this side cannot read as a refusal (a 2xx without an id, a
    // 408, an unknown code such as MiniMax's 1001 timeout): the upstream may have the task.
    return ANSWER_LOST;
  }

  /**
   * Throws when the call failed because its worker was interrupted (a cancel, a shutdown): that is
   * no outcome of the route's, and the worker must stop.
   */
  static void throwIfInterrupted(ReelgateClientException e) throws InterruptedException {
    if (Thread.currentThread().isInterrupted() || e.getCause() instanceof InterruptedException) {
      InterruptedException interrupted = new InterruptedException("interrupted while calling the upstream");
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  /** True when the create never left this machine: refused, unresolvable, or no connection in time. */
  private static boolean neverConnected(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
          || t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
        return true;
      }
    }
    return false;
  }
}
