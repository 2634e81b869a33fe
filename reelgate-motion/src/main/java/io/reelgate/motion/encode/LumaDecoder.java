package io.reelgate.motion.encode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_PAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_RGB;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_desc_get;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.io.IOException;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVComponentDescriptor;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * Decodes one stream and hands out each picture's luma, scaled by swscale; or, for the stills of
 * {@link FrameGrabber}, its RGB (three bytes a pixel, in the same consumer).
 */
final class LumaDecoder implements AutoCloseable {
  /** Receives decoded gray pictures in display order; {@code luma} is a fresh array each time. */
  @FunctionalInterface
  interface LumaConsumer {
    void accept(int index, byte[] luma, int width, int height) throws IOException;
  }

  private final int targetWidth;
  private final int outputFormat;
  private final int bytesPerPixel;
  private final LumaConsumer consumer;
  private final int streamIndex;
  private AVCodecContext decoder;
  private AVFrame decoded;
  private AVFrame gray;
  private SwsContext scaler;
  private int frameIndex;

  LumaDecoder(AVStream stream, int targetWidth, LumaConsumer consumer) throws IOException {
    this(stream, targetWidth, AV_PIX_FMT_GRAY8, consumer);
  }

  /** @param outputFormat {@code AV_PIX_FMT_GRAY8} (luma) or {@code AV_PIX_FMT_RGB24} */
  LumaDecoder(AVStream stream, int targetWidth, int outputFormat, LumaConsumer consumer) throws IOException {
    this.targetWidth = targetWidth;
    this.outputFormat = outputFormat;
    this.bytesPerPixel = outputFormat == AV_PIX_FMT_GRAY8 ? 1 : 3;
    this.consumer = consumer;
    this.streamIndex = stream.index();
    try {
      decoder = Ffmpeg.openDecoder(stream, "the video", true);
      decoded = av_frame_alloc();
      gray = av_frame_alloc();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  void decodeAll(VideoInput input) throws IOException {
    while (input.readPacket()) {
      if (input.packet.stream_index() == streamIndex) {
        Ffmpeg.check(avcodec_send_packet(decoder, input.packet), "decoding frame " + frameIndex);
        receiveFrames();
      }
    }
    Ffmpeg.check(avcodec_send_packet(decoder, null), "flushing the decoder");
    receiveFrames();
  }

  private void receiveFrames() throws IOException {
    while (true) {
      int result = avcodec_receive_frame(decoder, decoded);
      if (result == AVERROR_EAGAIN() || result == AVERROR_EOF) {
        return;
      }
      Ffmpeg.check(result, "decoding frame " + frameIndex);
      consumer.accept(frameIndex, scaleLuma(), gray.width(), gray.height());
      frameIndex++;
    }
  }

  private byte[] scaleLuma() throws IOException {
    int sourceWidth = decoded.width();
    int sourceHeight = decoded.height();
    int targetHeight = scaledHeight(sourceWidth, sourceHeight, targetWidth);
    if (gray.width() != targetWidth || gray.height() != targetHeight) { // first frame: 0x0
      av_frame_free(gray);
      gray = av_frame_alloc();
      gray.format(outputFormat);
      gray.width(targetWidth);
      gray.height(targetHeight);
      Ffmpeg.check(av_frame_get_buffer(gray, 0), "allocating the gray frame");
    }
    // Reading the luma plane of 8-bit YUV as gray keeps its values as they are; converting the
    // whole frame would stretch tv range to full range (swscale treats gray as full range).
    boolean lumaAlone = outputFormat == AV_PIX_FMT_GRAY8 && lumaIsPlaneZero(decoded.format());
    int sourceFormat = lumaAlone ? AV_PIX_FMT_GRAY8 : decoded.format();
    scaler =
        sws_getCachedContext(
            scaler,
            sourceWidth,
            sourceHeight,
            sourceFormat,
            targetWidth,
            targetHeight,
            outputFormat,
            SWS_AREA,
            null,
            null,
            (DoublePointer) null);
    if (scaler == null || scaler.isNull()) {
      throw new IOException(
          "swscale cannot convert "
              + Ffmpeg.nameOrUnknown(av_get_pix_fmt_name(decoded.format()))
              + " to " + (bytesPerPixel == 1 ? "gray" : "RGB"));
    }
    Ffmpeg.check(
        sws_scale(
            scaler,
            decoded.data(),
            decoded.linesize(),
            0,
            sourceHeight,
            gray.data(),
            gray.linesize()),
        "scaling frame " + frameIndex);

    int rowBytes = targetWidth * bytesPerPixel;
    byte[] luma = new byte[rowBytes * targetHeight];
    BytePointer plane = gray.data(0);
    int stride = gray.linesize(0);
    for (int row = 0; row < targetHeight; row++) {
      plane.position((long) row * stride).get(luma, row * rowBytes, rowBytes);
    }
    return luma;
  }

  /** The height that keeps the aspect ratio at {@code targetWidth}, rounded to even. */
  static int scaledHeight(int sourceWidth, int sourceHeight, int targetWidth) {
    long twice = Math.round((double) sourceHeight * targetWidth / sourceWidth / 2.0);
    return (int) Math.max(2, twice * 2);
  }

  /** 8-bit YUV formats (planar or NV12-like) keep luma alone, one byte per pixel, in plane 0. */
  private static boolean lumaIsPlaneZero(int pixelFormat) {
    AVPixFmtDescriptor descriptor = av_pix_fmt_desc_get(pixelFormat);
    if (descriptor == null || descriptor.isNull()) {
      return false;
    }
    AVComponentDescriptor luma = descriptor.comp(0);
    boolean yuv = (descriptor.flags() & (AV_PIX_FMT_FLAG_RGB | AV_PIX_FMT_FLAG_PAL)) == 0;
    return yuv && luma.plane() == 0 && luma.step() == 1 && luma.depth() == 8 && luma.shift() == 0;
  }

  @Override
  public void close() {
    if (scaler != null) {
      sws_freeContext(scaler);
      scaler = null;
    }
    if (gray != null) {
      av_frame_free(gray);
      gray = null;
    }
    if (decoded != null) {
      av_frame_free(decoded);
      decoded = null;
    }
    if (decoder != null) {
      avcodec_free_context(decoder);
      decoder = null;
    }
  }
}
