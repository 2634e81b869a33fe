package io.reelgate.core.image;

/** A picture given with a request: its bytes (as fetched or decoded from a data URI) and header. */
public record ImageInput(byte[] bytes, ImageInfo info) {}
