package io.reelgate.server.dialect.openai;

import io.reelgate.core.error.InvalidFieldException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Video ids: {@code video_} and 32 lower-case hex digits, as OpenAI's look. A remix carries its
 * source in its own id, {@code video_<hex>_remix_<source id without video_>}, so that {@code
 * remixed_from_video_id} needs nothing stored beside the task (gateways such as LiteLLM encode
 * what they need in their video ids in the same way). A remix of a remix names the whole chain,
 * so a chain ends at {@link #MAX_REMIX_DEPTH} remixes: an id is a folder name in the file storage,
 * which file systems cap at 255 bytes (a remix of the original goes on working).
 */
final class VideoIds {
  static final String PREFIX = "video_";
  private static final String REMIX = "_remix_";
  /** Remixes of remixes one id may name: 4 keep it at 198 characters, well under 255. */
  static final int MAX_REMIX_DEPTH = 4;

  private final SecureRandom random = new SecureRandom();

  String next() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return PREFIX + HexFormat.of().formatHex(bytes);
  }

  /** A new id for a remix of {@code sourceId}; refused, naming {@code video_id}, past {@link #MAX_REMIX_DEPTH}. */
  String remixOf(String sourceId) {
    if (sourceId.split(REMIX, -1).length > MAX_REMIX_DEPTH) {
      throw new InvalidFieldException("video_id", "a remix chain stops at " + MAX_REMIX_DEPTH
          + " remixes, and this video is the last of one; remix an earlier video of the chain instead");
    }
    return next() + REMIX + sourceId.substring(PREFIX.length());
  }

  /** The video {@code id} is a remix of, or null. */
  static String remixedFrom(String id) {
    int remix = id.indexOf(REMIX);
    return remix < 0 ? null : PREFIX + id.substring(remix + REMIX.length());
  }
}
