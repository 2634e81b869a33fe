package io.reelgate.motion;

import io.reelgate.motion.render.OutputSize;
import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.image.ImageLoader;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.core.render.RenderProgress;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.H264Writer;
import io.reelgate.motion.encode.YuvFrame;
import io.reelgate.motion.render.ClipRenderer;
import java.awt.image.BufferedImage;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A quick measurement of the engine against its floor, not a test (no JUnit, so the build never
 * runs or times it). Each round times, interleaved so that load from elsewhere hits them alike:
 * the engine's in-process render+encode (wall time and CPU cores used), the floor (libx264 alone
 * encoding the same frames held in memory, same settings), rendering alone and preparing alone; it
 * prints the medians and the ratio. With {@code -Dbench.renderOnly=true} it times rendering alone
 * in thread CPU time instead, which other work on the machine hardly disturbs. Run from the module
 * after {@code ./mvnw -o -pl reelgate-motion test-compile}:
 *
 * <pre>
 * ../mvnw -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) io.reelgate.motion.MotionRendererBench \
 *     [runs, 5] [prompt, "[Push in]"] [resolution, P768]
 * </pre>
 *
 * {@code reelgate bench} is the full benchmark, against ffmpeg too.
 */
public final class MotionRendererBench {
  private MotionRendererBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String prompt = args.length > 1 ? args[1] : "[Push in]";
    Resolution resolution = args.length > 2 ? Resolution.valueOf(args[2]) : Resolution.P768;
    BufferedImage photo = ImageLoader.load(TestPhotos.bytes("hubble_4000.jpg"));
    RenderJob job = new RenderJob("MiniMax-Hailuo-02", prompt, CameraScriptParser.parse(prompt, false), photo, null, 6, resolution, VideoFormat.HAILUO);
    EncoderSettings settings = EncoderSettings.defaults();
    MotionRenderer engine = new MotionRenderer(settings);
    Path dir = Files.createTempDirectory("engine-bench");
    if (Boolean.getBoolean("bench.memoryOnly")) {
      // One render, as `reelgate render` makes it (photo decoded, then the engine), then peak RSS.
      engine.render(job, dir.resolve("memory.mp4"), RenderProgress.NONE);
      String peak = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("?");
      System.out.println(prompt + " " + resolution + ": peak RSS of this JVM " + peak.replaceAll("\\s+", " "));
      return;
    }
    Path out = dir.resolve("engine.mp4");
    Path floorOut = dir.resolve("floor.mp4");

    ClipRenderer renderer = ClipRenderer.prepare(job);
    OutputSize size = renderer.size();
    List<YuvFrame> frames = new ArrayList<>();
    for (int i = 0; i < renderer.frames(); i++) frames.add(new YuvFrame(size.width(), size.height()));
    System.out.printf("%s %s, working copy %dx%d, %d frames%n", prompt, size, renderer.plan().workingWidth(), renderer.plan().workingHeight(), renderer.frames());

    if (Boolean.getBoolean("bench.renderOnly")) {
      // Thread CPU time: much less disturbed by other work on the machine than wall time.
      java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      List<Double> times = new ArrayList<>();
      for (int round = 0; round < 10 + runs; round++) {
        long t = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < frames.size(); i++) renderer.render(i, frames.get(i));
        if (round >= 10) times.add((threads.getCurrentThreadCpuTime() - t) / 1e6 / frames.size());
      }
      List<Double> prepares = new ArrayList<>();
      for (int k = 0; k < 10; k++) {
        long t = System.nanoTime();
        ClipRenderer.prepare(job);
        prepares.add(seconds(t) * 1000);
      }
      System.out.printf(Locale.ROOT, "render alone (thread CPU): median %.3f ms/frame, min %.3f; prepare (wall) median %.1f ms, min %.1f%n", median(times), Collections.min(times), median(prepares), Collections.min(prepares));
      return;
    }
    List<Double> engineS = new ArrayList<>(), floorS = new ArrayList<>(), renderS = new ArrayList<>(), prepareS = new ArrayList<>();
    for (int round = -2; round < runs; round++) {
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      long t = System.nanoTime();
      ClipRenderer prepared = ClipRenderer.prepare(job);
      double prepare = seconds(t);
      t = System.nanoTime();
      for (int i = 0; i < frames.size(); i++) prepared.render(i, frames.get(i));
      double render = seconds(t);
      long floorCpu = cpuNanos();
      t = System.nanoTime();
      try (H264Writer writer = new H264Writer(floorOut, size.width(), size.height(), job.format().framesPerSecond(), settings)) {
        for (YuvFrame frame : frames) writer.write(frame);
      }
      double floor = seconds(t);
      double floorCores = (cpuNanos() - floorCpu) / 1e9 / floor;
      long gcBefore = gcCount();
      long cpu = cpuNanos();
      t = System.nanoTime();
      long started = t;
      long[] at20 = new long[1];
      engine.render(job, out, (done, total) -> {
        if (done == 20) at20[0] = System.nanoTime() - started;
      });
      double whole = seconds(t);
      double cpuShare = (cpuNanos() - cpu) / 1e9 / whole;
      System.out.printf(
          Locale.ROOT,
          "%s load %.2f: 20 frames encoded at %.1f ms; engine %.3f s (cpu %.2f cores, %d GCs), floor %.3f s (cpu %.2f cores), ratio %.2f; render alone %.3f s (%.2f ms/frame), prepare %.3f s%n",
          round < 0 ? "warm-up" : "run " + round, load, at20[0] / 1e6, whole, cpuShare, gcCount() - gcBefore, floor, floorCores, whole / floor, render,
          render * 1000 / frames.size(), prepare);
      if (round >= 0) {
        engineS.add(whole);
        floorS.add(floor);
        renderS.add(render);
        prepareS.add(prepare);
      }
    }
    double e = median(engineS), f = median(floorS);
    System.out.printf(
        Locale.ROOT,
        "MEDIANS: engine %.3f s, floor %.3f s, ratio %.2f (min ratio %.2f); render alone %.3f s, prepare %.3f s%n",
        e, f, e / f, Collections.min(engineS) / Collections.min(floorS), median(renderS), median(prepareS));
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  private static long gcCount() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, gc.getCollectionCount());
    return n;
  }

  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
