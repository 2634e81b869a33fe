package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tiny files claiming 30000 x 30000 (900 megapixels, 3.6 GB once decoded) are refused from their
 * header, by the probe that every request runs and by the loader, without allocating the pixels.
 */
class HostileImageTest {
  private static final long ONE_MB = 1024 * 1024;

  static Stream<Arguments> hugeHeaders() {
    return Stream.of(
        Arguments.of("PNG", HostileImages.png(30000, 30000)),
        Arguments.of("JPEG", HostileImages.jpeg(30000, 30000)),
        Arguments.of("WebP", HostileImages.webpFrameLargerThanCanvas(30000, 16000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hugeHeaders")
  void a_tiny_file_claiming_30000_by_30000_is_refused_by_the_request_checks(String format, byte[] bytes) {
    assertThat(bytes.length).isLessThan(64);

    long allocated = allocatedBy(() -> {
      ImageInfo info = ImageProbe.probe("image", bytes);
      assertThat(info.width()).isEqualTo(30000);
      assertThatThrownBy(() -> ImageRules.check("image", info))
          .hasMessage("image: the image is 30000x30000; Reelgate takes at most 50 megapixels");
      return null;
    });
    assertThat(allocated).isLessThan(ONE_MB);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hugeHeaders")
  void a_tiny_file_claiming_30000_by_30000_is_refused_by_the_loader_without_allocating_it(String format, byte[] bytes) {
    long allocated = allocatedBy(() -> {
      assertThatThrownBy(() -> ImageLoader.load("end_image", bytes))
          .isInstanceOfSatisfying(
              InvalidFieldException.class,
              e -> {
                assertThat(e.field()).isEqualTo("end_image");
                assertThat(e.reason()).isEqualTo("the image is 30000x30000; Reelgate takes at most 50 megapixels");
              });
      return null;
    });
    assertThat(allocated).isLessThan(ONE_MB);
  }

  @Test
  void a_webp_frame_larger_than_its_canvas_is_refused_before_the_decoder_sizes_its_buffers() {
    byte[] webp = HostileImages.webpFrameLargerThanCanvas(400, 16000);

    assertThatThrownBy(() -> ImageProbe.probe("image", webp))
        .hasMessage("image: corrupt WebP header: a frame of 16000x16000 is larger than the canvas");
    assertThatThrownBy(() -> ImageLoader.load("image", webp)).isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void a_jpeg_of_endless_progressive_scans_is_refused_before_decoding() {
    byte[] jpeg = HostileImages.jpegWithScans(4000, 4000, 5000);

    assertThatThrownBy(() -> ImageLoader.load("image", jpeg))
        .hasMessage("image: the JPEG has more than 100 scans");
  }

  @Test
  void a_header_alone_without_pixel_data_is_refused_as_damaged_not_as_a_server_error() {
    assertThatThrownBy(() -> ImageLoader.load("image", HostileImages.jpeg(400, 400)))
        .isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> ImageLoader.load("image", HostileImages.png(400, 400)))
        .isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> ImageLoader.load("image", HostileImages.webpCanvas(400, 400)))
        .hasMessage("image: truncated WebP: no image data");
  }

  /** Bytes this thread allocated while running {@code action}. */
  private static long allocatedBy(Supplier<?> action) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    action.get();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }
}
