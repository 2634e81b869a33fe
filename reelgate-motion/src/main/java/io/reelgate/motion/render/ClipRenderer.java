package io.reelgate.motion.render;

import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.motion.camera.CameraGeometry;
import io.reelgate.motion.camera.CameraPath;
import io.reelgate.motion.encode.YuvFrame;
import java.awt.image.BufferedImage;

/**
 * Renders the frames of one job: prepared once (framing, working copies of the pictures), then asked
 * for frame after frame. Not thread-safe: one renderer per thread ({@link #twin} makes another).
 *
 * <p>With a last frame the clip travels from the first picture to the second: the second is
 * cover-cropped to the first's aspect ratio, both are filmed by the same camera, and the second
 * dissolves in over the middle 60% of the clip (eased), so the clip opens on exactly the first
 * picture and closes on exactly the second. Without a first frame (text-to-video) the camera films a
 * {@link StoryboardCard} drawn at 1.5 times the output size, so that it is shrunk, never enlarged,
 * for most moves.
 */
public final class ClipRenderer {
  static final double DISSOLVE_START = 0.2;
  static final double DISSOLVE_END = 0.8;
  private static final double CARD_OVERSIZE = 1.5;

  private final OutputSize size;
  private final SamplingPlan plan;
  private final WorkingPicture first;
  private final WorkingPicture last;
  private final FrameSampler sampler = new FrameSampler();
  private YuvFrame scratch;

  private ClipRenderer(OutputSize size, SamplingPlan plan, WorkingPicture first, WorkingPicture last) {
    this.size = size;
    this.plan = plan;
    this.first = first;
    this.last = last;
  }

  /** Plans the clip and prepares its pictures; the costly part that is done once per job. */
  public static ClipRenderer prepare(RenderJob job) {
    return prepareAtShortSide(job, job.resolution().shortSide());
  }

  /**
   * As {@link #prepare(RenderJob)}, nominally {@code shortSide} pixels on the video's short side
   * whatever the job's resolution. A picture whose shape differs from the frame's ratio is
   * cover-cropped (centred) to it, so that the camera films exactly that crop.
   */
  public static ClipRenderer prepareAtShortSide(RenderJob job, int shortSide) {
    VideoFormat format = job.format();
    BufferedImage picture = job.firstFrame();
    OutputSize size =
        picture == null
            ? OutputSize.textToVideo(format, shortSide)
            : OutputSize.of(format, shortSide, picture.getWidth(), picture.getHeight());
    WorkingPicture.Crop crop;
    if (picture == null) {
      picture =
          StoryboardCard.draw(
              job.prompt(), (int) Math.round(size.width() * CARD_OVERSIZE), (int) Math.round(size.height() * CARD_OVERSIZE));
      crop = WorkingPicture.Crop.whole(picture);
    } else {
      crop = framedCrop(picture, size, format);
    }
    CameraGeometry geometry = CameraGeometry.of(size.width(), size.height());
    int fps = format.framesPerSecond();
    CameraPath path = CameraPath.of(job.script(), geometry, FrameCount.of(format, job.durationSeconds()), fps);
    SamplingPlan plan = SamplingPlan.of(path, geometry, crop.width(), crop.height());
    WorkingPicture first = WorkingPicture.of(picture, crop, plan.workingWidth(), plan.workingHeight());
    WorkingPicture last = null;
    if (job.firstFrame() != null && job.lastFrame() != null) {
      BufferedImage end = job.lastFrame();
      WorkingPicture.Crop endCrop =
          WorkingPicture.coverCrop(end.getWidth(), end.getHeight(), (double) crop.width() / crop.height());
      last = WorkingPicture.of(end, endCrop, plan.workingWidth(), plan.workingHeight());
    }
    return new ClipRenderer(size, plan, first, last);
  }

  /**
   * The part of the picture the clip shows: all of it when the frame takes the picture's own shape
   * (Hailuo's adaptive frame, the picture's aspect with even sides), else the centred crop in the
   * frame's aspect ratio.
   */
  private static WorkingPicture.Crop framedCrop(BufferedImage picture, OutputSize size, VideoFormat format) {
    return OutputSize.keepsPictureShape(format)
        ? WorkingPicture.Crop.whole(picture)
        : WorkingPicture.coverCrop(picture.getWidth(), picture.getHeight(), size.aspect());
  }

  public OutputSize size() {
    return size;
  }

  public int frames() {
    return plan.frames();
  }

  public SamplingPlan plan() {
    return plan;
  }

  /**
   * A renderer of the same clip for another thread: it shares the plan and the working pictures,
   * which nobody changes, and has its own scratch.
   */
  public ClipRenderer twin() {
    return new ClipRenderer(size, plan, first, last);
  }

  /** Draws frame {@code index} (0-based) into {@code into}, which has the output size. */
  public void render(int index, YuvFrame into) {
    Homography luma = plan.lumaMaps().get(index);
    Homography chroma = plan.chromaMaps().get(index);
    int weight = last == null ? 0 : dissolveWeight(index, plan.frames());
    if (weight == 256) {
      sampler.sample(last, luma, chroma, into);
      return;
    }
    sampler.sample(first, luma, chroma, into);
    if (weight > 0) {
      if (scratch == null) scratch = new YuvFrame(into.width, into.height);
      sampler.sample(last, luma, chroma, scratch);
      FrameSampler.blend(into, scratch, weight);
    }
  }

  /** How much of the last picture frame {@code index} shows, 0 to 256. */
  static int dissolveWeight(int index, int frames) {
    double clip = frames == 1 ? 1 : (double) index / (frames - 1);
    double t = (clip - DISSOLVE_START) / (DISSOLVE_END - DISSOLVE_START);
    t = t < 0 ? 0 : Math.min(t, 1);
    return (int) Math.round(256 * t * t * (3 - 2 * t));
  }
}
