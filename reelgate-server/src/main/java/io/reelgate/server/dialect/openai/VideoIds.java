package io.reelgate.server.dialect.openai;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Video ids: {@code video_} and 32 lower-case hex digits, as OpenAI's look. A remix carries its
 * source in its own id, {@code video_<hex>_remix_<source id without video_>}, so that {@code
 * remixed_from_video_id} needs nothing stored beside the task (gateways such as LiteLLM encode
 * what they need in their video ids in the same way). A remix of a remix names the whole chain.
 */
final class VideoIds {
  static final String PREFIX = "video_";
  private static final String REMIX = "_remix_";

  private final SecureRandom random = new SecureRandom();

  String next() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return PREFIX + HexFormat.of().formatHex(bytes);
  }

  /** A new id for a remix of {@code sourceId}. */
  String remixOf(String sourceId) {
    return next() + REMIX + sourceId.substring(PREFIX.length());
  }

  /** The video {@code id} is a remix of, or null. */
  static String remixedFrom(String id) {
    int remix = id.indexOf(REMIX);
    return remix < 0 ? null : PREFIX + id.substring(remix + REMIX.length());
  }
}
