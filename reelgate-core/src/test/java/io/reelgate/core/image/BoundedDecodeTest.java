package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every decode is bounded (issue 12): in CPU, since no decoder may run away on a small hostile
 * file; in memory, since a picture is read at most at {@link ImageLoader#decodedSize}; and in time,
 * with nothing left running once the caller gives up.
 */
class BoundedDecodeTest {
  private static final long MB = 1024 * 1024;
  /** 7071 x 7071 x 3 x 16 bits: 50 megapixels, 300 MB of samples, in 2.2 MB. */
  private static final byte[] PNG16_50MP = HostileImages.png16(7071);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/fuzz-findings/vp8l-slow-decode.webp",
        "/io/reelgate/core/image/ImageFuzzTestInputs/decoding/crash-edb43665953858636b889370361a620cd314742f"
      })
  void a_webp_whose_lossless_bitstream_is_garbage_is_refused_within_a_fraction_of_a_cpu_second(String name)
      throws IOException {
    byte[] hostile = resource(name);
    var threads = ManagementFactory.getThreadMXBean();
    ImageLoader.load("image", TestPhotos.bytes("astronaut.webp")); // natives loaded, not counted

    long before = threads.getCurrentThreadCpuTime();
    assertThatThrownBy(() -> ImageLoader.load("image", hostile))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.reason()).isEqualTo("the WebP data is damaged or truncated"));
    // TwelveMonkeys' decoder spent 6.5 CPU seconds on each and then returned a picture of noise.
    assertThat(Duration.ofNanos(threads.getCurrentThreadCpuTime() - before)).isLessThan(Duration.ofMillis(500));
  }

  @Test
  void a_50_megapixel_16_bit_png_is_read_subsampled_and_never_held_at_full_size() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();

    BufferedImage image = ImageLoader.load("image", PNG16_50MP);

    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // Every 5th pixel of every 5th row: 1415 x 1415. In full it was 300 MB of 16-bit samples
    // and then a 200 MB RGB copy.
    assertThat(image.getWidth()).isEqualTo(1415).isEqualTo(ImageLoader.decodedSize(7071, 7071).width);
    assertThat(image.getHeight()).isEqualTo(1415);
    assertThat(allocated).isLessThan(100 * MB);
  }

  @Test
  void a_large_photo_is_decoded_subsampled_to_no_less_than_the_engine_samples() {
    // hubble_4000.jpg is 4000x3488: every other pixel, 2000x1744.
    BufferedImage image = ImageLoader.load("image", TestPhotos.bytes("hubble_4000.jpg"));

    assertThat(image.getWidth()).isEqualTo(2000);
    assertThat(image.getHeight()).isEqualTo(1744);
  }

  @Test
  void a_large_photo_for_a_smaller_video_is_read_to_what_that_video_needs() {
    byte[] photo = TestPhotos.bytes("hubble_4000.jpg"); // 4000x3488

    // 768P needs 999 pixels on the short side: every third pixel, 1334x1163.
    BufferedImage for768 = ImageLoader.loadForVideo("image", photo, 768);
    // 1080P needs 1404, as the default: every other pixel.
    BufferedImage for1080 = ImageLoader.loadForVideo("image", photo, 1080);

    assertThat(ImageRules.sampledShortSide(768)).isEqualTo(999);
    assertThat(new Dimension(for768.getWidth(), for768.getHeight())).isEqualTo(new Dimension(1334, 1163));
    assertThat(new Dimension(for1080.getWidth(), for1080.getHeight())).isEqualTo(ImageLoader.decodedSize(4000, 3488));
    // A picture already small enough is read whole.
    assertThat(ImageLoader.loadForVideo("image", TestPhotos.bytes("hubble_deep_field.jpg"), 512).getWidth()).isEqualTo(1000);
  }

  @Test
  void the_decoded_size_caps_each_side_and_keeps_small_pictures_whole() {
    assertThat(ImageLoader.decodedSize(1920, 1080)).isEqualTo(new Dimension(1920, 1080));
    assertThat(ImageLoader.decodedSize(3840, 2160)).isEqualTo(new Dimension(3840, 2160));
    assertThat(ImageLoader.decodedSize(2807, 2807)).isEqualTo(new Dimension(2807, 2807));
    assertThat(ImageLoader.decodedSize(2808, 2808)).isEqualTo(new Dimension(1404, 1404));
    assertThat(ImageLoader.decodedSize(8660, 5773)).isEqualTo(new Dimension(2165, 1444)); // 50 MP, 3:2
    assertThat(ImageLoader.decodedSize(11180, 4472)).isEqualTo(new Dimension(3727, 1491)); // 50 MP, 5:2
    assertThat(ImageLoader.decodedSize(20000, 2000)).isEqualTo(new Dimension(6667, 667)); // beyond 5:2
  }

  @Test
  void a_large_plain_jpeg_is_decoded_in_one_native_call_then_refused_past_its_cpu_limit() {
    // Read at reduced scale by FFmpeg (LowresJpegDecoder): one call that cannot be stopped midway,
    // linear in the capped pixels, a fraction of ImageIO's full decode; the limit is checked when it
    // returns. (How much CPU that call takes is the machine's business: no bound here.)
    byte[] bytes = TestPhotos.bytes("hubble_4000.jpg");
    ImageLoader.load("image", bytes);
    TimedImageLoader loader = new TimedImageLoader(Duration.ofMillis(20));

    assertThatThrownBy(() -> loader.load("end_image", bytes))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("end_image: the picture needed more than 0.02 s of CPU time to decode and is refused as damaged");
    assertThat(threadsStillDecoding()).isEmpty();
  }

  /** Decoders that Java drives row by row (ImageIO's PNG and progressive JPEG), which the watch stops. */
  @ParameterizedTest
  @ValueSource(strings = {"png16", "progressive.jpg"})
  void a_decode_past_its_cpu_limit_stops_there_and_leaves_no_thread_decoding(String picture) {
    byte[] bytes = picture.equals("png16") ? PNG16_50MP : TestPhotos.bytes(picture);
    ImageLoader.load("image", bytes); // warm: about 150 ms of CPU for the JPEGs, 600 ms for the PNG
    TimedImageLoader loader = new TimedImageLoader(Duration.ofMillis(20));
    var threads = ManagementFactory.getThreadMXBean();

    long before = threads.getCurrentThreadCpuTime();
    assertThatThrownBy(() -> loader.load("end_image", bytes))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("end_image: the picture needed more than 0.02 s of CPU time to decode and is refused as damaged");

    // The decoder stopped at the limit (give or take a read or a few rows), not at its end.
    assertThat(Duration.ofNanos(threads.getCurrentThreadCpuTime() - before)).isLessThan(Duration.ofMillis(80));
    assertThat(threadsStillDecoding()).isEmpty();
  }

  @Test
  void an_interrupted_decode_stops_at_once_and_leaves_no_thread_decoding() throws Exception {
    TimedImageLoader loader = new TimedImageLoader(Duration.ofSeconds(30));
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread worker = Thread.ofPlatform().start(() -> {
      try {
        loader.load("image", PNG16_50MP);
        outcome.complete(null);
      } catch (Throwable e) {
        outcome.complete(e);
      }
    });
    Thread.sleep(30);

    worker.interrupt();

    assertThat(outcome.get(2, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    worker.join(1000);
    assertThat(threadsStillDecoding()).isEmpty();
  }

  /** Threads other than this one with a decoder on their stack. */
  private static String threadsStillDecoding() {
    StringBuilder found = new StringBuilder();
    Thread.getAllStackTraces().forEach((thread, stack) -> {
      if (thread == Thread.currentThread() || !thread.isAlive()) return;
      boolean decoding =
          Arrays.stream(stack)
              .anyMatch(f -> f.getClassName().startsWith("javax.imageio") || f.getClassName().startsWith("com.sun.imageio")
                  || f.getClassName().startsWith("com.twelvemonkeys") || f.getClassName().startsWith(ImageLoader.class.getName()));
      if (decoding) found.append(thread.getName()).append(' ');
    });
    return found.toString();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = BoundedDecodeTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
