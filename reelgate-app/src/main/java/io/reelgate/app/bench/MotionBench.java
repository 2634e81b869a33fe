package io.reelgate.app.bench;

import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.image.ImageLoader;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.motion.MotionRenderer;
import io.reelgate.motion.render.OutputSize;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.FfmpegTool;
import io.reelgate.motion.encode.H264Writer;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.motion.encode.YuvFrame;
import io.reelgate.motion.render.ClipRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Runs the benchmark: for each resolution, the same 6 s push-in on the same photo made five ways
 * (see {@link Method}), each warmed up once and then timed {@code runs} times, with libx264 at the
 * same preset and CRF everywhere; then each clip's smoothness. Progress goes to {@code log}.
 */
final class MotionBench {
  static final int DURATION_SECONDS = 6;
  /** The benchmark renders Hailuo clips: 25 fps, silent. */
  private static final int FPS = VideoFormat.HAILUO.framesPerSecond();
  static final String PROMPT = "[Push in]";
  /** The engine's push-in: the camera halves 20% of its distance in 6 s, the picture grows 1.25x. */
  static final double PUSH_IN_ZOOM = 1.25;

  /** What to run; {@code javaOptions} go to the {@code reelgate render} process. */
  record Settings(
      Path photo,
      List<Resolution> resolutions,
      int runs,
      Path jar,
      Path java,
      List<String> javaOptions,
      Path launcher,
      Zoompan.Prescale prescale,
      Path workDir,
      EncoderSettings encoder) {}

  private final Settings settings;
  private final PrintStream log;
  /** The warm-up of the last {@link #timed} call, in seconds. */
  private double lastWarmUp;
  /** The very first engine run in this JVM, before the JIT compiled the renderer. */
  private double coldInProcess;
  private Resolution coldResolution;

  MotionBench(Settings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  Report run() throws IOException, InterruptedException {
    FfmpegTool.ffmpegExecutable(); // fails early, naming libpulse0, rather than after the engine's runs
    BufferedImage photo = ImageLoader.load(Files.readAllBytes(settings.photo()));
    log.printf(Locale.ROOT, "photo %s: %dx%d%n", settings.photo(), photo.getWidth(), photo.getHeight());
    Map<Resolution, RenderJob> jobs = new LinkedHashMap<>();
    Map<Resolution, OutputSize> sizes = new LinkedHashMap<>();
    for (Resolution resolution : settings.resolutions()) {
      RenderJob job =
          new RenderJob(ModelCatalog.REELGATE_MOTION, PROMPT, CameraScriptParser.parse(PROMPT, false), photo, null,
              DURATION_SECONDS, resolution, VideoFormat.HAILUO);
      jobs.put(resolution, job);
      sizes.put(resolution, OutputSize.of(photo.getWidth(), photo.getHeight(), resolution));
    }
    Report report = new Report(sizes);
    for (Resolution resolution : settings.resolutions()) {
      OutputSize size = sizes.get(resolution);
      int frames = FPS * DURATION_SECONDS;
      log.printf("%n== %s: %s, %d frames at %d fps%n", resolution, size, frames, FPS);
      report.add(resolution, Method.IN_PROCESS, inProcess(jobs.get(resolution), resolution, frames));
      report.add(resolution, Method.FLOOR, floor(jobs.get(resolution), resolution, size, report));
      report.add(resolution, Method.PROCESS, process(resolution, frames));
      report.add(resolution, Method.ZOOMPAN, zoompan(resolution, size, frames, Zoompan.Prescale.NONE));
      report.add(resolution, Method.ZOOMPAN_PRESCALED, zoompan(resolution, size, frames, settings.prescale()));
    }
    overheads(report, jobs);
    return report;
  }

  private Measurement inProcess(RenderJob job, Resolution resolution, int frames) throws IOException, InterruptedException {
    MotionRenderer engine = new MotionRenderer(settings.encoder());
    Path output = output(resolution, Method.IN_PROCESS);
    boolean first = coldInProcess == 0;
    List<Double> seconds =
        timed(Method.IN_PROCESS, () -> {
          long started = System.nanoTime();
          engine.render(job, output, RenderProgress.NONE);
          return (System.nanoTime() - started) / 1e9;
        });
    if (first) coldInProcess = lastWarmUp;
    coldResolution = first ? resolution : coldResolution;
    return new Measurement(seconds, smoothness(output, frames), 0);
  }

  /** libx264 alone: the engine's own frames, rendered beforehand and held in memory, encoded. */
  private Measurement floor(RenderJob job, Resolution resolution, OutputSize size, Report report)
      throws IOException, InterruptedException {
    ClipRenderer renderer = ClipRenderer.prepare(job);
    List<YuvFrame> frames = new ArrayList<>(renderer.frames());
    for (int i = 0; i < renderer.frames(); i++) frames.add(new YuvFrame(size.width(), size.height()));
    // Rendering alone, for the account of where the in-process time goes.
    double rendering =
        Measurement.median(
            timed("rendering alone, frames into memory (no encoding)", () -> {
              long started = System.nanoTime();
              for (int i = 0; i < frames.size(); i++) renderer.render(i, frames.get(i));
              return (System.nanoTime() - started) / 1e9;
            }));
    Path output = output(resolution, Method.FLOOR);
    double[] cpu = new double[1];
    List<Double> seconds =
        timed(Method.FLOOR, () -> {
          long cpuStarted = processCpuNanos();
          long started = System.nanoTime();
          try (H264Writer writer = new H264Writer(output, size.width(), size.height(), FPS, settings.encoder())) {
            for (YuvFrame frame : frames) writer.write(frame);
          }
          double wall = (System.nanoTime() - started) / 1e9;
          cpu[0] = (processCpuNanos() - cpuStarted) / 1e9 / wall;
          return wall;
        });
    check(output, size, frames.size());
    report.note(
        String.format(
            Locale.ROOT,
            "%s: rendering alone (%d frames into memory, no encoding) takes %.2f s; libx264 alone keeps %.1f of the"
                + " %d cores busy (CPU time over wall time, last run).",
            resolution, frames.size(), rendering, cpu[0], Runtime.getRuntime().availableProcessors()));
    return new Measurement(seconds, OptionalDouble.empty(), 0);
  }

  /** CPU time of this whole JVM, all threads, native ones (x264's) included. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private Measurement process(Resolution resolution, int frames) throws IOException, InterruptedException {
    Path output = output(resolution, Method.PROCESS);
    ProcessBuilder command =
        reelgate(
            "render", "--image", settings.photo().toString(), "--prompt", PROMPT, "--duration", Integer.toString(DURATION_SECONDS),
            "--resolution", resolution.wireName(), "--output", output.toString());
    log.println("  $ " + String.join(" ", command.command()));
    long[] peak = new long[1];
    List<Double> seconds =
        timed(Method.PROCESS, () -> {
          ProcessRun.Result result = ProcessRun.run(command, logFile(resolution, Method.PROCESS));
          peak[0] = Math.max(peak[0], result.peakRssKib());
          return result.seconds();
        });
    log.printf(Locale.ROOT, "  peak RSS %.0f MiB%n", peak[0] / 1024.0);
    return new Measurement(seconds, smoothness(output, frames), peak[0]);
  }

  private Measurement zoompan(Resolution resolution, OutputSize size, int frames, Zoompan.Prescale prescale)
      throws IOException, InterruptedException {
    Method method = prescale == Zoompan.Prescale.NONE ? Method.ZOOMPAN : Method.ZOOMPAN_PRESCALED;
    Path output = output(resolution, method);
    List<String> arguments =
        Zoompan.arguments(
            settings.photo(), size.width(), size.height(), FPS, frames, PUSH_IN_ZOOM, prescale, settings.encoder(), output);
    log.println("  $ ffmpeg " + String.join(" ", arguments.stream().map(MotionBench::quoted).toList()));
    List<Double> seconds =
        timed(method, () -> ProcessRun.run(FfmpegTool.command(arguments), logFile(resolution, method)).seconds());
    return new Measurement(seconds, smoothness(output, frames), 0);
  }

  @FunctionalInterface
  private interface TimedRun {
    double seconds() throws IOException, InterruptedException;
  }

  /** One warm-up, then {@code runs} timed runs. */
  private List<Double> timed(Method method, TimedRun run) throws IOException, InterruptedException {
    return timed(method.label, run);
  }

  private List<Double> timed(String label, TimedRun run) throws IOException, InterruptedException {
    log.printf("  %s: warm-up", label);
    log.flush();
    lastWarmUp = run.seconds();
    log.printf(Locale.ROOT, " %.2f s; runs", lastWarmUp);
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < settings.runs(); i++) {
      double s = run.seconds();
      seconds.add(s);
      log.printf(Locale.ROOT, " %.2f s", s);
      log.flush();
    }
    log.println();
    return seconds;
  }

  /**
   * Where a whole process spends what the in-process run does not: starting a JVM and the command
   * line ({@code --version} of the same jar), decoding the photo, and preparing the clip (framing,
   * working copy of the photo), the last two timed warm in this JVM.
   */
  private void overheads(Report report, Map<Resolution, RenderJob> jobs) throws IOException, InterruptedException {
    log.printf("%n== what a whole process adds%n");
    ProcessBuilder command = reelgate("--version");
    Path versionLog = settings.workDir().resolve("version.log");
    double start =
        Measurement.median(timed("JVM start, `reelgate --version`", () -> ProcessRun.run(command, versionLog).seconds()));
    double decode =
        Measurement.median(
            timed("photo read and decoded (ImageLoader)", () -> {
              long started = System.nanoTime();
              ImageLoader.load(Files.readAllBytes(settings.photo()));
              return (System.nanoTime() - started) / 1e9;
            }));
    StringBuilder prepare = new StringBuilder();
    for (Map.Entry<Resolution, RenderJob> entry : jobs.entrySet()) {
      double seconds =
          Measurement.median(
              timed(entry.getKey() + " clip prepared (ClipRenderer.prepare)", () -> {
                long started = System.nanoTime();
                ClipRenderer.prepare(entry.getValue());
                return (System.nanoTime() - started) / 1e9;
              }));
      prepare.append(String.format(Locale.ROOT, "%s%s %.2f s", prepare.isEmpty() ? "" : ", ", entry.getKey(), seconds));
    }
    report.note(
        String.format(
            Locale.ROOT,
            "What a whole process adds to the in-process time: JVM start and command line (`reelgate --version`) %.2f s;"
                + " photo read and decoded %.2f s (warm; a fresh JVM runs it cold, slower); the engine's first, cold run"
                + " in a JVM (%s, before the JIT compiled the renderer) %.2f s against the median above. The in-process"
                + " time already includes preparing the clip (%s).",
            start, decode, coldResolution, coldInProcess, prepare));
  }

  /** A {@code reelgate} process as the settings say: through the launcher, or {@code java -jar}. */
  private ProcessBuilder reelgate(String... arguments) {
    List<String> command = new ArrayList<>();
    if (settings.launcher() != null) {
      command.add(settings.launcher().toString());
    } else {
      command.add(settings.java().toString());
      command.addAll(settings.javaOptions());
      command.addAll(List.of("-jar", settings.jar().toString()));
    }
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (settings.launcher() != null && !settings.javaOptions().isEmpty()) {
      builder.environment().put("REELGATE_JAVA_OPTS", String.join(" ", settings.javaOptions()));
    }
    return builder;
  }

  private OptionalDouble smoothness(Path output, int frames) throws IOException {
    VideoInfo info = VideoProbe.probe(output);
    if (info.frames() != frames) {
      throw new IOException(output + " has " + info.frames() + " frames, the benchmark expects " + frames);
    }
    double score = Smoothness.score(VideoProbe.decodeLuma(output, Smoothness.ANALYSIS_WIDTH));
    log.printf(Locale.ROOT, "  %s: %dx%d, %d frames, smoothness %.3f px/frame^2%n", output.getFileName(), info.width(), info.height(), info.frames(), score);
    return OptionalDouble.of(score);
  }

  private static void check(Path output, OutputSize size, int frames) throws IOException {
    VideoInfo info = VideoProbe.probe(output);
    if (info.width() != size.width() || info.height() != size.height() || info.frames() != frames) {
      throw new IOException(output + " is " + info.width() + "x" + info.height() + " with " + info.frames() + " frames, expected " + size + " with " + frames);
    }
  }

  private Path output(Resolution resolution, Method method) {
    return settings.workDir().resolve(resolution.wireName() + "-" + method.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".mp4");
  }

  private Path logFile(Resolution resolution, Method method) {
    return settings.workDir().resolve(resolution.wireName() + "-" + method.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".log");
  }

  private static String quoted(String argument) {
    return argument.matches("[A-Za-z0-9_./:=+-]+") ? argument : "\"" + argument + "\"";
  }
}
