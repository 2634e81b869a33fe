package io.reelgate.server.dialect.minimax;

import io.reelgate.core.error.ApiKeyRefusedException;

/**
 * No {@code Authorization} header at all. MiniMax tells this case (1004, not authorized) from a
 * key that is sent but not valid (2049, invalid API key), so this dialect needs the distinction.
 */
final class KeyMissingException extends ApiKeyRefusedException {
  KeyMissingException() {
    super("no API key: send the header 'Authorization: Bearer <API key>'");
  }
}
