package io.reelgate.motion.render;

import io.reelgate.core.render.RenderJob;
import io.reelgate.motion.render.OutputSize;
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
 * {@link StoryboardCard}, framed like a picture (the first frame is the whole card), drawn at 1.5
 * times the output size and shrunk once to the working copy, which smooths its text.
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
  public static ClipRenderer prepare(RenderJob job, int fps) {
    return prepare(job, fps, job.resolution().shortSide());
  }

  /** As {@link #prepare(RenderJob, int)}, {@code shortSide} pixels on the video's short side whatever the job's resolution. */
  public static ClipRenderer prepare(RenderJob job, int fps, int shortSide) {
    BufferedImage picture = job.firstFrame();
    OutputSize size =
        picture == null
            ? OutputSize.textToVideo(shortSide)
            : OutputSize.of(picture.getWidth(), picture.getHeight(), shortSide);
    if (picture == null) {
      picture =
          StoryboardCard.draw(
              job.prompt(), (int) Math.round(size.width() * CARD_OVERSIZE), (int) Math.round(size.height() * CARD_OVERSIZE));
    }
    CameraGeometry geometry = CameraGeometry.of(size.width(), size.height());
    CameraPath path = CameraPath.of(job.script(), geometry, fps * job.durationSeconds(), fps);
    SamplingPlan plan = SamplingPlan.of(path, geometry, picture.getWidth(), picture.getHeight());
    WorkingPicture first =
        WorkingPicture.of(picture, WorkingPicture.Crop.whole(picture), plan.workingWidth(), plan.workingHeight());
    WorkingPicture last = null;
    if (job.firstFrame() != null && job.lastFrame() != null) {
      BufferedImage end = job.lastFrame();
      WorkingPicture.Crop crop =
          WorkingPicture.coverCrop(end.getWidth(), end.getHeight(), (double) picture.getWidth() / picture.getHeight());
      last = WorkingPicture.of(end, crop, plan.workingWidth(), plan.workingHeight());
    }
    return new ClipRenderer(size, plan, first, last);
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
