package io.reelgate.app.bench;

import io.reelgate.motion.encode.EncoderSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ffmpeg's zoompan filter doing the engine's push-in, with the command line its users write: the
 * photo looped as a still, zoom about the centre from 1 to {@code endZoom} over the clip, one input
 * picture held for all {@code frames} output frames, libx264 with the same preset and CRF as the
 * engine. The zoom grows linearly (zoompan users write {@code zoom+step}; here {@code on}, the
 * output frame number, so that the first and last frames are exact).
 *
 * <p>Pre-scaled, a {@code scale} filter first enlarges the photo, which users add because zoompan
 * crops at whole (for 4:2:0, even) source pixels, and the enlargement makes those steps smaller.
 */
final class Zoompan {
  /** How much users enlarge before zoompan: 8 times. */
  static final int PRESCALE = 8;

  /** What the 8x pre-scale multiplies. */
  enum Prescale {
    /** No pre-scale: zoompan on the photo as it is. */
    NONE,
    /**
     * 8 times the output width ({@code scale=8*W:-2}), which is what {@code scale=8*iw} amounts to
     * on a photo about the output's size, and what the widely copied {@code scale=8000:-1} does
     * for a 1000-pixel clip.
     */
    OUTPUT,
    /**
     * 8 times the photo itself ({@code scale=8*iw:-1}), literally; on a photo several thousand
     * pixels wide that is a picture of several hundred megapixels, gigabytes of memory.
     */
    SOURCE
  }

  private Zoompan() {}

  static List<String> arguments(
      Path photo, int width, int height, int fps, int frames, double endZoom, Prescale prescale,
      EncoderSettings settings, Path output) {
    String zoompan =
        String.format(
            Locale.ROOT,
            "zoompan=z='1+%s*on/%d':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=%d:s=%dx%d:fps=%d",
            trim(endZoom - 1), frames - 1, frames, width, height, fps);
    String filter =
        switch (prescale) {
          case NONE -> zoompan;
          case OUTPUT -> "scale=" + PRESCALE * width + ":-2," + zoompan;
          case SOURCE -> "scale=" + PRESCALE + "*iw:-1," + zoompan;
        };
    List<String> arguments = new ArrayList<>();
    arguments.addAll(List.of("-y", "-nostdin", "-hide_banner", "-loglevel", "error"));
    arguments.addAll(List.of("-loop", "1", "-framerate", Integer.toString(fps), "-i", photo.toString()));
    arguments.addAll(List.of("-vf", filter, "-frames:v", Integer.toString(frames), "-an"));
    arguments.addAll(
        List.of("-c:v", "libx264", "-preset", settings.preset(), "-crf", Integer.toString(settings.crf())));
    if (settings.threads() > 0) arguments.addAll(List.of("-threads", Integer.toString(settings.threads())));
    arguments.addAll(List.of("-pix_fmt", "yuv420p", output.toString()));
    return arguments;
  }

  private static String trim(double value) {
    return String.format(Locale.ROOT, "%.6f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
