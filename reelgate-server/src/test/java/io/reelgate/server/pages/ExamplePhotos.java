package io.reelgate.server.pages;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the playground's example photos ({@code src/main/resources/web/examples/}), so that they
 * are ours to ship and can be drawn again: three 16:9 scenes with the depth and edges a camera
 * move shows well. Run it from reelgate-server with the test class path:
 * {@code java -cp target/test-classes io.reelgate.server.pages.ExamplePhotos src/main/resources/web/examples}.
 */
final class ExamplePhotos {
  static final int WIDTH = 768;
  static final int HEIGHT = 432;

  private ExamplePhotos() {}

  public static void main(String[] args) throws IOException {
    Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "src/main/resources/web/examples"));
    write(folder.resolve("lighthouse.jpg"), ExamplePhotos::lighthouse);
    write(folder.resolve("mountains.jpg"), ExamplePhotos::mountains);
    write(folder.resolve("city.jpg"), ExamplePhotos::city);
  }

  private static void lighthouse(Graphics2D g) {
    g.setPaint(new GradientPaint(0, 0, new Color(0x1c2a5a), 0, 260, new Color(0xf2a46b)));
    g.fillRect(0, 0, WIDTH, 260);
    g.setPaint(new GradientPaint(0, 260, new Color(0x2d5b7a), 0, HEIGHT, new Color(0x0c2233)));
    g.fillRect(0, 260, WIDTH, HEIGHT - 260);
    Random random = new Random(7);
    g.setColor(new Color(255, 220, 180, 90));
    for (int i = 0; i < 160; i++) {
      int y = 265 + random.nextInt(HEIGHT - 265);
      g.fillRect(random.nextInt(WIDTH), y, 8 + random.nextInt(30 + y / 8), 2);
    }
    g.setColor(new Color(0x22262b));
    g.fillPolygon(new Polygon(new int[] {420, 768, 768, 470}, new int[] {300, 250, 432, 432}, 4));
    g.setColor(new Color(0xe9e4da));
    g.fillPolygon(new Polygon(new int[] {560, 600, 612, 548}, new int[] {120, 120, 275, 275}, 4));
    g.setColor(new Color(0xb3261e));
    for (int y = 150; y < 270; y += 40) g.fillRect(552, y, 58, 14);
    g.setColor(new Color(0x2b2b2b));
    g.fillRect(552, 100, 56, 22);
    g.setColor(new Color(255, 236, 160, 120));
    g.fillPolygon(new Polygon(new int[] {580, 0, 0}, new int[] {110, 40, 150}, 3));
    g.setColor(new Color(0xfff3b0));
    g.fill(new Ellipse2D.Double(568, 98, 24, 24));
  }

  private static void mountains(Graphics2D g) {
    g.setPaint(new GradientPaint(0, 0, new Color(0x8ec5e8), 0, HEIGHT, new Color(0xfbe3c4)));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(new Color(0xfff6d8));
    g.fill(new Ellipse2D.Double(500, 70, 70, 70));
    Random random = new Random(11);
    Color[] ridges = {new Color(0x9fb4c7), new Color(0x6f8aa3), new Color(0x4a6680), new Color(0x2c455c), new Color(0x1a2e3f)};
    for (int layer = 0; layer < ridges.length; layer++) {
      int base = 190 + layer * 50;
      Polygon ridge = new Polygon();
      ridge.addPoint(0, HEIGHT);
      for (int x = 0; x <= WIDTH; x += 24) {
        ridge.addPoint(x, base - random.nextInt(60 + layer * 10) + (int) (30 * Math.sin(x / (60.0 + layer * 20))));
      }
      ridge.addPoint(WIDTH, HEIGHT);
      g.setColor(ridges[layer]);
      g.fillPolygon(ridge);
      g.setColor(new Color(255, 255, 255, 40));
      g.fillRect(0, base + 10, WIDTH, 18);
    }
  }

  private static void city(Graphics2D g) {
    g.setPaint(new GradientPaint(0, 0, new Color(0x0b1026), 0, HEIGHT, new Color(0x3b2a5c)));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    Random random = new Random(23);
    g.setColor(new Color(255, 255, 255, 180));
    for (int i = 0; i < 70; i++) g.fillRect(random.nextInt(WIDTH), random.nextInt(160), 2, 2);
    g.setColor(new Color(0xf4f1de));
    g.fill(new Ellipse2D.Double(90, 50, 46, 46));
    int x = 0;
    while (x < WIDTH) {
      int width = 40 + random.nextInt(60);
      int top = 140 + random.nextInt(180);
      g.setColor(new Color(20 + random.nextInt(20), 22 + random.nextInt(20), 40 + random.nextInt(30)));
      g.fillRect(x, top, width - 4, HEIGHT - top);
      for (int wy = top + 8; wy < HEIGHT - 10; wy += 14) {
        for (int wx = x + 5; wx < x + width - 12; wx += 11) {
          if (random.nextInt(3) == 0) {
            g.setColor(random.nextBoolean() ? new Color(0xffd27a) : new Color(0xbfe3ff));
            g.fillRect(wx, wy, 5, 7);
          }
        }
      }
      x += width;
    }
    g.setStroke(new BasicStroke(3));
    g.setColor(new Color(0xff5d73));
    g.drawLine(0, HEIGHT - 6, WIDTH, HEIGHT - 6);
  }

  private static void write(Path file, Consumer<Graphics2D> scene) throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    scene.accept(g);
    g.dispose();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam quality = writer.getDefaultWriteParam();
    quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    quality.setCompressionQuality(0.85f);
    Files.deleteIfExists(file);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), quality);
    } finally {
      writer.dispose();
    }
  }
}
