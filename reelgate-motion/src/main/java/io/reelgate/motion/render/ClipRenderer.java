package io.reelgate.motion.render;

import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.motion.camera.CameraGeometry;
import io.reelgate.motion.camera.CameraPath;
import io.reelgate.motion.encode.YuvFrame;
import io.reelgate.motion.morph.MidwayField;
import io.reelgate.motion.morph.Morph;
import java.awt.image.BufferedImage;

/**
 * Renders the frames of one job: prepared once (framing, working copies of the pictures), then asked
 * for frame after frame. Not thread-safe: one renderer per thread ({@link #twin} makes another).
 *
 * <p>With a last frame the clip travels from the first picture to the second: the second is
 * cover-cropped to the first's aspect ratio, both are filmed by the same camera, and over the middle
 * 60% of the clip (eased) the first {@link Morph morphs} into the second: content moves from where it
 * is in the first to where it is in the second, cross-fading only where the two do not correspond.
 * Over the second half of the clip the camera eases from its path onto the whole second picture, so
 * the clip opens on the first picture as the framing shows it and closes on exactly the second,
 * fitted to the frame. Without a first frame (text-to-video) the camera films a
 * {@link StoryboardCard}, framed like a picture (the first frame is the whole card), drawn at 1.5
 * times the output size and shrunk once to the working copy, which smooths its text.
 */
public final class ClipRenderer {
  static final double DISSOLVE_START = 0.2;
  static final double DISSOLVE_END = 0.8;
  /** From this share of the clip on, the camera settles onto the last picture fitted to the frame. */
  static final double SETTLE_START = 0.5;
  private static final double CARD_OVERSIZE = 1.5;

  private final OutputSize size;
  private final SamplingPlan plan;
  private final WorkingPicture first;
  private final WorkingPicture last;
  /** Between the two pictures; null without a last one. */
  private final Morph morph;
  private final FrameSampler sampler = new FrameSampler();
  private final MorphSampler morphSampler = new MorphSampler();
  private MidwayField midway;

  private ClipRenderer(OutputSize size, SamplingPlan plan, WorkingPicture first, WorkingPicture last, Morph morph) {
    this.size = size;
    this.plan = plan;
    this.first = first;
    this.last = last;
    this.morph = morph;
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
    if (job.firstFrame() == null || job.lastFrame() == null) return new ClipRenderer(size, plan, first, null, null);
    BufferedImage end = job.lastFrame();
    WorkingPicture.Crop endCrop =
        WorkingPicture.coverCrop(end.getWidth(), end.getHeight(), (double) crop.width() / crop.height());
    WorkingPicture last = WorkingPicture.of(end, endCrop, plan.workingWidth(), plan.workingHeight());
    return new ClipRenderer(size, plan, first, last, Morph.between(first.y, last.y, first.width, first.height));
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
    return new ClipRenderer(size, plan, first, last, morph);
  }

  /** Draws frame {@code index} (0-based) into {@code into}, which has the output size. */
  public void render(int index, YuvFrame into) {
    Homography luma = plan.lumaMaps().get(index);
    Homography chroma = plan.chromaMaps().get(index);
    if (last == null) {
      sampler.sample(first, luma, chroma, into);
      return;
    }
    double settled = settled(index, plan.frames());
    if (settled > 0) {
      Homography whole = wholePicture();
      luma = luma.towards(whole, settled);
      chroma = chroma.towards(whole, settled);
    }
    int weight = dissolveWeight(index, plan.frames());
    if (weight == 0 || weight == 256) {
      sampler.sample(weight == 0 ? first : last, luma, chroma, into);
      return;
    }
    if (midway == null) midway = morph.newField();
    morph.midway(weight / 256.0, midway);
    morphSampler.sample(first, last, midway, weight / 256f, luma, chroma, into);
  }

  /**
   * The map that shows the whole working picture in the frame: output pixel centre {@code i + 0.5}
   * lands on {@code (i + 0.5) * working / output}. The same for chroma, whose sides are both halved.
   */
  private Homography wholePicture() {
    double sx = (double) plan.workingWidth() / size.width();
    double sy = (double) plan.workingHeight() / size.height();
    return Homography.scaleThenTranslate(sx, sy, sx / 2 - 0.5, sy / 2 - 0.5);
  }

  /** How far the camera has settled onto the whole last picture at frame {@code index}, 0 to 1 (smootherstep). */
  static double settled(int index, int frames) {
    double clip = frames == 1 ? 1 : (double) index / (frames - 1);
    double t = (clip - SETTLE_START) / (1 - SETTLE_START);
    t = t < 0 ? 0 : Math.min(t, 1);
    return t * t * t * (t * (6 * t - 15) + 10);
  }

  /** How far the morph has gone at frame {@code index}, 0 (the first picture) to 256 (the last). */
  static int dissolveWeight(int index, int frames) {
    double clip = frames == 1 ? 1 : (double) index / (frames - 1);
    double t = (clip - DISSOLVE_START) / (DISSOLVE_END - DISSOLVE_START);
    t = t < 0 ? 0 : Math.min(t, 1);
    return (int) Math.round(256 * t * t * (3 - 2 * t));
  }
}
