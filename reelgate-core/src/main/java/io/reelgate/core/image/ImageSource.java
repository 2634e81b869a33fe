package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;

/** Gets the bytes of a picture given as a public URL or a {@code data:image/...;base64,} URI. */
public interface ImageSource {
  /**
   * @param field the core field name, for errors ({@code image}, {@code end_image})
   * @throws InvalidFieldException when the reference is malformed, unreachable, too large or slow
   */
  byte[] fetch(String field, String reference);
}
