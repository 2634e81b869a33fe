package io.reelgate.core.image;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_WEBP;
import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Decodes a WebP with FFmpeg's WebP decoder (the FFmpeg the motion engine ships), then scales it
 * with an area filter to the size asked for. It replaces TwelveMonkeys' WebP reader, whose lossless
 * decoder ran for seconds to minutes on garbage bitstreams (fuzz-findings/README.md) and could not
 * be stopped; FFmpeg's checks every read against the end of the data and refuses such files at
 * once, so its work is linear in the pixels, which the probe has already capped. One call on the
 * caller's thread, single-threaded: nothing is left running when it returns.
 *
 * <p>Transparency is laid over white, as {@link ImageLoader} does for the other formats.
 */
final class WebpDecoder {
  static {
    av_log_set_level(AV_LOG_QUIET); // a damaged file is answered by our own message, not a log line
  }

  private WebpDecoder() {}

  /**
   * @param width the width to scale to, at most the stored width
   * @param height the height to scale to, at most the stored height
   * @return {@code TYPE_INT_RGB} pixels as stored (before the EXIF orientation)
   * @throws MalformedHeaderException when the WebP is animated, FFmpeg cannot decode it, or it holds another size
   */
  static BufferedImage decode(byte[] bytes, int storedWidth, int storedHeight, int width, int height) {
    if (WebpHeader.animated(bytes)) {
      // FFmpeg 7.1 decodes still WebPs only; an animation would fail as "damaged", which it is not.
      throw new MalformedHeaderException("animated WebP is not supported; send a still picture");
    }
    AVCodec codec = avcodec_find_decoder(AV_CODEC_ID_WEBP);
    if (codec == null) throw new IllegalStateException("this FFmpeg build has no WebP decoder");
    AVCodecContext context = avcodec_alloc_context3(codec);
    AVPacket packet = av_packet_alloc();
    AVFrame frame = av_frame_alloc();
    try {
      context.thread_count(1);
      if (avcodec_open2(context, codec, (AVDictionary) null) < 0) {
        throw new IllegalStateException("FFmpeg's WebP decoder did not open");
      }
      if (av_new_packet(packet, bytes.length) < 0) throw new OutOfMemoryError("no memory for a WebP of " + bytes.length + " bytes");
      packet.data().put(bytes);
      // The decoder takes the whole RIFF file as one packet and answers one frame at once.
      if (avcodec_send_packet(context, packet) < 0 || avcodec_receive_frame(context, frame) < 0) {
        throw new MalformedHeaderException("the WebP data is damaged or truncated");
      }
      if (frame.width() != storedWidth || frame.height() != storedHeight) {
        throw new MalformedHeaderException("the WebP data is damaged: its header gives two different sizes");
      }
      return scaledOverWhite(frame, width, height);
    } finally {
      av_frame_free(frame);
      av_packet_free(packet);
      avcodec_free_context(context);
    }
  }

  private static BufferedImage scaledOverWhite(AVFrame frame, int width, int height) {
    SwsContext scaler =
        sws_getContext(
            frame.width(), frame.height(), frame.format(), width, height, AV_PIX_FMT_BGRA, SWS_AREA, null, null, (DoublePointer) null);
    if (scaler == null) throw new IllegalStateException("FFmpeg cannot convert WebP pixel format " + frame.format());
    try (BytePointer bgra = new BytePointer((long) width * height * 4);
        PointerPointer<BytePointer> planes = new PointerPointer<>(bgra, null, null, null);
        IntPointer strides = new IntPointer(width * 4, 0, 0, 0)) {
      sws_scale(scaler, frame.data(), frame.linesize(), 0, frame.height(), planes, strides);
      BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      int[] out = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
      byte[] row = new byte[width * 4];
      for (int y = 0; y < height; y++) {
        bgra.get(row, 0, row.length); // reads from the pointer's position
        bgra.position(bgra.position() + row.length);
        for (int x = 0, i = 0; x < width; x++, i += 4) {
          int alpha = row[i + 3] & 0xFF;
          out[y * width + x] = (over(row[i + 2], alpha) << 16) | (over(row[i + 1], alpha) << 8) | over(row[i], alpha);
        }
      }
      return rgb;
    } finally {
      sws_freeContext(scaler);
    }
  }

  /** A straight-alpha channel value laid over white, rounded. */
  private static int over(byte value, int alpha) {
    return ((value & 0xFF) * alpha + 255 * (255 - alpha) + 127) / 255;
  }
}
