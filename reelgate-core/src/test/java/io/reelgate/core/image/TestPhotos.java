package io.reelgate.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The photos under {@code src/test/resources/photos} (see its README), for this and other modules. */
public final class TestPhotos {
  private TestPhotos() {}

  public static byte[] bytes(String name) {
    String path = "/photos/" + name;
    try (InputStream in = TestPhotos.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalArgumentException("no test photo " + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
