package io.reelgate.motion.encode;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_MPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_count;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

/**
 * Encodes YUV 4:2:0 frames with libx264 into an MP4 file that browsers play while it downloads:
 * constant frame rate (frame {@code n} shows at {@code n / fps} seconds), BT.709 tv-range tags, the
 * index (moov) before the media data; no audio, or a stereo AAC stream of a {@link Soundtrack}
 * exactly as long as the frames ({@link AacTrack}), interleaved with them by the muxer.
 *
 * <p>Not thread-safe. Always close it: the encoder, muxer and frame live in native memory.
 */
public final class H264Writer implements AutoCloseable {
  private final Path output;
  private final int width;
  private final int height;
  private final Soundtrack sound;

  private AVFormatContext container;
  private AVCodecContext encoder;
  private AVStream stream;
  private AVFrame picture;
  private AVPacket packet;
  private AacTrack audio;
  private boolean closed;
  private int framesWritten;

  /** A writer of a silent video: no audio stream. */
  public H264Writer(Path output, int width, int height, int fps, EncoderSettings settings)
      throws IOException {
    this(output, width, height, fps, settings, null);
  }

  /** A writer of a video with {@code sound} beside it; {@code null} for none. */
  public H264Writer(Path output, int width, int height, int fps, EncoderSettings settings, Soundtrack sound)
      throws IOException {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(settings, "settings");
    if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
      throw new IllegalArgumentException("H.264 in 4:2:0 needs positive even sides, got " + width + "x" + height);
    }
    if (fps <= 0) {
      throw new IllegalArgumentException("fps must be positive, got " + fps);
    }
    this.output = output;
    this.width = width;
    this.height = height;
    this.sound = sound;
    Ffmpeg.init();
    try {
      openEncoder(fps, settings);
      openContainer(fps);
      allocatePicture();
    } catch (IOException | RuntimeException e) {
      closed = true;
      release(); // the first failure is the one worth reporting
      throw e;
    }
  }

  private void openEncoder(int fps, EncoderSettings settings) throws IOException {
    AVCodec codec = avcodec_find_encoder_by_name("libx264");
    if (codec == null || codec.isNull()) {
      throw new IOException("libx264 is not part of the loaded FFmpeg build");
    }
    encoder = avcodec_alloc_context3(codec);
    if (encoder == null || encoder.isNull()) {
      throw new IOException("cannot allocate the libx264 encoder context");
    }
    encoder.width(width);
    encoder.height(height);
    encoder.pix_fmt(AV_PIX_FMT_YUV420P);
    // One tick per frame: pts = frame index gives an exact constant frame rate.
    encoder.time_base(av_make_q(1, fps));
    encoder.framerate(av_make_q(fps, 1));
    encoder.color_primaries(AVCOL_PRI_BT709);
    encoder.color_trc(AVCOL_TRC_BT709);
    encoder.colorspace(AVCOL_SPC_BT709);
    encoder.color_range(AVCOL_RANGE_MPEG);
    encoder.thread_count(settings.threads()); // 0: x264 picks from the core count

    AVDictionary options = new AVDictionary(null);
    try {
      av_dict_set(options, "preset", settings.preset(), 0);
      av_dict_set(options, "crf", Integer.toString(settings.crf()), 0);
      // The container is built after the encoder; MP4 always wants SPS/PPS in avcC, not in-band.
      encoder.flags(encoder.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
      Ffmpeg.check(
          avcodec_open2(encoder, codec, options),
          "opening libx264 (preset " + settings.preset() + ", crf " + settings.crf() + ")");
      // avcodec_open2 leaves behind the options nobody took: a silently ignored setting is a bug.
      if (av_dict_count(options) > 0) {
        throw new IOException("libx264 ignored " + av_dict_count(options) + " of its options");
      }
    } finally {
      av_dict_free(options);
    }
  }

  private void openContainer(int fps) throws IOException {
    container = new AVFormatContext(null);
    String path = output.toAbsolutePath().toString();
    Ffmpeg.check(avformat_alloc_output_context2(container, null, "mp4", path), "creating the MP4 muxer");
    if ((container.oformat().flags() & AVFMT_GLOBALHEADER) == 0) {
      throw new IOException("the MP4 muxer unexpectedly does not take global headers");
    }
    stream = avformat_new_stream(container, null);
    if (stream == null || stream.isNull()) {
      throw new IOException("cannot add a video stream to " + output);
    }
    stream.time_base(encoder.time_base()); // a hint; the muxer picks its own, read back below
    stream.avg_frame_rate(encoder.framerate());
    Ffmpeg.check(
        avcodec_parameters_from_context(stream.codecpar(), encoder), "copying encoder parameters");
    if (sound != null) {
      audio = AacTrack.addTo(container, sound, fps);
    }

    AVIOContext io = new AVIOContext(null);
    Ffmpeg.check(avio_open(io, path, AVIO_FLAG_WRITE), "opening " + output + " for writing");
    container.pb(io);

    AVDictionary options = new AVDictionary(null);
    try {
      // A second pass at the end moves moov in front of mdat: playback starts on the first bytes.
      av_dict_set(options, "movflags", "+faststart", 0);
      Ffmpeg.check(avformat_write_header(container, options), "writing the MP4 header");
    } finally {
      av_dict_free(options);
    }
  }

  private void allocatePicture() throws IOException {
    picture = av_frame_alloc();
    packet = av_packet_alloc();
    if (picture == null || picture.isNull() || packet == null || packet.isNull()) {
      throw new IOException("cannot allocate an FFmpeg frame or packet");
    }
    picture.format(AV_PIX_FMT_YUV420P);
    picture.width(width);
    picture.height(height);
    Ffmpeg.check(av_frame_get_buffer(picture, 0), "allocating the frame buffer");
  }

  /** Encodes one frame, and the sound heard while it shows; it shows at {@code framesWritten() / fps} seconds. */
  public void write(YuvFrame frame) throws IOException {
    if (closed) {
      throw new IllegalStateException("writer for " + output + " is closed");
    }
    if (frame.width != width || frame.height != height) {
      throw new IllegalArgumentException(
          "frame is " + frame.width + "x" + frame.height + ", writer expects " + width + "x" + height);
    }
    // The encoder may still hold a reference to the last buffer; only then does FFmpeg copy it.
    Ffmpeg.check(av_frame_make_writable(picture), "making the frame writable");
    copyPlane(frame.y, width, height, picture.data(0), picture.linesize(0));
    copyPlane(frame.u, frame.chromaWidth(), frame.chromaHeight(), picture.data(1), picture.linesize(1));
    copyPlane(frame.v, frame.chromaWidth(), frame.chromaHeight(), picture.data(2), picture.linesize(2));
    picture.pts(framesWritten);
    picture.duration(1);
    Ffmpeg.check(avcodec_send_frame(encoder, picture), "encoding frame " + framesWritten);
    writePendingPackets();
    if (audio != null) {
      audio.afterFrame(framesWritten, frame, container);
    }
    framesWritten++;
  }

  private static void copyPlane(byte[] source, int rowBytes, int rows, BytePointer target, int stride) {
    if (stride == rowBytes) {
      target.put(source, 0, rowBytes * rows);
      return;
    }
    for (int row = 0; row < rows; row++) {
      target.position((long) row * stride).put(source, row * rowBytes, rowBytes);
    }
  }

  private void writePendingPackets() throws IOException {
    while (true) {
      int result = avcodec_receive_packet(encoder, packet);
      if (result == AVERROR_EAGAIN() || result == AVERROR_EOF) {
        return;
      }
      Ffmpeg.check(result, "receiving an encoded packet");
      av_packet_rescale_ts(packet, encoder.time_base(), stream.time_base());
      packet.stream_index(stream.index());
      // Takes ownership of the packet's data and leaves the packet blank for the next one.
      Ffmpeg.check(av_interleaved_write_frame(container, packet), "writing a packet to " + output);
    }
  }

  int framesWritten() {
    return framesWritten;
  }

  /**
   * Drains the encoder and finishes the file. Safe to call again; native memory is freed anyway.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Ffmpeg.check(avcodec_send_frame(encoder, null), "flushing libx264");
      writePendingPackets();
      if (audio != null) {
        audio.finish(container);
      }
      Ffmpeg.check(av_write_trailer(container), "finishing " + output);
    } catch (IOException | RuntimeException e) {
      release();
      throw e;
    }
    // Closing the file flushes its last buffered bytes, so its failure is a failed write too.
    Ffmpeg.check(release(), "closing " + output);
  }

  /** Frees all native memory; returns the result of closing the file (0 if none was open). */
  private int release() {
    int ioResult = 0;
    if (container != null && !container.isNull()) {
      if (container.pb() != null && !container.pb().isNull()) {
        AVIOContext io = container.pb();
        container.pb(null);
        ioResult = avio_closep(io);
      }
      avformat_free_context(container);
      container = null;
    }
    if (encoder != null) {
      avcodec_free_context(encoder);
      encoder = null;
    }
    if (picture != null) {
      av_frame_free(picture);
      picture = null;
    }
    if (packet != null) {
      av_packet_free(packet);
      packet = null;
    }
    if (audio != null) {
      audio.release();
      audio = null;
    }
    stream = null;
    return ioResult;
  }
}
