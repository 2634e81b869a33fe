package io.reelgate.motion.encode;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.BytePointer;

/** What every user of the FFmpeg libraries in this package shares: quiet logs and error text. */
final class Ffmpeg {
  static {
    // libx264 and the muxer print banners and statistics on every file; only real errors matter.
    av_log_set_level(AV_LOG_ERROR);
  }

  private Ffmpeg() {}

  /** Loads the natives and sets the log level; cheap after the first call. */
  static void init() {}

  /** Returns {@code result} when it is not an error, else throws with FFmpeg's own message. */
  static int check(int result, String action) throws IOException {
    if (result < 0) {
      throw new IOException(action + " failed: " + describe(result) + " (" + result + ")");
    }
    return result;
  }

  /** A name FFmpeg gave (of a pixel format, colour primaries...), or "unknown" when it gave none. */
  static String nameOrUnknown(BytePointer name) {
    return name == null || name.isNull() ? "unknown" : name.getString();
  }

  static String describe(int error) {
    byte[] text = new byte[256];
    if (av_strerror(error, text, text.length) < 0) {
      return "unknown FFmpeg error";
    }
    int length = 0;
    while (length < text.length && text[length] != 0) {
      length++;
    }
    return new String(text, 0, length, StandardCharsets.UTF_8);
  }
}
