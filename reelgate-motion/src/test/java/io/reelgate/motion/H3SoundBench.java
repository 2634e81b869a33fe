package io.reelgate.motion;

import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.image.ImageLoader;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.core.model.Ratio;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.H264Writer;
import io.reelgate.motion.encode.YuvFrame;
import io.reelgate.motion.sound.AmbientBed;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the H3 sound track costs, not a test (no JUnit, so the build never runs or times it). Each
 * round renders the same MiniMax-H3 clip (hubble_4000.jpg, 16:9, push in) with the ambient bed and
 * without sound, interleaved so that load from elsewhere hits both alike, and writes a 64x64 video
 * of the same frame count with and without the bed (the sound's own cost: making it, AAC, muxing).
 * Each time is wall seconds and the process's CPU seconds (less disturbed by other work).
 * Run from the module after {@code ./mvnw -o -pl reelgate-motion -am test-compile}, with the
 * classpath of {@link MotionRendererBench}:
 *
 * <pre>
 * java -cp ... io.reelgate.motion.H3SoundBench [runs, 7] [seconds, 5] [resolution, P768]
 * </pre>
 */
public final class H3SoundBench {
  private H3SoundBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Resolution resolution = args.length > 2 ? Resolution.valueOf(args[2]) : Resolution.P768;
    BufferedImage photo = ImageLoader.load(TestPhotos.bytes("hubble_4000.jpg"));
    VideoFormat withSound = VideoFormat.h3(Ratio.R16_9);
    VideoFormat silent = new VideoFormat(Ratio.R16_9, 24, VideoFormat.FrameSizes.MULTIPLES_OF_32, VideoFormat.Audio.NONE);
    MotionRenderer engine = new MotionRenderer(EncoderSettings.defaults());
    Path dir = Files.createTempDirectory("h3-sound-bench");
    List<double[]> loud = new ArrayList<>(), quiet = new ArrayList<>(), smallLoud = new ArrayList<>(), smallQuiet = new ArrayList<>();
    int frames = 0;
    for (int round = -2; round < runs; round++) {
      double[] a = timed(() -> engine.render(job(photo, seconds, resolution, withSound), dir.resolve("sound.mp4"), RenderProgress.NONE));
      double[] b = timed(() -> engine.render(job(photo, seconds, resolution, silent), dir.resolve("silent.mp4"), RenderProgress.NONE));
      frames = engine.render(job(photo, seconds, resolution, silent), dir.resolve("silent.mp4"), RenderProgress.NONE).frames();
      int count = frames;
      double[] c = timed(() -> small(dir.resolve("small-sound.mp4"), count, new AmbientBed(count, 24)));
      double[] d = timed(() -> small(dir.resolve("small-silent.mp4"), count, null));
      System.out.printf(Locale.ROOT, "%s: with sound %s, silent %s; 64x64 with sound %s, silent %s%n",
          round < 0 ? "warm-up" : "run " + round, text(a), text(b), text(c), text(d));
      if (round >= 0) {
        loud.add(a);
        quiet.add(b);
        smallLoud.add(c);
        smallQuiet.add(d);
      }
    }
    System.out.printf(Locale.ROOT, "MEDIANS (%d frames, %s): with sound %s, silent %s; the sound alone %.3f s wall, %.3f s CPU%n",
        frames, resolution, text(median(loud)), text(median(quiet)),
        median(smallLoud)[0] - median(smallQuiet)[0], median(smallLoud)[1] - median(smallQuiet)[1]);
  }

  private static RenderJob job(BufferedImage photo, int seconds, Resolution resolution, VideoFormat format) {
    String prompt = "Deep space [Push in]";
    return new RenderJob("MiniMax-H3", prompt, CameraScriptParser.parse(prompt, false), photo, null, seconds, resolution, format);
  }

  private static void small(Path output, int frames, AmbientBed sound) throws Exception {
    YuvFrame frame = new YuvFrame(64, 64);
    try (H264Writer writer = new H264Writer(output, 64, 64, 24, EncoderSettings.defaults(), sound)) {
      for (int i = 0; i < frames; i++) writer.write(frame);
    }
  }

  private interface Work {
    void run() throws Exception;
  }

  /** Wall seconds and process CPU seconds. */
  private static double[] timed(Work work) throws Exception {
    long cpu = cpuNanos();
    long started = System.nanoTime();
    work.run();
    return new double[] {(System.nanoTime() - started) / 1e9, (cpuNanos() - cpu) / 1e9};
  }

  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /** Medians of wall and CPU seconds, each on its own. */
  private static double[] median(List<double[]> values) {
    double[] medians = new double[2];
    for (int k = 0; k < 2; k++) {
      List<Double> sorted = new ArrayList<>();
      for (double[] v : values) sorted.add(v[k]);
      Collections.sort(sorted);
      medians[k] = sorted.get(sorted.size() / 2);
    }
    return medians;
  }

  private static String text(double[] times) {
    return String.format(Locale.ROOT, "%.3f s (CPU %.3f s)", times[0], times[1]);
  }
}
