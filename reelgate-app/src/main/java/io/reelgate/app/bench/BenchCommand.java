package io.reelgate.app.bench;

import io.reelgate.core.model.Resolution;
import io.reelgate.motion.encode.EncoderSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reelgate bench}: the motion engine's speed, memory and smoothness against ffmpeg's zoompan
 * and against libx264 alone, on one large photo. See {@code docs/BENCHMARKS.md} and {@code
 * bench/motion.sh}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the motion engine: a 6 s push-in on one photo, rendered and encoded in-process, by a whole"
          + " `reelgate render` process, by ffmpeg's zoompan (plain and 8x pre-scaled) and, as the floor, by"
          + " libx264 alone on frames rendered beforehand; libx264 with the same preset and CRF everywhere.",
      "Needs the ffmpeg program of the bytedeco artifact, which needs libpulse.so.0 (Debian: libpulse0)."
    })
public final class BenchCommand implements Callable<Integer> {
  static final String DEFAULT_PHOTO = "reelgate-core/src/test/resources/photos/hubble_4000.jpg";

  @Option(names = "--image", defaultValue = DEFAULT_PHOTO, description = "The photo, several thousand pixels wide (default: ${DEFAULT-VALUE}).")
  Path photo;

  @Option(names = "--resolutions", split = ",", defaultValue = "768P,1080P", description = "Resolutions to run (default: ${DEFAULT-VALUE}).")
  List<String> resolutions;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs per method after one warm-up; the table shows the median (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--jar", description = "The jar that `reelgate render` runs from (default: this jar, else reelgate-app/target/reelgate.jar).")
  Path jar;

  @Option(names = "--java", description = "The java that runs `reelgate render` (default: the one running this command).")
  Path java;

  @Option(names = "--java-option", description = "A JVM option for the `reelgate render` process, e.g. -Xmx256m; repeatable (default: none).")
  List<String> javaOptions = new ArrayList<>();

  @Option(
      names = "--launcher",
      description =
          "Run `reelgate render` as users do, through this launcher script (e.g. ./reelgate, with its start-up cache on"
              + " JDK 25+), instead of java -jar; --jar and --java are then the launcher's, --java-option goes in"
              + " REELGATE_JAVA_OPTS (default: java -jar).")
  Path launcher;

  @Option(
      names = "--prescale",
      defaultValue = "OUTPUT",
      description =
          "What the 8x pre-scale multiplies: OUTPUT (scale=8*W:-2, W the clip's width) or SOURCE (scale=8*iw:-1,"
              + " the photo itself: hundreds of megapixels on a large photo) (default: ${DEFAULT-VALUE}).")
  Zoompan.Prescale prescale;

  @Option(names = "--preset", defaultValue = "veryfast", description = "libx264 preset, everywhere (default: ${DEFAULT-VALUE}).")
  String preset;

  @Option(names = "--crf", defaultValue = "20", description = "libx264 CRF, everywhere (default: ${DEFAULT-VALUE}).")
  int crf;

  @Option(names = "--work-dir", description = "Where the clips and logs go (default: a temporary folder, deleted afterwards).")
  Path workDir;

  @Option(names = "--markdown", description = "Also write the table and the targets to this markdown file.")
  Path markdown;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = System.out;
    PrintStream log = System.err;
    if (!Files.isRegularFile(photo)) {
      log.println("reelgate bench: --image: no such file: " + photo + " (run it from the repository's root, or name a photo)");
      return 2;
    }
    if (runs < 1) {
      log.println("reelgate bench: --runs: at least 1");
      return 2;
    }
    List<Resolution> chosen = new ArrayList<>();
    for (String name : resolutions) {
      Resolution resolution = Resolution.parse(name).orElse(null);
      if (resolution == null) {
        log.println("reelgate bench: --resolutions: unknown resolution " + name + " (512P, 720P, 768P or 1080P)");
        return 2;
      }
      chosen.add(resolution);
    }
    Path renderJar = jar != null ? jar : defaultJar();
    if (launcher != null && !Files.isExecutable(launcher)) {
      log.println("reelgate bench: --launcher: not an executable file: " + launcher);
      return 2;
    }
    if (!Files.isRegularFile(renderJar)) {
      log.println("reelgate bench: --jar: no such file: " + renderJar + " (build it: ./mvnw -q -DskipTests package -pl reelgate-app -am)");
      return 2;
    }
    Path javaCommand = java != null ? java : currentJava();
    boolean temporary = workDir == null;
    Path folder = temporary ? Files.createTempDirectory("reelgate-bench") : Files.createDirectories(workDir);
    EncoderSettings encoder = new EncoderSettings(preset, crf, 0);
    MotionBench.Settings settings =
        new MotionBench.Settings(
            photo, chosen, runs, renderJar, javaCommand, List.copyOf(javaOptions), launcher, prescale, folder, encoder);
    try {
      Report report;
      try {
        report = new MotionBench(settings, log).run();
      } catch (IllegalStateException e) {
        if (String.valueOf(e.getMessage()).contains("libpulse")) {
          log.println("reelgate bench: " + e.getMessage());
          log.println("reelgate bench: install it with `apt-get install -y libpulse0` (Debian/Ubuntu), then run again.");
          return 1;
        }
        throw e;
      }
      report.note(String.format(Locale.ROOT, "photo %s; 6 s push-in (1.25x about the centre); libx264 preset %s, CRF %d, threads auto; median of %d runs after a warm-up.", photo, preset, crf, runs));
      report.note("8x pre-scale: " + (prescale == Zoompan.Prescale.OUTPUT ? "`scale=8*W:-2` (8 times the clip's width)" : "`scale=8*iw:-1` (8 times the photo)") + ".");
      String options = javaOptions.isEmpty() ? "" : String.join(" ", javaOptions);
      report.note(
          "`reelgate render`: "
              + (launcher != null
                  ? launcher + (options.isEmpty() ? "" : " with REELGATE_JAVA_OPTS=\"" + options + "\"") + " (the launcher, and its start-up cache on JDK 25+)"
                  : javaCommand + (options.isEmpty() ? "" : " " + options) + " -jar " + renderJar)
              + "; wall time of the whole process, JVM start included.");
      report.note(String.format(Locale.ROOT, "machine: %s, %d cores seen by the JVM.", Machine.cpuModel(), Runtime.getRuntime().availableProcessors()));
      String text = report.markdown("## Motion benchmark: " + photo.getFileName());
      out.println();
      out.print(text);
      if (markdown != null) {
        Files.writeString(markdown, text);
        log.println("wrote " + markdown);
      }
      if (!temporary) log.println("clips and logs kept in " + folder);
      return 0;
    } finally {
      if (temporary) deleteTree(folder);
    }
  }

  /** The jar this command runs from, when it runs from one. */
  private static Path defaultJar() {
    CodeSource source = BenchCommand.class.getProtectionDomain().getCodeSource();
    if (source != null && source.getLocation() != null) {
      try {
        Path location = Path.of(source.getLocation().toURI());
        if (Files.isRegularFile(location) && location.toString().endsWith(".jar")) return location;
      } catch (URISyntaxException | IllegalArgumentException e) {
        // not a file: fall back to the build's jar
      }
    }
    return Path.of("reelgate-app/target/reelgate.jar");
  }

  private static Path currentJava() {
    return ProcessHandle.current().info().command().map(Path::of).orElse(Path.of("java"));
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
    }
  }
}
