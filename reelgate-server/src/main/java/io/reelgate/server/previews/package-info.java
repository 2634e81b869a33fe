/**
 * Pictures derived from a finished video, made on first request and kept in the file storage
 * beside it ({@link io.reelgate.server.previews.VideoPreviews}): a thumbnail and a spritesheet. It
 * may use the core, {@code files}, {@code task} (where the files are kept) and motion's decoder.
 */
package io.reelgate.server.previews;
