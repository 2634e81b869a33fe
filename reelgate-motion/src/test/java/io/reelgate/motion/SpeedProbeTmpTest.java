package io.reelgate.motion;

import static io.reelgate.motion.Jobs.aJob;

import io.reelgate.core.engine.RenderJob;
import io.reelgate.core.model.Resolution;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.H264Writer;
import io.reelgate.motion.encode.YuvFrame;
import io.reelgate.motion.render.ClipRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedProbeTmpTest {
  @Test
  void probe() throws Exception {
    for (String prompt : new String[] {"[Push in]", "[Pan left]", "[Push in]", "[Pan left]"}) {
      RenderJob job = aJob().withImage("hubble_4000.jpg").withPrompt(prompt).at(Resolution.P768).build();
      long t0 = System.nanoTime();
      ClipRenderer r = ClipRenderer.prepare(job, 25);
      long t1 = System.nanoTime();
      YuvFrame f = new YuvFrame(r.size().width(), r.size().height());
      for (int i = 0; i < r.frames(); i++) r.render(i, f);
      long t2 = System.nanoTime();
      System.out.printf("PROBE %s %s prepare %.0f ms, render %d frames %.0f ms (%.2f ms/frame), working %dx%d%n", prompt, r.size(),
          (t1 - t0) / 1e6, r.frames(), (t2 - t1) / 1e6, (t2 - t1) / 1e6 / r.frames(), r.plan().workingWidth(), r.plan().workingHeight());
    }
    RenderJob job = aJob().withImage("hubble_4000.jpg").withPrompt("[Push in]").at(Resolution.P768).build();
    ClipRenderer r = ClipRenderer.prepare(job, 25);
    List<YuvFrame> frames = new ArrayList<>();
    for (int i = 0; i < r.frames(); i++) { YuvFrame f = new YuvFrame(r.size().width(), r.size().height()); r.render(i, f); frames.add(f); }
    Path out = Files.createTempFile("floor", ".mp4");
    for (int rep = 0; rep < 2; rep++) {
      long t0 = System.nanoTime();
      try (H264Writer w = new H264Writer(out, r.size().width(), r.size().height(), 25, EncoderSettings.defaults())) {
        for (YuvFrame f : frames) w.write(f);
      }
      long t1 = System.nanoTime();
      new MotionEngine().render(job, out, (d, t) -> {});
      long t2 = System.nanoTime();
      System.out.printf("PROBE floor (encode only) %.0f ms, engine render+encode %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    }
    Files.deleteIfExists(out);
  }
}
