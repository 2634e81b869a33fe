package io.reelgate.core.task;

import java.util.Objects;

/**
 * Why a task failed, as data: each dialect derives its own error code from {@code kind} and
 * {@code field} instead of reading the message. {@code field} is the request field at fault (such
 * as {@code image}), or null when no single field is; {@code message} is for people.
 */
public record TaskFailure(Kind kind, String field, String message) {

  /** What kind of trouble ended the task. */
  public enum Kind {
    /** A field of the request could not be used (a picture that will not decode, a prompt the engine refuses). */
    INVALID_INPUT,
    /** The work did not finish in the time allowed. */
    TIMED_OUT,
    /** The upstream provider that the task was routed to failed it. */
    PROVIDER,
    /** The server's own trouble (it gave up after retrying). */
    INTERNAL,
    /** The provider's content policy refused the prompt or a picture after accepting the task (not charged). */
    CONTENT_POLICY
  }

  public TaskFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** Whether the field at fault is one of the request's pictures ({@code image}, {@code end_image}). */
  public boolean isPicture() {
    return "image".equals(field) || "end_image".equals(field);
  }
}
