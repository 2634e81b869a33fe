package io.reelgate.server;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Pictures for requests, as {@code data:image/...;base64,} URIs. */
final class TestImages {
  private TestImages() {}

  /** A gradient PNG of this size, drawn on the spot. */
  static String png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dataUri("image/png", out.toByteArray());
  }

  /** A photo of the core's test photos ({@code /photos/<name>}). */
  static String photo(String name) {
    try (InputStream in = TestImages.class.getResourceAsStream("/photos/" + name)) {
      if (in == null) throw new IllegalStateException("no test photo /photos/" + name);
      String type = name.endsWith(".png") ? "image/png" : "image/jpeg";
      return dataUri(type, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String dataUri(String type, byte[] bytes) {
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }
}
