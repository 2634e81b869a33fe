package io.reelgate.motion.render;

import io.reelgate.motion.camera.CameraGeometry;
import io.reelgate.motion.camera.CameraPath;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a whole clip, fixed before any pixel is touched: the size of the working copy of
 * the picture and, per frame, the maps from output pixels to working pixels.
 *
 * <p>The working copy is the picture scaled so that the widest frame of the clip (the one that sees
 * the most of it, the whole picture at the clip's widest) maps about one working pixel to one
 * output pixel: a large photo is shrunk once, with a proper filter, and each frame then samples at
 * a scale between 1:1 and enlargement, where bilinear interpolation neither aliases nor blurs much.
 * A picture smaller than that is kept as it is (never enlarged twice). The {@link Framing} keeps
 * every frame within the picture's outer edges; a pixel of the frame's outermost row or column may
 * still fall within half a working pixel of the edge, beyond the outermost sample, where the
 * sampler repeats the edge sample as any resize does.
 *
 * @param lumaMaps per frame, output luma pixel index to working luma sample position (pixel
 *     centres at integers)
 * @param chromaMaps per frame, output chroma pixel index to working chroma sample position
 */
public record SamplingPlan(
    int outputWidth, int outputHeight, int workingWidth, int workingHeight, Framing framing,
    List<Homography> lumaMaps, List<Homography> chromaMaps) {

  public SamplingPlan {
    lumaMaps = List.copyOf(lumaMaps);
    chromaMaps = List.copyOf(chromaMaps);
  }

  public static SamplingPlan of(CameraPath path, CameraGeometry geometry, int sourceWidth, int sourceHeight) {
    List<Homography> frameToWorld = new ArrayList<>(path.frames());
    for (int i = 0; i < path.frames(); i++) {
      frameToWorld.add(VirtualCamera.frameToWorld(path.pose(i), geometry));
    }
    int outW = geometry.width();
    int outH = geometry.height();
    Framing framing = Framing.fit(path, frameToWorld, geometry, sourceWidth, sourceHeight);
    double scale = workingScale(framing, frameToWorld, geometry);
    // Never larger than the source: the copy only ever shrinks (sampling does the enlarging).
    int workW = Math.min(even(sourceWidth * scale), sourceWidth & ~1);
    int workH = Math.min(even(sourceHeight * scale), sourceHeight & ~1);

    double kx = (double) workW / sourceWidth;
    double ky = (double) workH / sourceHeight;
    Homography sourceToLuma = Homography.scaleThenTranslate(kx, ky, -0.5, -0.5);
    Homography sourceToChroma = Homography.scaleThenTranslate(kx / 2, ky / 2, -0.5, -0.5);
    // Output pixel i covers [i, i + 1): its centre is i + 0.5; a chroma pixel covers two.
    Homography lumaToFrame = Homography.scaleThenTranslate(1, 1, 0.5 - outW / 2.0, 0.5 - outH / 2.0);
    Homography chromaToFrame = Homography.scaleThenTranslate(2, 2, 1 - outW / 2.0, 1 - outH / 2.0);
    List<Homography> luma = new ArrayList<>(frameToWorld.size());
    List<Homography> chroma = new ArrayList<>(frameToWorld.size());
    for (int i = 0; i < frameToWorld.size(); i++) {
      Homography frameToSource = framing.worldToSource(i).after(frameToWorld.get(i));
      luma.add(sourceToLuma.after(frameToSource).after(lumaToFrame).normalized());
      chroma.add(sourceToChroma.after(frameToSource).after(chromaToFrame).normalized());
    }
    return new SamplingPlan(outW, outH, workW, workH, framing, luma, chroma);
  }

  public int frames() {
    return lumaMaps.size();
  }

  /** Working pixels per source pixel: 1:1 at the widest frame, at most 1. */
  private static double workingScale(Framing framing, List<Homography> frameToWorld, CameraGeometry geometry) {
    double area = framing.widestFrameSourceArea(frameToWorld, geometry);
    double scale = Math.sqrt((double) geometry.width() * geometry.height() / area);
    // Within 2% of 1:1 the copy is left alone: a filter pass would only soften it.
    return scale > 0.98 ? 1 : scale;
  }

  private static int even(double side) {
    return Math.max(4, 2 * (int) Math.round(side / 2));
  }
}
