package io.reelgate.motion;

import io.reelgate.motion.render.OutputSize;
import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.render.Renderer;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.render.ClipRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The built-in renderer, the motion engine: films the job's picture (or a storyboard card, for
 * text-to-video) with a virtual camera that performs the prompt's camera moves, and encodes H.264
 * at 25 fps, exactly 25 frames per second of clip. Frames are rendered on the calling thread while another thread
 * encodes them, so rendering hides behind encoding. An interrupt stops it within a frame, and a
 * failed or interrupted render leaves no file behind. See {@code docs/ENGINE.md}.
 */
public final class MotionRenderer implements Renderer {
  public static final int FPS = 25;

  private final EncoderSettings settings;

  public MotionRenderer() {
    this(EncoderSettings.defaults());
  }

  public MotionRenderer(EncoderSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public String name() {
    return "motion";
  }

  @Override
  public RenderResult render(RenderJob job, Path output, RenderProgress progress)
      throws IOException, InterruptedException {
    ClipRenderer renderer = ClipRenderer.prepare(job, FPS);
    OutputSize size = renderer.size();
    try {
      new EncodingPipeline(renderer, output, FPS, settings, progress).run();
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      deletePartial(output, e);
      throw e;
    }
    return new RenderResult(size.width(), size.height(), renderer.frames(), FPS);
  }

  private static void deletePartial(Path output, Throwable cause) {
    try {
      Files.deleteIfExists(output);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
