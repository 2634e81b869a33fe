/**
 * The pictures a request gives: getting their bytes from a {@code data:} URI or a public URL
 * ({@link io.reelgate.core.image.ImageSource}), telling their format and size from the header alone
 * ({@link io.reelgate.core.image.ImageProbe}), the providers' input rules, and decoding them into
 * upright sRGB pixels within a limit of CPU time ({@link io.reelgate.core.image.ImageLoader},
 * {@link io.reelgate.core.image.TimedImageLoader}). The header parsers and decoders are
 * package-private. May use {@code core.net} (downloads) and {@code core.error}; besides the JDK,
 * ImageIO plug-ins (TwelveMonkeys) and FFmpeg's WebP decoder.
 */
package io.reelgate.core.image;
