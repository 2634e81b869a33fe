package io.reelgate.core.image;

/** The picture formats the APIs accept, identified by their bytes, never by a claimed type. */
public enum ImageFormat {
  JPEG,
  PNG,
  WEBP
}
