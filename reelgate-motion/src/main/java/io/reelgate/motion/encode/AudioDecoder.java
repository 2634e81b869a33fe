package io.reelgate.motion.encode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import java.io.IOException;
import java.util.Arrays;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Decodes a stereo stream that decodes to planar float (AAC does) into two sample arrays.
 * FFmpeg drops the encoder's priming samples the container marks, so what comes out is what
 * plays.
 */
final class AudioDecoder implements AutoCloseable {
  private final int streamIndex;
  private AVCodecContext decoder;
  private AVFrame decoded;
  private float[] left = new float[1 << 16];
  private float[] right = new float[1 << 16];
  private int samples;

  AudioDecoder(AVStream stream) throws IOException {
    this.streamIndex = stream.index();
    try {
      AVCodec codec = avcodec_find_decoder(stream.codecpar().codec_id());
      if (codec == null || codec.isNull()) {
        throw new IOException("no decoder for the audio stream");
      }
      decoder = avcodec_alloc_context3(codec);
      Ffmpeg.check(avcodec_parameters_to_context(decoder, stream.codecpar()), "configuring the audio decoder");
      Ffmpeg.check(avcodec_open2(decoder, codec, (PointerPointer<?>) null), "opening the audio decoder");
      decoded = av_frame_alloc();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  AudioSamples decodeAll(VideoInput input) throws IOException {
    while (input.readPacket()) {
      if (input.packet.stream_index() == streamIndex) {
        Ffmpeg.check(avcodec_send_packet(decoder, input.packet), "decoding audio");
        receiveFrames();
      }
    }
    Ffmpeg.check(avcodec_send_packet(decoder, null), "flushing the audio decoder");
    receiveFrames();
    return new AudioSamples(decoder.sample_rate(), Arrays.copyOf(left, samples), Arrays.copyOf(right, samples));
  }

  private void receiveFrames() throws IOException {
    while (true) {
      int result = avcodec_receive_frame(decoder, decoded);
      if (result == AVERROR_EAGAIN() || result == AVERROR_EOF) {
        return;
      }
      Ffmpeg.check(result, "decoding audio");
      if (decoded.format() != AV_SAMPLE_FMT_FLTP || decoded.ch_layout().nb_channels() != 2) {
        throw new IOException("only stereo planar-float audio is decoded here");
      }
      int n = decoded.nb_samples();
      if (samples + n > left.length) {
        left = Arrays.copyOf(left, Math.max(2 * left.length, samples + n));
        right = Arrays.copyOf(right, left.length);
      }
      new FloatPointer(decoded.data(0)).get(left, samples, n);
      new FloatPointer(decoded.data(1)).get(right, samples, n);
      samples += n;
    }
  }

  @Override
  public void close() {
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
