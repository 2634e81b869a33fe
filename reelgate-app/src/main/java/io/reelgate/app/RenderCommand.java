package io.reelgate.app;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.image.DefaultImageSource;
import io.reelgate.core.image.ImageInput;
import io.reelgate.core.image.ImageLoader;
import io.reelgate.core.image.ImageSource;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.request.MediaSources;
import io.reelgate.core.request.RequestValidator;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.request.VideoRequestDraft;
import io.reelgate.motion.MotionRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.javacpp.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reelgate render}: the motion engine on its own, a photo and a prompt in, an MP4 out. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render a video from a photo (or from text alone) and a prompt, offline, with no server.")
final class RenderCommand implements Callable<Integer> {
  /** The API's field names as this command's options, so errors name what the user typed. */
  private static final Map<String, String> OPTION_OF_FIELD =
      Map.of(
          "image", "--image",
          "end_image", "--end-image",
          "prompt", "--prompt",
          "duration", "--duration",
          "resolution", "--resolution",
          "model", "--model");

  @Option(names = "--image", description = "The first frame: a file, a URL or a data URI. Without it, text-to-video.")
  String image;

  @Option(names = "--end-image", description = "The last frame: a file, a URL or a data URI.")
  String endImage;

  @Option(names = "--prompt", required = true, description = "The prompt, with camera commands such as [Pan left].")
  String prompt;

  @Option(names = "--duration", description = "6 or 10 seconds (default: 6).")
  Integer duration;

  @Option(names = "--resolution", description = "512P, 720P, 768P or 1080P (default: 768P).")
  String resolution;

  @Option(names = "--no-prompt-expansion", description = "Read only bracketed camera commands, not natural language.")
  boolean noPromptExpansion;

  @Option(
      names = "--model",
      defaultValue = ModelCatalog.REELGATE_MOTION,
      description = "The model whose rules apply (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = {"-o", "--output"}, required = true, description = "The MP4 to write.")
  Path output;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws IOException, InterruptedException {
    StartupTrace.mark("command line parsed");
    String unwritable = OutputFile.problem(output);
    if (unwritable != null) {
      System.err.println("reelgate render: --output: " + unwritable);
      return 2;
    }
    // FFmpeg's libraries take a few tenths of a second to load: on the other core, while the photo
    // is read and decoded, rather than after.
    Thread.ofPlatform().daemon().name("ffmpeg-load").start(RenderCommand::loadFfmpeg);
    ValidatedRequest request;
    RenderJob job;
    try {
      // The pictures are decoded once, below, at the size this video needs, not also by the validator.
      RequestValidator validator = new RequestValidator(ModelCatalog.standard(), new FileOrRemoteImageSource(), MediaSources.publicOnly(), false);
      request =
          validator.validate(
              new VideoRequestDraft(model, prompt, image, endImage, duration, resolution, !noPromptExpansion, false, false, null));
      StartupTrace.mark("request validated");
      int shortSide = request.resolution().shortSide();
      job =
          new RenderJob(
              request.model().id(),
              request.prompt(),
              request.script(),
              decode("image", request.firstFrame(), shortSide),
              decode("end_image", request.lastFrame(), shortSide),
              request.durationSeconds(),
              request.resolution(),
              request.format());
      StartupTrace.mark("photo read and decoded");
    } catch (InvalidFieldException e) {
      System.err.println("reelgate render: " + OPTION_OF_FIELD.getOrDefault(e.field(), e.field()) + ": " + e.reason());
      return 2;
    }
    CameraReadingLines.print(request.script(), request.durationSeconds(), System.err);
    ProgressBar bar = ProgressBar.forStderr("rendering");
    long started = System.nanoTime();
    RenderResult result =
        new MotionRenderer()
            .render(
                job,
                output,
                (done, total) -> {
                  if (done == 1) StartupTrace.mark("first frame rendered");
                  bar.update(done, total);
                });
    bar.finish();
    StartupTrace.mark("video written");
    System.err.printf(
        "wrote %s: %dx%d, %d frames at %d fps, in %.2f s%n",
        output, result.width(), result.height(), result.frames(), result.fps(), (System.nanoTime() - started) / 1e9);
    return 0;
  }

  private static void loadFfmpeg() {
    try {
      Loader.load(avformat.class); // and the libraries it links: avcodec (libx264), avutil
      StartupTrace.mark("FFmpeg loaded (other thread)");
    } catch (RuntimeException | LinkageError e) {
      // The encoder loads them again when it starts, and reports the failure there.
    }
  }

  private static BufferedImage decode(String field, ImageInput input, int videoShortSide) {
    return input == null ? null : ImageLoader.loadForVideo(field, input.bytes(), videoShortSide);
  }

  /** Files on disk, besides the URLs and data URIs that the API takes. */
  private static final class FileOrRemoteImageSource implements ImageSource {
    private final ImageSource remote = new DefaultImageSource();

    @Override
    public byte[] fetch(String field, String reference) {
      if (reference.startsWith("data:") || reference.startsWith("http://") || reference.startsWith("https://")) {
        return remote.fetch(field, reference);
      }
      try {
        return Files.readAllBytes(Path.of(reference));
      } catch (NoSuchFileException e) {
        throw new InvalidFieldException(field, "no such file: " + reference);
      } catch (IOException e) {
        throw new InvalidFieldException(field, "cannot read " + reference + ": " + e.getMessage());
      }
    }
  }
}
