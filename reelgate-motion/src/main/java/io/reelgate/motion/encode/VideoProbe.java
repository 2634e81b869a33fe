package io.reelgate.motion.encode;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_PAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_RGB;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_color_primaries_name;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_desc_get;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVComponentDescriptor;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerPointer;

/** Reads video files back: what they claim to be, and what their pictures look like. */
public final class VideoProbe {
  private VideoProbe() {}

  /** Receives decoded gray pictures in display order; {@code luma} is a fresh array each time. */
  @FunctionalInterface
  public interface LumaConsumer {
    void accept(int index, byte[] luma, int width, int height) throws IOException;
  }

  /** Describes the first video stream of {@code mp4}; counts its frames by reading every packet. */
  public static VideoInfo probe(Path mp4) throws IOException {
    try (Input input = Input.open(mp4)) {
      AVStream video = input.videoStream();
      AVCodecParameters parameters = video.codecpar();
      boolean hasAudio = false;
      for (int i = 0; i < input.context.nb_streams(); i++) {
        hasAudio |= input.context.streams(i).codecpar().codec_type() == AVMEDIA_TYPE_AUDIO;
      }
      return new VideoInfo(
          avcodec_get_name(parameters.codec_id()).getString(),
          parameters.width(),
          parameters.height(),
          av_q2d(video.avg_frame_rate()),
          input.countPackets(video.index()),
          nameOrUnknown(av_get_pix_fmt_name(parameters.format())),
          nameOrUnknown(av_color_primaries_name(parameters.color_primaries())),
          hasAudio,
          durationSeconds(input.context, video),
          Mp4Boxes.moovBeforeMdat(mp4));
    }
  }

  /**
   * Decodes every frame and keeps its luma plane, scaled to {@code targetWidth} with the height
   * that keeps the aspect ratio (rounded to even).
   */
  public static LumaFrames decodeLuma(Path mp4, int targetWidth) throws IOException {
    List<byte[]> frames = new ArrayList<>();
    int[] size = new int[2];
    forEachLuma(
        mp4,
        targetWidth,
        (index, luma, width, height) -> {
          frames.add(luma);
          size[0] = width;
          size[1] = height;
        });
    if (frames.isEmpty()) {
      throw new IOException(mp4 + " has no decodable video frame");
    }
    return new LumaFrames(size[0], size[1], frames);
  }

  /** Streaming form of {@link #decodeLuma}: one frame in memory at a time. */
  public static void forEachLuma(Path mp4, int targetWidth, LumaConsumer consumer)
      throws IOException {
    if (targetWidth <= 0 || targetWidth % 2 != 0) {
      throw new IllegalArgumentException(
          "target width must be positive and even, got " + targetWidth);
    }
    try (Input input = Input.open(mp4);
        LumaDecoder decoder = new LumaDecoder(input.videoStream(), targetWidth, consumer)) {
      decoder.decodeAll(input);
    }
  }

  static int scaledHeight(int sourceWidth, int sourceHeight, int targetWidth) {
    long twice = Math.round((double) sourceHeight * targetWidth / sourceWidth / 2.0);
    return (int) Math.max(2, twice * 2);
  }

  private static double durationSeconds(AVFormatContext context, AVStream video) {
    if (video.duration() != AV_NOPTS_VALUE && video.duration() > 0) {
      return video.duration() * av_q2d(video.time_base());
    }
    return context.duration() == AV_NOPTS_VALUE ? 0 : (double) context.duration() / AV_TIME_BASE;
  }

  private static String nameOrUnknown(BytePointer name) {
    return name == null || name.isNull() ? "unknown" : name.getString();
  }

  /** An opened container with its stream information read. */
  private static final class Input implements AutoCloseable {
    final AVFormatContext context;
    final AVPacket packet;
    final int videoIndex;

    private Input(AVFormatContext context, AVPacket packet, int videoIndex) {
      this.context = context;
      this.packet = packet;
      this.videoIndex = videoIndex;
    }

    static Input open(Path file) throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString());
      }
      Ffmpeg.init();
      AVFormatContext context = new AVFormatContext(null);
      Ffmpeg.check(
          avformat_open_input(context, file.toAbsolutePath().toString(), null, null),
          "opening " + file);
      AVPacket packet = null;
      try {
        Ffmpeg.check(
            avformat_find_stream_info(context, (PointerPointer<?>) null),
            "reading stream information of " + file);
        int videoIndex =
            Ffmpeg.check(
                av_find_best_stream(context, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0),
                "finding a video stream in " + file);
        packet = av_packet_alloc();
        return new Input(context, packet, videoIndex);
      } catch (IOException | RuntimeException e) {
        if (packet != null) {
          av_packet_free(packet);
        }
        avformat_close_input(context);
        throw e;
      }
    }

    AVStream videoStream() {
      return context.streams(videoIndex);
    }

    /** Reads the next packet into {@link #packet}; false at the end of the file. */
    boolean readPacket() throws IOException {
      av_packet_unref(packet);
      int result = av_read_frame(context, packet);
      if (result == AVERROR_EOF) {
        return false;
      }
      Ffmpeg.check(result, "reading a packet");
      return true;
    }

    int countPackets(int streamIndex) throws IOException {
      int count = 0;
      while (readPacket()) {
        if (packet.stream_index() == streamIndex) {
          count++;
        }
      }
      return count;
    }

    @Override
    public void close() {
      av_packet_free(packet);
      avformat_close_input(context);
    }
  }

  /** Decodes one stream and hands out each picture's luma, scaled by swscale. */
  private static final class LumaDecoder implements AutoCloseable {
    private final int targetWidth;
    private final LumaConsumer consumer;
    private final int streamIndex;
    private AVCodecContext decoder;
    private AVFrame decoded;
    private AVFrame gray;
    private SwsContext scaler;
    private int frameIndex;

    LumaDecoder(AVStream stream, int targetWidth, LumaConsumer consumer) throws IOException {
      this.targetWidth = targetWidth;
      this.consumer = consumer;
      this.streamIndex = stream.index();
      try {
        AVCodec codec = avcodec_find_decoder(stream.codecpar().codec_id());
        if (codec == null || codec.isNull()) {
          throw new IOException(
              "no decoder for " + avcodec_get_name(stream.codecpar().codec_id()).getString());
        }
        decoder = avcodec_alloc_context3(codec);
        Ffmpeg.check(
            avcodec_parameters_to_context(decoder, stream.codecpar()), "configuring the decoder");
        decoder.thread_count(0); // decode with all cores
        Ffmpeg.check(
            avcodec_open2(decoder, codec, (PointerPointer<?>) null),
            "opening the decoder");
        decoded = av_frame_alloc();
        gray = av_frame_alloc();
      } catch (IOException | RuntimeException e) {
        close();
        throw e;
      }
    }

    void decodeAll(Input input) throws IOException {
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
        gray.format(AV_PIX_FMT_GRAY8);
        gray.width(targetWidth);
        gray.height(targetHeight);
        Ffmpeg.check(av_frame_get_buffer(gray, 0), "allocating the gray frame");
      }
      // Reading the luma plane of 8-bit YUV as gray keeps its values as they are; converting the
      // whole frame would stretch tv range to full range (swscale treats gray as full range).
      int sourceFormat = lumaIsPlaneZero(decoded.format()) ? AV_PIX_FMT_GRAY8 : decoded.format();
      scaler =
          sws_getCachedContext(
              scaler,
              sourceWidth,
              sourceHeight,
              sourceFormat,
              targetWidth,
              targetHeight,
              AV_PIX_FMT_GRAY8,
              SWS_AREA,
              null,
              null,
              (DoublePointer) null);
      if (scaler == null || scaler.isNull()) {
        throw new IOException(
            "swscale cannot convert "
                + nameOrUnknown(av_get_pix_fmt_name(decoded.format()))
                + " to gray");
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

      byte[] luma = new byte[targetWidth * targetHeight];
      BytePointer plane = gray.data(0);
      int stride = gray.linesize(0);
      for (int row = 0; row < targetHeight; row++) {
        plane.position((long) row * stride).get(luma, row * targetWidth, targetWidth);
      }
      return luma;
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
}
