package io.reelgate.server.dialect.openai;

import io.reelgate.core.error.ConflictException;

/** A video asked for what only a completed video has: its content, or a remix (409). */
final class VideoNotReadyException extends ConflictException {
  VideoNotReadyException(String id, String what) {
    super("video " + id + " is not completed; only a completed video can be " + what);
  }
}
