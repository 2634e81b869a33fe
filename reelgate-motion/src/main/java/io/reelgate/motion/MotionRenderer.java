package io.reelgate.motion;

import io.reelgate.motion.render.OutputSize;
import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.render.Renderer;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.Soundtrack;
import io.reelgate.motion.sound.AmbientBed;
import io.reelgate.motion.render.ClipRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The built-in renderer, the motion engine: films the job's picture (or a storyboard card, for
 * text-to-video) with a virtual camera that performs the prompt's camera moves, and encodes H.264
 * in the job's {@link VideoFormat}: Hailuo's 25 fps, exactly 25 frames per second of clip, silent;
 * or MiniMax-H3's 24 fps, 17n + 5 frames, with a stereo AAC ambient bed ({@link AmbientBed}).
 * Frames are rendered on the calling thread while another thread encodes them, so rendering hides
 * behind encoding. An interrupt stops it within a frame, and a failed or interrupted render leaves
 * no file behind. See {@code docs/ENGINE.md}.
 */
public final class MotionRenderer implements Renderer {

  /** The smallest short side {@link #atShortSide} takes: x264 wants a 16-pixel macroblock at least. */
  public static final int SMALLEST_SHORT_SIDE = 16;

  private final EncoderSettings settings;
  /** Pixels on every video's short side; 0 for the side the job's resolution names. */
  private final int shortSide;

  public MotionRenderer() {
    this(EncoderSettings.defaults());
  }

  public MotionRenderer(EncoderSettings settings) {
    this(settings, 0);
  }

  private MotionRenderer(EncoderSettings settings, int shortSide) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.shortSide = shortSide;
  }

  /**
   * A renderer whose videos are {@code shortSide} pixels on their short side whatever resolution
   * the job asks, and otherwise as asked (duration, frame rate, ratio, sound, camera moves,
   * pictures): for tests that need a real H.264 MP4 quickly, not a large one (the JUnit extension
   * renders with it). H3's sides stay multiples of 32 ({@code shortSide} is then nominal).
   *
   * @param shortSide even, at least {@value #SMALLEST_SHORT_SIDE}
   */
  public static MotionRenderer atShortSide(int shortSide, EncoderSettings settings) {
    if (shortSide < SMALLEST_SHORT_SIDE || shortSide % 2 != 0) {
      throw new IllegalArgumentException("the short side must be even and at least " + SMALLEST_SHORT_SIDE + ", not " + shortSide);
    }
    return new MotionRenderer(settings, shortSide);
  }

  @Override
  public String name() {
    return "motion";
  }

  @Override
  public RenderResult render(RenderJob job, Path output, RenderProgress progress)
      throws IOException, InterruptedException {
    ClipRenderer renderer =
        shortSide == 0 ? ClipRenderer.prepare(job) : ClipRenderer.prepareAtShortSide(job, shortSide);
    OutputSize size = renderer.size();
    int fps = job.format().framesPerSecond();
    Soundtrack sound =
        job.format().audio() == VideoFormat.Audio.AMBIENT ? new AmbientBed(renderer.frames(), fps) : null;
    try {
      new EncodingPipeline(renderer, output, fps, sound, settings, progress).run();
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      deletePartial(output, e);
      throw e;
    }
    return new RenderResult(size.width(), size.height(), renderer.frames(), fps);
  }

  private static void deletePartial(Path output, Throwable cause) {
    try {
      Files.deleteIfExists(output);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
