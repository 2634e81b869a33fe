package io.reelgate.core.image;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avcodec.AV_EF_BITSTREAM;
import static org.bytedeco.ffmpeg.global.avcodec.AV_EF_BUFFER;
import static org.bytedeco.ffmpeg.global.avcodec.AV_EF_CRCCHECK;
import static org.bytedeco.ffmpeg.global.avcodec.AV_EF_EXPLODE;
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
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_FULL_CHR_H_INT;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteOrder;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Decodes a large JPEG read subsampled at 1/2, 1/4 or 1/8 of its size in the inverse DCT, with
 * FFmpeg's JPEG decoder and its {@code lowres} option: a quarter, a sixteenth or a 64th of the
 * inverse-DCT and colour work (the entropy decoding stays), where ImageIO decodes every pixel and
 * then keeps every n-th (a 3705x2500 photo for a 768P
 * video: 50 ms instead of 82 ms in a warm JVM, more in the cold one of {@code reelgate render}). The
 * picture is then scaled with an area filter to the size asked for, as ImageIO's subsampling
 * would give it, up to resampling.
 *
 * <p>Only for what both decoders read alike ({@link JpegHeader#plain}); anything else, and
 * anything FFmpeg finds damaged (it is told to fail, not to conceal), is answered with null, and the
 * caller reads it with ImageIO, which also says what is wrong. One call on the caller's thread,
 * single-threaded, linear in the pixels, which the probe has capped, and in the scans, which the
 * loader has capped: nothing is left running when it returns.
 */
final class LowresJpegDecoder {
  static {
    av_log_set_level(AV_LOG_QUIET); // a damaged file goes to ImageIO, which says what is wrong
  }

  /** FFmpeg's JPEG decoder reads at most 1/8 (lowres 3). */
  private static final int MAX_LOWRES = 3;

  private LowresJpegDecoder() {}

  /**
   * @param subsampling every n-th pixel of every n-th row, as ImageIO would read them; 2 or more
   * @return {@code TYPE_INT_RGB} pixels of {@code ceil(width / n) x ceil(height / n)}, as stored
   *     (before the EXIF orientation), or null when ImageIO must read this JPEG
   */
  static BufferedImage decode(byte[] bytes, int storedWidth, int storedHeight, int subsampling) {
    int lowres = Math.min(MAX_LOWRES, 31 - Integer.numberOfLeadingZeros(subsampling));
    if (lowres < 1 || ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN || !JpegHeader.plain(bytes)) return null;
    AVCodec codec = avcodec_find_decoder(AV_CODEC_ID_MJPEG);
    if (codec == null) return null;
    AVCodecContext context = avcodec_alloc_context3(codec);
    AVPacket packet = av_packet_alloc();
    AVFrame frame = av_frame_alloc();
    try {
      context.thread_count(1).lowres(lowres).err_recognition(AV_EF_EXPLODE | AV_EF_CRCCHECK | AV_EF_BITSTREAM | AV_EF_BUFFER);
      if (avcodec_open2(context, codec, (AVDictionary) null) < 0) return null;
      if (av_new_packet(packet, bytes.length) < 0) throw new OutOfMemoryError("no memory for a JPEG of " + bytes.length + " bytes");
      packet.data().put(bytes);
      if (avcodec_send_packet(context, packet) < 0 || avcodec_receive_frame(context, frame) < 0) return null;
      if (frame.width() != ceilShift(storedWidth, lowres) || frame.height() != ceilShift(storedHeight, lowres)) return null;
      return toRgb(frame, Math.ceilDiv(storedWidth, subsampling), Math.ceilDiv(storedHeight, subsampling));
    } finally {
      av_frame_free(frame);
      av_packet_free(packet);
      avcodec_free_context(context);
    }
  }

  private static int ceilShift(int size, int shift) {
    return (size + (1 << shift) - 1) >> shift;
  }

  /**
   * Converts (full-range YCbCr or gray) and scales to 0xFFRRGGBB ints: BGRA bytes in little-endian
   * memory order, alpha opaque, which an integer-RGB raster ignores (its colour model masks the top
   * byte off). Not BGR0, whose fourth byte is undefined and would need clearing in a pass over every
   * pixel, 8 ms of a cold start on a 3705x2500 photo.
   */
  private static BufferedImage toRgb(AVFrame frame, int width, int height) {
    SwsContext scaler =
        sws_getContext(
            frame.width(), frame.height(), frame.format(), width, height, AV_PIX_FMT_BGRA,
            SWS_AREA | SWS_FULL_CHR_H_INT | SWS_ACCURATE_RND, null, null, (DoublePointer) null);
    if (scaler == null) return null;
    try (IntPointer pixels = new IntPointer((long) width * height);
        PointerPointer<IntPointer> planes = new PointerPointer<>(pixels, null, null, null);
        IntPointer strides = new IntPointer(width * 4, 0, 0, 0)) {
      sws_scale(scaler, frame.data(), frame.linesize(), 0, frame.height(), planes, strides);
      BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      int[] out = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
      pixels.get(out);
      return rgb;
    } finally {
      sws_freeContext(scaler);
    }
  }
}
