package io.reelgate.motion.render;

import io.reelgate.motion.camera.CameraGeometry;
import java.util.List;

/**
 * Where the picture stands on the plane the camera films, chosen once for the whole clip so that no
 * frame ever sees past the picture's edges: the picture is centred on the middle of everything the
 * camera will see and scaled up just enough (a uniform base zoom, never below a cover fit) to hold
 * it, keeping {@code margin} source pixels to spare for the sampling filter.
 *
 * <p>The picture is scaled about that middle, so a point of the plane moves towards the picture's
 * centre as the scale grows; the tightest scale is therefore found in closed form from the
 * bounding box of all frame corners, no search needed. The corners suffice: a homography maps the
 * frame rectangle onto the quadrilateral of its mapped corners (the plane lies in front of the
 * camera), and a quadrilateral lies inside a rectangle when its corners do.
 *
 * @param centreX the plane point shown at the picture's centre
 * @param centreY the plane point shown at the picture's centre
 * @param planePerSourcePixel plane units per source pixel (a cover fit times the base zoom)
 */
record Framing(double centreX, double centreY, double planePerSourcePixel) {

  /** Fits a picture of {@code sourceWidth x sourceHeight} to frames mapped by {@code frameToWorld}. */
  public static Framing fit(
      List<Homography> frameToWorld, CameraGeometry geometry, int sourceWidth, int sourceHeight, double margin) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Homography map : frameToWorld) {
      for (double[] corner : corners(geometry)) {
        if (map.mapW(corner[0], corner[1]) <= 0) {
          throw new IllegalStateException("the camera turned away from the picture");
        }
        double x = map.mapX(corner[0], corner[1]);
        double y = map.mapY(corner[0], corner[1]);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    double cover = Math.max((double) geometry.width() / sourceWidth, (double) geometry.height() / sourceHeight);
    double scale =
        Math.max(
            cover,
            Math.max(
                (maxX - minX) / 2 / (sourceWidth / 2.0 - margin),
                (maxY - minY) / 2 / (sourceHeight / 2.0 - margin)));
    return new Framing((minX + maxX) / 2, (minY + maxY) / 2, scale);
  }

  /** Maps the plane to continuous source pixel coordinates (0 at the left edge of pixel 0). */
  public Homography worldToSource(int sourceWidth, int sourceHeight) {
    double k = 1 / planePerSourcePixel;
    return Homography.scaleThenTranslate(k, k, sourceWidth / 2.0 - centreX * k, sourceHeight / 2.0 - centreY * k);
  }

  /** The area in source pixels of the largest frame: the frame that sees the most of the picture. */
  public double widestFrameSourceArea(List<Homography> frameToWorld, CameraGeometry geometry) {
    double largest = 0;
    double k = 1 / planePerSourcePixel;
    for (Homography map : frameToWorld) {
      double[][] c = corners(geometry);
      double area = 0;
      for (int i = 0; i < 4; i++) {
        double[] a = c[i];
        double[] b = c[(i + 1) % 4];
        double ax = map.mapX(a[0], a[1]) * k;
        double ay = map.mapY(a[0], a[1]) * k;
        double bx = map.mapX(b[0], b[1]) * k;
        double by = map.mapY(b[0], b[1]) * k;
        area += ax * by - bx * ay;
      }
      largest = Math.max(largest, Math.abs(area) / 2);
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
