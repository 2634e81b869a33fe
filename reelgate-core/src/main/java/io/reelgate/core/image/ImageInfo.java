package io.reelgate.core.image;

/**
 * What the header of a picture says, read without decoding its pixels. {@code width} and
 * {@code height} are as the picture is shown, that is after its EXIF orientation.
 */
public record ImageInfo(ImageFormat format, int width, int height, long bytes) {}
