package io.reelgate.motion.encode;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

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

  /**
   * An open decoder for {@code stream}, using every core when {@code allCores}; the caller frees
   * it ({@code avcodec_free_context}). {@code what} names the stream in errors ("the audio").
   */
  static AVCodecContext openDecoder(AVStream stream, String what, boolean allCores) throws IOException {
    AVCodec codec = avcodec_find_decoder(stream.codecpar().codec_id());
    if (codec == null || codec.isNull()) {
      throw new IOException("no decoder for " + what + " stream (" + avcodec_get_name(stream.codecpar().codec_id()).getString() + ")");
    }
    AVCodecContext decoder = avcodec_alloc_context3(codec);
    try {
      check(avcodec_parameters_to_context(decoder, stream.codecpar()), "configuring the decoder of " + what);
      if (allCores) decoder.thread_count(0);
      check(avcodec_open2(decoder, codec, (PointerPointer<?>) null), "opening the decoder of " + what);
      return decoder;
    } catch (IOException | RuntimeException e) {
      avcodec_free_context(decoder);
      throw e;
    }
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
