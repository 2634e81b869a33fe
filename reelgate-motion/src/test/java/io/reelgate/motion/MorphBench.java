package io.reelgate.motion;

import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.image.ImageLoader;
import io.reelgate.core.image.TestPhotos;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.motion.encode.YuvFrame;
import io.reelgate.motion.morph.Morph;
import io.reelgate.motion.render.ClipRenderer;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the first-to-last-frame morph costs, not a test (no JUnit). The first picture is
 * hubble_4000.jpg, the last the same photo's right 85% (so content moves left and grows, and the
 * flow finds it). Prints, medians of warmed-up runs: the preparation with and without the last
 * picture (wall time; the difference is the last picture's working copy and the flow), the flow
 * alone on two working-size planes of noise (thread CPU time), and the rendering time per frame (thread CPU) of the morphing
 * frames against frames of one picture. Run from the module after {@code ../mvnw -o -pl
 * reelgate-motion test-compile}:
 *
 * <pre>
 * ../mvnw -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) io.reelgate.motion.MorphBench [runs, 5] [resolution, P768]
 * </pre>
 */
public final class MorphBench {
  private MorphBench() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Resolution resolution = args.length > 1 ? Resolution.valueOf(args[1]) : Resolution.P768;
    BufferedImage photo = ImageLoader.load(TestPhotos.bytes("hubble_4000.jpg"));
    int cut = photo.getWidth() * 15 / 100;
    BufferedImage end = photo.getSubimage(cut, 0, photo.getWidth() - cut, photo.getHeight());
    String prompt = "[Push in]";
    RenderJob morphJob = new RenderJob("MiniMax-Hailuo-02", prompt, CameraScriptParser.parse(prompt, false), photo, end, 6, resolution, VideoFormat.HAILUO);
    RenderJob singleJob = new RenderJob("MiniMax-Hailuo-02", prompt, CameraScriptParser.parse(prompt, false), photo, null, 6, resolution, VideoFormat.HAILUO);

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> prepareMorph = new ArrayList<>();
    List<Double> prepareSingle = new ArrayList<>();
    List<Double> flow = new ArrayList<>();
    List<Double> morphFrame = new ArrayList<>();
    List<Double> singleFrame = new ArrayList<>();
    ClipRenderer sample = ClipRenderer.prepare(singleJob);
    int ww = sample.plan().workingWidth();
    int wh = sample.plan().workingHeight();
    byte[] a = noise(ww * wh, 1);
    byte[] b = noise(ww * wh, 2);
    YuvFrame frame = new YuvFrame(sample.size().width(), sample.size().height());
    int frames = sample.frames();
    for (int round = -3; round < runs; round++) {
      long t = System.nanoTime();
      ClipRenderer morph = ClipRenderer.prepare(morphJob);
      double pm = (System.nanoTime() - t) / 1e6;
      t = System.nanoTime();
      ClipRenderer single = ClipRenderer.prepare(singleJob);
      double ps = (System.nanoTime() - t) / 1e6;
      long flowCpu = threads.getCurrentThreadCpuTime();
      Morph.between(a, b, ww, wh);
      double f = (threads.getCurrentThreadCpuTime() - flowCpu) / 1e6;
      // Frames 40% to 60% of the clip: the morph's middle, where both pictures are used.
      int from = frames * 2 / 5;
      int to = frames * 3 / 5;
      long cpu = threads.getCurrentThreadCpuTime();
      for (int i = from; i < to; i++) morph.render(i, frame);
      double mf = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / (to - from);
      cpu = threads.getCurrentThreadCpuTime();
      for (int i = from; i < to; i++) single.render(i, frame);
      double sf = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / (to - from);
      if (round >= 0) {
        prepareMorph.add(pm);
        prepareSingle.add(ps);
        flow.add(f);
        morphFrame.add(mf);
        singleFrame.add(sf);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s %s, working %dx%d: prepare with last picture %.0f ms, without %.0f ms; flow alone %.0f ms (thread CPU);"
            + " render per frame: morphing %.2f ms, one picture %.2f ms (medians of %d)%n",
        resolution, sample.size(), ww, wh, median(prepareMorph), median(prepareSingle), median(flow), median(morphFrame),
        median(singleFrame), runs);
  }

  private static byte[] noise(int n, long seed) {
    byte[] out = new byte[n];
    new java.util.SplittableRandom(seed).nextBytes(out);
    return out;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
