package io.reelgate.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code reelgate aot-training [render|all]}, hidden: the training run of the launcher's
 * ahead-of-time cache (JDK 25's {@code -XX:AOTCacheOutput}, see the {@code reelgate} script). It runs
 * what a user's commands run, through the same command line, so that the cache holds their classes
 * loaded and linked, and the renderer's method profiles: a 6 s 512P push-in and pan on a shipped
 * JPEG (2200x1400, large enough to be decoded at reduced scale, as a phone photo is: a gradient and
 * coloured bars drawn with Java2D for this purpose, no one else's picture), and for {@code all}
 * also a key listing in a throw-away data folder. Everything goes to a temporary folder, deleted
 * afterwards.
 *
 * <p>Two flavours because a cache costs at every start in proportion to what it holds: the JVM loads
 * and links every class in it before {@code main}. A render process with the {@code render} cache
 * (about 2,600 classes) reaches {@code main} about 25 ms sooner and its first frame about 50 ms
 * sooner than with the {@code all} one (about 5,500: the store, Flyway, Jackson), docs/BENCHMARKS.md.
 */
@Command(name = "aot-training", hidden = true, description = "The training run of the launcher's start-up cache.")
final class AotTrainingCommand implements Callable<Integer> {
  enum Flavour {
    /** What {@code reelgate render} runs, and nothing else. */
    render,
    /** Every command's start: a render and a key listing. */
    all
  }

  @Parameters(arity = "0..1", defaultValue = "all", description = "render or all (default: all).")
  Flavour flavour;

  @Override
  public Integer call() throws IOException {
    Path folder = Files.createTempDirectory("reelgate-aot-training");
    try {
      Path photo = folder.resolve("photo.jpg");
      try (InputStream shipped = AotTrainingCommand.class.getResourceAsStream("/aot/training-photo.jpg")) {
        if (shipped == null) throw new IOException("the training photo is missing from the jar");
        Files.copy(shipped, photo);
      }
      // The renderer's two paths: moves that keep the picture's axes (push, zoom, truck,
      // pedestal), and the general one (pan, tilt, roll, shake).
      int render = 0;
      for (String prompt : List.of("[Push in]", "[Pan left]")) {
        render |=
            Main.run("render", "--image", photo.toString(), "--prompt", prompt, "--duration", "6",
                "--resolution", "512P", "--output", folder.resolve("clip.mp4").toString());
      }
      int keys = flavour == Flavour.all ? Main.run("keys", "--data-dir", folder.resolve("data").toString(), "list") : 0;
      return render == 0 && keys == 0 ? 0 : 1;
    } finally {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
      }
    }
  }
}
