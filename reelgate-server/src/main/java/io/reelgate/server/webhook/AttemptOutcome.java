package io.reelgate.server.webhook;

/**
 * What one attempt at a message came to: delivered, worth another try, or not (an address the
 * client refuses, a challenge not echoed); with the receiver's status when it answered.
 */
record AttemptOutcome(boolean delivered, boolean retryable, Integer httpStatus, String error) {
  static AttemptOutcome delivered(int httpStatus) {
    return new AttemptOutcome(true, false, httpStatus, null);
  }

  static AttemptOutcome tryAgain(Integer httpStatus, String error) {
    return new AttemptOutcome(false, true, httpStatus, error);
  }

  static AttemptOutcome giveUp(Integer httpStatus, String error) {
    return new AttemptOutcome(false, false, httpStatus, error);
  }
}
