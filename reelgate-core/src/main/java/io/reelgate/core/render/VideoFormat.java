package io.reelgate.core.render;

import io.reelgate.core.model.Family;
import io.reelgate.core.model.Ratio;
import java.util.Objects;

/**
 * The shape of the file a renderer makes, beyond its resolution and length: the frame's aspect
 * ratio, the frame rate, the frame-size rule of the model family, and whether it carries a sound
 * track. Hailuo 2.x (MiniMax V1 and its resellers) makes silent 25 fps clips in the picture's own
 * shape; MiniMax-H3 (the V2 API) makes 24 fps clips with stereo sound, in a chosen ratio whose
 * sides are multiples of 32 (docs/ENGINE.md).
 *
 * @param ratio the frame's aspect ratio; {@link Ratio#ADAPTIVE} for the picture's own (16:9 for text alone)
 * @param framesPerSecond frames per second of clip
 * @param sizes how the frame's pixel size follows from resolution and ratio
 * @param audio the sound track to put beside the picture
 */
public record VideoFormat(Ratio ratio, int framesPerSecond, FrameSizes sizes, Audio audio) {

  /** Hailuo 2.x: the picture's own shape (16:9 for text), 25 fps, silent. */
  public static final VideoFormat HAILUO = new VideoFormat(Ratio.ADAPTIVE, 25, FrameSizes.PICTURE_SHAPE, Audio.NONE);

  public VideoFormat {
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(sizes, "sizes");
    Objects.requireNonNull(audio, "audio");
    if (framesPerSecond < 1 || framesPerSecond > 60) {
      throw new IllegalArgumentException("frames per second must be 1-60, not " + framesPerSecond);
    }
  }

  /** The format a model of {@code family} makes in {@code ratio}: the one place a family's frame rate, sizes and sound are chosen. */
  public static VideoFormat of(Family family, Ratio ratio) {
    return switch (family) {
      case HAILUO -> HAILUO.withRatio(ratio);
      case H3 -> h3(ratio);
    };
  }

  /** MiniMax-H3's clips (the V2 API): 24 fps, sides multiples of 32, stereo sound. */
  public static VideoFormat h3(Ratio ratio) {
    return new VideoFormat(ratio, 24, FrameSizes.MULTIPLES_OF_32, Audio.AMBIENT);
  }

  /** The same format in another ratio. */
  public VideoFormat withRatio(Ratio chosen) {
    return new VideoFormat(chosen, framesPerSecond, sizes, audio);
  }

  /** How a model family turns resolution and ratio into a frame size. */
  public enum FrameSizes {
    /** Hailuo 2.x: the short side is the resolution's number, the long side follows the shape (768P 16:9 = 1366x768). */
    PICTURE_SHAPE,
    /** MiniMax-H3: both sides multiples of 32 within the resolution's pixel budget (768P 16:9 = 1344x768). */
    MULTIPLES_OF_32
  }

  /** The sound track beside the picture. */
  public enum Audio {
    /** No audio stream at all. */
    NONE,
    /** A stereo AAC stream carrying a quiet ambient bed derived from the picture (the engine cannot invent real sound). */
    AMBIENT
  }
}
