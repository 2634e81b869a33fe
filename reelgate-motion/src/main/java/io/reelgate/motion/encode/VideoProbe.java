package io.reelgate.motion.encode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_color_primaries_name;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
          Ffmpeg.nameOrUnknown(av_get_pix_fmt_name(parameters.format())),
          Ffmpeg.nameOrUnknown(av_color_primaries_name(parameters.color_primaries())),
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

  private static double durationSeconds(AVFormatContext context, AVStream video) {
    if (video.duration() != AV_NOPTS_VALUE && video.duration() > 0) {
      return video.duration() * av_q2d(video.time_base());
    }
    return context.duration() == AV_NOPTS_VALUE ? 0 : (double) context.duration() / AV_TIME_BASE;
  }
}
