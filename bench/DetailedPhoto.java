import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The benchmark's detailed photo (docs/BENCHMARKS.md): a busy street of a made-up town at dusk,
 * 3705x2500, drawn from a fixed seed, so every run draws the same scene (the stalls' lettering
 * takes the machine's sans-serif font). One source file, run by bench/motion.sh with {@code java
 * bench/DetailedPhoto.java OUTPUT.jpg}.
 *
 * <p>Why a drawing and not the deep field upscaled: the deep field is mostly black sky, which JPEG
 * stores in few bits and decodes fast; a street of façades, windows, awnings, a crowd and grain
 * gives the decoder, the renderer's shrink and libx264 what a real phone photo of a town gives
 * them (a JPEG of about 2 to 3 MB at quality 90).
 */
public final class DetailedPhoto {
  static final int WIDTH = 3705;
  static final int HEIGHT = 2500;
  static final long SEED = 15;

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java bench/DetailedPhoto.java OUTPUT.jpg");
      System.exit(2);
    }
    BufferedImage photo = draw(new Random(SEED));
    write(photo, Path.of(args[0]));
  }

  static BufferedImage draw(Random random) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(38, 52, 110), 0, HEIGHT * 0.45f, new Color(236, 150, 96)));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    clouds(g, random);
    // Three rows of houses, the farthest first, each row lower, larger and nearer.
    for (int row = 0; row < 3; row++) houses(g, random, row);
    street(g, random);
    crowd(g, random);
    g.dispose();
    grain(image, random);
    return image;
  }

  private static void clouds(Graphics2D g, Random random) {
    for (int i = 0; i < 260; i++) {
      int w = 80 + random.nextInt(420);
      int h = 20 + random.nextInt(70);
      g.setColor(new Color(255, 200 + random.nextInt(40), 170 + random.nextInt(60), 30 + random.nextInt(60)));
      g.fillOval(random.nextInt(WIDTH + w) - w, random.nextInt(HEIGHT / 3), w, h);
    }
  }

  private static void houses(Graphics2D g, Random random, int row) {
    int ground = HEIGHT * (52 + 9 * row) / 100;
    double scale = 0.6 + 0.45 * row;
    for (int x = -random.nextInt(200); x < WIDTH; ) {
      int w = (int) ((160 + random.nextInt(260)) * scale);
      int h = (int) ((380 + random.nextInt(520)) * scale);
      int top = ground - h;
      Color wall = new Color(90 + random.nextInt(140), 60 + random.nextInt(120), 50 + random.nextInt(110));
      g.setColor(wall);
      g.fillRect(x, top, w, h);
      bricks(g, random, x, top, w, h, wall);
      g.setColor(wall.darker().darker());
      g.fillPolygon(new int[] {x - 8, x + w / 2, x + w + 8}, new int[] {top, top - (int) (90 * scale), top}, 3);
      windows(g, random, x, top, w, h, scale);
      x += w + random.nextInt(12);
    }
  }

  private static void bricks(Graphics2D g, Random random, int x, int top, int w, int h, Color wall) {
    g.setStroke(new BasicStroke(1f));
    Color mortar = wall.darker();
    for (int y = top + 6; y < top + h; y += 7) {
      g.setColor(mortar);
      g.drawLine(x, y, x + w, y);
      for (int bx = x + (y / 7 % 2) * 9; bx < x + w; bx += 18 + random.nextInt(3)) g.drawLine(bx, y - 7, bx, y);
    }
  }

  private static void windows(Graphics2D g, Random random, int x, int top, int w, int h, double scale) {
    int size = (int) (34 * scale);
    int gap = (int) (22 * scale);
    for (int wy = top + gap; wy + size < top + h - 2 * size; wy += size + gap) {
      for (int wx = x + gap; wx + size < x + w - gap / 2; wx += size + gap) {
        boolean lit = random.nextInt(3) == 0;
        g.setColor(lit ? new Color(255, 210 + random.nextInt(40), 120 + random.nextInt(80)) : new Color(30, 40 + random.nextInt(30), 60));
        g.fillRect(wx, wy, size, (int) (size * 1.4));
        g.setColor(Color.DARK_GRAY);
        g.drawRect(wx, wy, size, (int) (size * 1.4));
        g.drawLine(wx + size / 2, wy, wx + size / 2, wy + (int) (size * 1.4));
      }
    }
  }

  private static void street(Graphics2D g, Random random) {
    int top = HEIGHT * 70 / 100;
    g.setColor(new Color(70, 66, 64));
    g.fillRect(0, top, WIDTH, HEIGHT - top);
    // Cobbles: small stones in rows that grow towards the viewer.
    for (int y = top; y < HEIGHT; ) {
      int size = 8 + (y - top) / 22;
      for (int x = -random.nextInt(size); x < WIDTH; x += size + 2) {
        int shade = 70 + random.nextInt(70);
        g.setColor(new Color(shade, shade - 6, shade - 12));
        g.fillRoundRect(x, y, size, size * 2 / 3, size / 3, size / 3);
      }
      y += size * 2 / 3 + 2;
    }
    // Market stalls with striped awnings and fruit.
    Font font = new Font(Font.SANS_SERIF, Font.BOLD, 44);
    g.setFont(font);
    for (int x = 40; x < WIDTH - 300; x += 420 + random.nextInt(160)) {
      int y = top - 120;
      for (int s = 0; s < 10; s++) {
        g.setColor(s % 2 == 0 ? new Color(200, 40 + random.nextInt(40), 40) : new Color(245, 240, 225));
        g.fillRect(x + s * 34, y, 34, 90);
      }
      g.setColor(new Color(110, 80, 50));
      g.fillRect(x, y + 90, 340, 150);
      for (int i = 0; i < 160; i++) {
        g.setColor(Color.getHSBColor(random.nextFloat() * 0.2f, 0.8f, 0.6f + random.nextFloat() * 0.4f));
        g.fillOval(x + 6 + random.nextInt(320), y + 96 + random.nextInt(60), 14, 14);
      }
      g.setColor(Color.WHITE);
      g.drawString("MARKET " + (char) ('A' + random.nextInt(26)) + random.nextInt(100), x + 20, y - 14);
    }
  }

  private static void crowd(Graphics2D g, Random random) {
    int top = HEIGHT * 72 / 100;
    for (int i = 0; i < 900; i++) {
      int y = top + random.nextInt(HEIGHT - top);
      double scale = 0.5 + 1.5 * (y - top) / (double) (HEIGHT - top);
      int w = (int) (34 * scale);
      int h = (int) (110 * scale);
      int x = random.nextInt(WIDTH);
      g.setColor(Color.getHSBColor(random.nextFloat(), 0.3f + random.nextFloat() * 0.6f, 0.3f + random.nextFloat() * 0.6f));
      g.fillRoundRect(x, y - h, w, h, w / 2, w / 2);
      g.setColor(new Color(160 + random.nextInt(80), 110 + random.nextInt(60), 80 + random.nextInt(50)));
      g.fillOval(x + w / 6, y - h - w * 2 / 3, w * 2 / 3, w * 2 / 3);
    }
  }

  /** Film grain, as a camera sensor gives every photo: the high frequencies a drawing lacks. */
  private static void grain(BufferedImage image, Random random) {
    int[] row = new int[WIDTH];
    for (int y = 0; y < HEIGHT; y++) {
      image.getRGB(0, y, WIDTH, 1, row, 0, WIDTH);
      for (int x = 0; x < WIDTH; x++) {
        int n = random.nextInt(13) - 6;
        int rgb = row[x];
        row[x] = clamp((rgb >> 16 & 255) + n) << 16 | clamp((rgb >> 8 & 255) + n) << 8 | clamp((rgb & 255) + n);
      }
      image.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
    }
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }

  private static void write(BufferedImage image, Path output) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.9f);
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    // Written beside and moved into place, so that a run cut short leaves no half photo behind.
    Path partial = Files.createTempFile(parent, "detailed-photo", ".part");
    try (ImageOutputStream out = ImageIO.createImageOutputStream(partial.toFile())) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
