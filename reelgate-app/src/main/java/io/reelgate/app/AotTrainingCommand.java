package io.reelgate.app;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;

/**
 * {@code reelgate aot-training}, hidden: the training run of the launcher's ahead-of-time cache
 * (JDK 25's {@code -XX:AOTCacheOutput}, see the {@code reelgate} script). It runs what a user's
 * commands run, through the same command line, so that the cache holds their classes loaded and
 * linked, and the renderer's method profiles: a 6 s 512P push-in on a JPEG it draws, and a key
 * listing in a throw-away data folder. Everything goes to a temporary folder, deleted afterwards.
 */
@Command(name = "aot-training", hidden = true, description = "The training run of the launcher's start-up cache.")
final class AotTrainingCommand implements Callable<Integer> {
  @Override
  public Integer call() throws IOException {
    Path folder = Files.createTempDirectory("reelgate-aot-training");
    try {
      Path photo = folder.resolve("photo.jpg");
      ImageIO.write(picture(1600, 1000), "jpeg", photo.toFile());
      int render =
          Main.run("render", "--image", photo.toString(), "--prompt", "[Push in]", "--duration", "6",
              "--resolution", "512P", "--output", folder.resolve("clip.mp4").toString());
      int keys = Main.run("keys", "--data-dir", folder.resolve("data").toString(), "list");
      return render == 0 && keys == 0 ? 0 : 1;
    } finally {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
      }
    }
  }

  /** Something with edges and gradients for the decoder and the renderer to chew on. */
  private static BufferedImage picture(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(40, 60, 120), width, height, new Color(240, 170, 90)));
    g.fillRect(0, 0, width, height);
    for (int x = 0; x < width; x += 40) {
      g.setColor(new Color(x % 255, 255 - x % 255, 128));
      g.fillRect(x, height / 2 - x % 200, 30, 200 + x % 200);
    }
    g.dispose();
    return image;
  }
}
