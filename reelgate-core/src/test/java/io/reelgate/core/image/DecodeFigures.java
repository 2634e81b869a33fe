package io.reelgate.core.image;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoder figures of docs/BENCHMARKS.md, run by {@code bench/images.sh}: decodes a file on
 * {@code copies} threads at once through {@link TimedImageLoader}, as workers do, then waits
 * {@code afterSeconds} and reports the CPU the process spent meanwhile: a decoder still running
 * after its caller gave up shows there. {@code write-png16 FILE} writes the 50-megapixel 16-bit PNG.
 *
 * <pre>DecodeFigures FILE COPIES LIMIT_SECONDS AFTER_SECONDS</pre>
 */
public final class DecodeFigures {
  private DecodeFigures() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("write-png16")) {
      Files.write(Path.of(args[1]), HostileImages.png16(7071));
      return;
    }
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    int copies = Integer.parseInt(args[1]);
    TimedImageLoader loader = new TimedImageLoader(Duration.ofSeconds(Long.parseLong(args[2])));
    long afterSeconds = Long.parseLong(args[3]);
    loader.load("image", TestPhotos.bytes("astronaut.webp")); // decoders loaded, natives too: not counted
    var threads = ManagementFactory.getThreadMXBean();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long wallStart = System.nanoTime();
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      callers.add(Thread.ofPlatform().start(() -> {
        try {
          var image = loader.load("image", bytes);
          System.out.printf("decoded %dx%d, caller's CPU %.2f s%n", image.getWidth(), image.getHeight(), threads.getCurrentThreadCpuTime() / 1e9);
        } catch (Exception e) {
          System.out.printf("refused (caller's CPU %.2f s): %s%n", threads.getCurrentThreadCpuTime() / 1e9, e.getMessage());
        }
      }));
    }
    for (Thread caller : callers) caller.join();
    double wall = (System.nanoTime() - wallStart) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
    Thread.sleep(afterSeconds * 1000);
    double cpuAfter = (os.getProcessCpuTime() - cpuStart) / 1e9 - cpu;
    System.out.printf(
        "callers answered after %.1f s wall and %.1f CPU s; %.1f CPU s more in the %d s after%n", wall, cpu, cpuAfter, afterSeconds);
  }
}
