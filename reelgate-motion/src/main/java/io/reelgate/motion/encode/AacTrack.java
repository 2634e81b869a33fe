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
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_count;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import java.io.IOException;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.ffmpeg.avutil.AVDictionary;

/**
 * The stereo AAC stream of an MP4, encoded with FFmpeg's native AAC encoder from a {@link
 * Soundtrack}: after video frame {@code i} it takes the samples from {@code i x rate / fps} up to
 * {@code (i + 1) x rate / fps} (whole samples, rounded down), so the sound lasts exactly as long
 * as the frames, and gathers them into the encoder's 1024-sample frames (the last one shorter).
 * Not thread-safe; {@link #release} frees its native memory.
 */
final class AacTrack {
  static final int CHANNELS = 2;
  /** Plenty for a quiet ambient bed; what the encoder is given, not a promise of quality. */
  static final long BIT_RATE = 96_000;
  /**
   * The "fast" coder instead of the default "twoloop": a third of the CPU (a 64x64 clip with 5 s of
   * stereo, 40 against 130 ms; docs/BENCHMARKS.md), and a bed of soft noise gains nothing from the
   * search.
   */
  static final String CODER = "fast";

  private final Soundtrack sound;
  private final int fps;
  private final float[] left;
  private final float[] right;
  private AVCodecContext encoder;
  private AVStream stream;
  private AVFrame buffer;
  private AVPacket packet;
  /** Samples in {@link #buffer} not yet sent to the encoder. */
  private int buffered;
  private long samplesSent;
  private long samplesMade;

  private AacTrack(Soundtrack sound, int fps) {
    this.sound = sound;
    this.fps = fps;
    int mostPerFrame = sound.sampleRate() / fps + 1;
    this.left = new float[mostPerFrame];
    this.right = new float[mostPerFrame];
  }

  /** Adds the stream to {@code container}, whose header is not written yet. */
  static AacTrack addTo(AVFormatContext container, Soundtrack sound, int fps) throws IOException {
    AacTrack track = new AacTrack(sound, fps);
    try {
      track.open(container);
      return track;
    } catch (IOException | RuntimeException e) {
      track.release();
      throw e;
    }
  }

  private void open(AVFormatContext container) throws IOException {
    AVCodec codec = avcodec_find_encoder_by_name("aac");
    if (codec == null || codec.isNull()) {
      throw new IOException("FFmpeg's AAC encoder is not part of the loaded FFmpeg build");
    }
    encoder = avcodec_alloc_context3(codec);
    encoder.sample_fmt(AV_SAMPLE_FMT_FLTP);
    encoder.sample_rate(sound.sampleRate());
    av_channel_layout_default(encoder.ch_layout(), CHANNELS);
    encoder.bit_rate(BIT_RATE);
    encoder.time_base(av_make_q(1, sound.sampleRate()));
    encoder.flags(encoder.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
    AVDictionary options = new AVDictionary(null);
    try {
      av_dict_set(options, "aac_coder", CODER, 0);
      Ffmpeg.check(avcodec_open2(encoder, codec, options), "opening the AAC encoder");
      if (av_dict_count(options) > 0) {
        throw new IOException("the AAC encoder ignored " + av_dict_count(options) + " of its options");
      }
    } finally {
      av_dict_free(options);
    }
    stream = avformat_new_stream(container, null);
    if (stream == null || stream.isNull()) {
      throw new IOException("cannot add an audio stream");
    }
    stream.time_base(encoder.time_base());
    Ffmpeg.check(avcodec_parameters_from_context(stream.codecpar(), encoder), "copying AAC parameters");
    buffer = av_frame_alloc();
    packet = av_packet_alloc();
    buffer.format(AV_SAMPLE_FMT_FLTP);
    buffer.sample_rate(sound.sampleRate());
    buffer.nb_samples(encoder.frame_size());
    Ffmpeg.check(av_channel_layout_copy(buffer.ch_layout(), encoder.ch_layout()), "setting the channel layout");
    Ffmpeg.check(av_frame_get_buffer(buffer, 0), "allocating the audio frame");
  }

  /** Encodes the sound heard while video frame {@code index} (0-based) shows, given as {@code frame}. */
  void afterFrame(int index, YuvFrame frame, AVFormatContext container) throws IOException {
    long end = (long) (index + 1) * sound.sampleRate() / fps;
    int count = (int) (end - samplesMade);
    sound.next(frame, left, right, count);
    samplesMade = end;
    int taken = 0;
    while (taken < count) {
      if (buffered == 0) {
        // The encoder may still hold the previous buffer; only then does FFmpeg copy it.
        Ffmpeg.check(av_frame_make_writable(buffer), "making the audio frame writable");
      }
      int n = Math.min(count - taken, encoder.frame_size() - buffered);
      new FloatPointer(buffer.data(0)).position(buffered).put(left, taken, n);
      new FloatPointer(buffer.data(1)).position(buffered).put(right, taken, n);
      buffered += n;
      taken += n;
      if (buffered == encoder.frame_size()) {
        send(container);
      }
    }
  }

  /** Encodes the last, shorter frame and drains the encoder. */
  void finish(AVFormatContext container) throws IOException {
    if (buffered > 0) {
      buffer.nb_samples(buffered);
      send(container);
    }
    Ffmpeg.check(avcodec_send_frame(encoder, null), "flushing the AAC encoder");
    writePendingPackets(container);
  }

  private void send(AVFormatContext container) throws IOException {
    buffer.pts(samplesSent);
    Ffmpeg.check(avcodec_send_frame(encoder, buffer), "encoding audio at sample " + samplesSent);
    samplesSent += buffered;
    buffered = 0;
    writePendingPackets(container);
  }

  private void writePendingPackets(AVFormatContext container) throws IOException {
    while (true) {
      int result = avcodec_receive_packet(encoder, packet);
      if (result == AVERROR_EAGAIN() || result == AVERROR_EOF) {
        return;
      }
      Ffmpeg.check(result, "receiving an AAC packet");
      av_packet_rescale_ts(packet, encoder.time_base(), stream.time_base());
      packet.stream_index(stream.index());
      Ffmpeg.check(av_interleaved_write_frame(container, packet), "writing an audio packet");
    }
  }

  void release() {
    if (encoder != null) {
      avcodec_free_context(encoder);
      encoder = null;
    }
    if (buffer != null) {
      av_frame_free(buffer);
      buffer = null;
    }
    if (packet != null) {
      av_packet_free(packet);
      packet = null;
    }
    stream = null;
  }
}
