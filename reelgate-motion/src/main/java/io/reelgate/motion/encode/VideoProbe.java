package io.reelgate.motion.encode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_color_primaries_name;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;

/** Reads video files back: what they claim to be, and what their pictures look like. */
public final class VideoProbe {
  private VideoProbe() {}

  /** Describes the first video stream of {@code mp4}; counts its frames by reading every packet. */
  public static VideoInfo probe(Path mp4) throws IOException {
    try (VideoInput input = VideoInput.open(mp4)) {
      AVStream video = input.videoStream();
      AVCodecParameters parameters = video.codecpar();
      Optional<AudioInfo> audio = Optional.ofNullable(input.audioStream()).map(s -> audioInfo(input.context, s));
      return new VideoInfo(
          avcodec_get_name(parameters.codec_id()).getString(),
          parameters.width(),
          parameters.height(),
          av_q2d(video.avg_frame_rate()),
          input.countPackets(video.index()),
          Ffmpeg.nameOrUnknown(av_get_pix_fmt_name(parameters.format())),
          Ffmpeg.nameOrUnknown(av_color_primaries_name(parameters.color_primaries())),
          audio,
          durationSeconds(input.context, video),
          Mp4Boxes.moovBeforeMdat(mp4));
    }
  }

  /** Decodes the first audio stream of {@code mp4}, which must be stereo AAC (or decode to planar float). */
  public static AudioSamples decodeAudio(Path mp4) throws IOException {
    try (VideoInput input = VideoInput.open(mp4)) {
      AVStream stream = input.audioStream();
      if (stream == null) {
        throw new IOException(mp4 + " has no audio stream");
      }
      try (AudioDecoder decoder = new AudioDecoder(stream)) {
        return decoder.decodeAll(input);
      }
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
  static void forEachLuma(Path mp4, int targetWidth, LumaDecoder.LumaConsumer consumer)
      throws IOException {
    if (targetWidth <= 0 || targetWidth % 2 != 0) {
      throw new IllegalArgumentException(
          "target width must be positive and even, got " + targetWidth);
    }
    try (VideoInput input = VideoInput.open(mp4);
        LumaDecoder decoder = new LumaDecoder(input.videoStream(), targetWidth, consumer)) {
      decoder.decodeAll(input);
    }
  }

  private static AudioInfo audioInfo(AVFormatContext context, AVStream audio) {
    AVCodecParameters parameters = audio.codecpar();
    return new AudioInfo(
        avcodec_get_name(parameters.codec_id()).getString(),
        parameters.ch_layout().nb_channels(),
        parameters.sample_rate(),
        durationSeconds(context, audio));
  }

  private static double durationSeconds(AVFormatContext context, AVStream stream) {
    if (stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0) {
      return stream.duration() * av_q2d(stream.time_base());
    }
    return context.duration() == AV_NOPTS_VALUE ? 0 : (double) context.duration() / AV_TIME_BASE;
  }
}
