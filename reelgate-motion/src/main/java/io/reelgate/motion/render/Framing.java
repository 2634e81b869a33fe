package io.reelgate.motion.render;

import io.reelgate.motion.camera.CameraGeometry;
import io.reelgate.motion.camera.CameraPath;
import java.util.List;

/**
 * Where the picture stands on the plane the camera films, frame by frame, so that a clip opens on
 * the whole picture and no frame ever sees past its edges.
 *
 * <p>At rest the camera sees exactly the whole picture: the picture is fitted to the resting frame
 * (the video keeps the picture's shape, so fitting is a resize). A move that needs room (truck,
 * pan, pedestal, tilt, tracking, shake) would then show what lies beyond the picture, so each frame
 * enlarges the picture about its centre just enough to hold the frame's four corners. That is the
 * smallest push that makes room: it brings the view back towards the centre as it narrows it and
 * leaves the centre of the picture where the move put it on screen. The corners suffice, since a
 * homography maps the frame onto the quadrilateral of its mapped corners (the plane lies in front
 * of the camera), and the need of a frame is closed form.
 *
 * <p>The need wobbles under a shake and falls as a move returns. The framing takes the smallest
 * curve above it that only rises, then only falls (the lower of its running maximum from the start
 * and from the end): the push eases in as the move needs room, holds, and lets go once the room is
 * not needed, starting at the first frame's own need (the whole picture, at rest) and ending at
 * the last frame's. A camera that pulls back (pull out, zoom out) would see past the picture at its
 * widest, so the whole clip is enlarged until its widest view is the whole picture: a pull back
 * starts that much closer and ends on the whole picture.
 */
final class Framing {
  private final int sourceWidth;
  private final int sourceHeight;
  /** Source pixels per plane unit, across and down, at magnification 1 (the resting fit). */
  private final double sourcePerPlaneX;
  private final double sourcePerPlaneY;
  /** Per frame, how much the picture is enlarged about its centre beyond the resting fit. */
  private final double[] magnifications;

  private Framing(int sourceWidth, int sourceHeight, double sourcePerPlaneX, double sourcePerPlaneY, double[] magnifications) {
    this.sourceWidth = sourceWidth;
    this.sourceHeight = sourceHeight;
    this.sourcePerPlaneX = sourcePerPlaneX;
    this.sourcePerPlaneY = sourcePerPlaneY;
    this.magnifications = magnifications;
  }

  /** Fits a picture of {@code sourceWidth x sourceHeight} to the frames of {@code path}, mapped by {@code frameToWorld}. */
  static Framing fit(CameraPath path, List<Homography> frameToWorld, CameraGeometry geometry, int sourceWidth, int sourceHeight) {
    int frames = frameToWorld.size();
    double[] need = new double[frames];
    double pullBack = 1;
    for (int i = 0; i < frames; i++) {
      need[i] = need(frameToWorld.get(i), geometry);
      pullBack = Math.max(pullBack, 1 / path.pose(i).magnification());
    }
    double[] magnifications = new double[frames];
    double fromStart = 0;
    for (int i = 0; i < frames; i++) {
      fromStart = Math.max(fromStart, need[i]);
      magnifications[i] = fromStart;
    }
    double fromEnd = 0;
    for (int i = frames - 1; i >= 0; i--) {
      fromEnd = Math.max(fromEnd, need[i]);
      magnifications[i] = Math.max(pullBack, Math.min(magnifications[i], fromEnd));
    }
    return new Framing(
        sourceWidth,
        sourceHeight,
        (double) sourceWidth / geometry.width(),
        (double) sourceHeight / geometry.height(),
        magnifications);
  }

  /**
   * The magnification at which the frame's corners lie on the picture's edges or inside them: the
   * resting frame covers the plane from {@code -width/2} to {@code width/2} across, and so on down.
   */
  private static double need(Homography frameToWorld, CameraGeometry geometry) {
    double halfWidth = geometry.width() / 2.0;
    double halfHeight = geometry.height() / 2.0;
    double need = 0;
    for (double[] corner : corners(geometry)) {
      if (frameToWorld.mapW(corner[0], corner[1]) <= 0) {
        throw new IllegalStateException("the camera turned away from the picture");
      }
      need = Math.max(need, Math.abs(frameToWorld.mapX(corner[0], corner[1])) / halfWidth);
      need = Math.max(need, Math.abs(frameToWorld.mapY(corner[0], corner[1])) / halfHeight);
    }
    return need;
  }

  /** How much frame {@code frame} enlarges the picture beyond the resting fit: 1 shows it whole. */
  double magnification(int frame) {
    return magnifications[frame];
  }

  /** Maps the plane to continuous source pixel coordinates (0 at the left edge of pixel 0) for frame {@code frame}. */
  Homography worldToSource(int frame) {
    double m = magnifications[frame];
    return Homography.scaleThenTranslate(sourcePerPlaneX / m, sourcePerPlaneY / m, sourceWidth / 2.0, sourceHeight / 2.0);
  }

  /** The area in source pixels of the largest frame: the frame that sees the most of the picture. */
  double widestFrameSourceArea(List<Homography> frameToWorld, CameraGeometry geometry) {
    double largest = 0;
    double[][] c = corners(geometry);
    for (int frame = 0; frame < frameToWorld.size(); frame++) {
      Homography map = frameToWorld.get(frame);
      double area = 0;
      for (int i = 0; i < 4; i++) {
        double[] a = c[i];
        double[] b = c[(i + 1) % 4];
        area += map.mapX(a[0], a[1]) * map.mapY(b[0], b[1]) - map.mapX(b[0], b[1]) * map.mapY(a[0], a[1]);
      }
      double m = magnifications[frame];
      largest = Math.max(largest, Math.abs(area) / 2 * sourcePerPlaneX * sourcePerPlaneY / (m * m));
    }
    return largest;
  }

  /** The frame's outer corners in centred coordinates, in order around the frame. */
  static double[][] corners(CameraGeometry geometry) {
    double hw = geometry.width() / 2.0;
    double hh = geometry.height() / 2.0;
    return new double[][] {{-hw, -hh}, {hw, -hh}, {hw, hh}, {-hw, hh}};
  }
}
