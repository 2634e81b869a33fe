package io.reelgate.core.image;

/**
 * What a header says about the pixels as they are stored: {@code width x height} before the EXIF
 * {@code orientation} (1 to 8, 1 when the file has none) is applied.
 */
record StoredHeader(ImageFormat format, int width, int height, int orientation) {

  /** Orientations 5 to 8 turn the picture a quarter, so that its shown width is its stored height. */
  boolean quarterTurned() {
    return orientation >= 5;
  }

  int shownWidth() {
    return quarterTurned() ? height : width;
  }

  int shownHeight() {
    return quarterTurned() ? width : height;
  }
}
