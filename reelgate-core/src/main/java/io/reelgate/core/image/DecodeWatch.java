package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;

/**
 * Keeps an ImageIO decode on its calling thread within a limit of CPU time, and stops it when that
 * thread is interrupted: the input stream refuses to be read, and the reader is aborted from its
 * own progress reports (the JPEG and PNG readers report and check for an abort every few rows). The
 * decoder thus stops itself, so that nothing keeps running after its request or task gave up; a
 * decode on a thread of its own, left running on timeout, once cost 100 CPU seconds per upload.
 *
 * <p>CPU time, not wall time: what the limit catches is a decoder that runs away, and a loaded
 * machine (twelve large pictures at once on two cores) must not turn legitimate pictures into
 * refusals. How long a caller waits is its own deadline, which reaches the decode as an interrupt.
 * Where the JVM measures no CPU time for the thread, wall time stands in.
 */
final class DecodeWatch implements IIOReadProgressListener {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Duration limit;
  private final long start;

  /** Made on the thread that decodes, which alone uses it. */
  DecodeWatch(Duration limit) {
    this.limit = limit;
    this.start = used();
  }

  private static long used() {
    long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    return cpu >= 0 ? cpu : System.nanoTime();
  }

  /** The bytes as a stream that throws once the decode must stop. */
  InputStream stream(byte[] bytes) {
    InputStream in = new ByteArrayInputStream(bytes);
    return new InputStream() {
      @Override
      public int read() throws IOException {
        checkRead();
        return in.read();
      }

      @Override
      public int read(byte[] into, int offset, int length) throws IOException {
        checkRead();
        return in.read(into, offset, length);
      }
    };
  }

  private void checkRead() throws InterruptedIOException {
    if (stopped()) throw new InterruptedIOException("the decode was stopped");
  }

  boolean stopped() {
    return timedOut() || Thread.currentThread().isInterrupted();
  }

  private boolean timedOut() {
    return used() - start > limit.toNanos();
  }

  /**
   * @throws InvalidFieldException when the time is up
   * @throws Interrupted when the thread was interrupted
   */
  void failIfStopped(String field) {
    if (Thread.currentThread().isInterrupted()) throw new Interrupted();
    if (timedOut()) {
      throw new InvalidFieldException(
          field, "the picture needed more than " + limit.toMillis() / 1000.0 + " s of CPU time to decode and is refused as damaged");
    }
  }

  @Override
  public void imageProgress(ImageReader source, float percentageDone) {
    if (stopped()) source.abort();
  }

  @Override
  public void imageStarted(ImageReader source, int imageIndex) {
    if (stopped()) source.abort();
  }

  @Override
  public void imageComplete(ImageReader source) {}

  @Override
  public void sequenceStarted(ImageReader source, int minIndex) {}

  @Override
  public void sequenceComplete(ImageReader source) {}

  @Override
  public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {}

  @Override
  public void thumbnailProgress(ImageReader source, float percentageDone) {}

  @Override
  public void thumbnailComplete(ImageReader source) {}

  @Override
  public void readAborted(ImageReader source) {}

  /** The calling thread was interrupted while decoding; {@link ImageLoader} answers InterruptedException. */
  static final class Interrupted extends RuntimeException {
    Interrupted() {
      super("interrupted while decoding", null, false, false);
    }
  }
}
