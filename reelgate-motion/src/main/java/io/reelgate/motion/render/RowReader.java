package io.reelgate.motion.render;

import java.awt.image.BufferedImage;

/**
 * Reads one row of a picture as packed sRGB ints. Integer-RGB pictures (what the core's decoder
 * hands over) are copied straight from their raster; other layouts go through
 * {@link BufferedImage#getRGB}, which converts any colour model but costs a call per pixel.
 */
final class RowReader {
  private final BufferedImage image;
  private final int x;
  private final int[] row;
  private final boolean packed;

  RowReader(BufferedImage image, int x, int width) {
    this.image = image;
    this.x = x;
    this.row = new int[width];
    int type = image.getType();
    this.packed = type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB;
  }

  int[] row(int y) {
    if (packed) {
      image.getRaster().getDataElements(x, y, row.length, 1, row);
    } else {
      image.getRGB(x, y, row.length, 1, row, 0, row.length);
    }
    return row;
  }
}
