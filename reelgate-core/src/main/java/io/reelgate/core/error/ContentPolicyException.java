package io.reelgate.core.error;

/**
 * The request was refused by a content policy, as the providers refuse a prompt or picture they
 * flag as sensitive (MiniMax 1026). Reelgate filters no content itself: only the {@code
 * content-policy} scenario with {@code at=create} refuses so. Dialects answer 400 (MiniMax: 1026).
 */
public class ContentPolicyException extends ReelgateException {
  public ContentPolicyException(String message) {
    super(message);
  }
}
