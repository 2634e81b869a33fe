package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimedImageLoaderTest {
  /** The fuzz finding of fuzz-findings/README.md: ~25 s of decoding for 89 bytes. */
  @Test
  void a_webp_that_stalls_the_decoder_is_refused_when_its_time_is_up() throws Exception {
    byte[] hostile = resource("/fuzz-findings/vp8l-slow-decode.webp");
    TimedImageLoader loader = new TimedImageLoader(Duration.ofMillis(500));

    long start = System.nanoTime();
    assertThatThrownBy(() -> loader.load("image", hostile))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("took longer than 0.5 s to decode");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void a_good_picture_decodes_within_the_limit() throws Exception {
    byte[] webp = TestPhotos.bytes("astronaut.webp");
    assertThat(new TimedImageLoader(TimedImageLoader.DEFAULT_LIMIT).load("image", webp).getWidth())
        .isEqualTo(ImageLoader.load(webp).getWidth());
  }

  @Test
  void a_damaged_picture_is_refused_as_before() {
    assertThatThrownBy(() -> new TimedImageLoader(TimedImageLoader.DEFAULT_LIMIT).load("end_image", new byte[] {1, 2, 3}))
        .isInstanceOf(InvalidFieldException.class)
        .extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo("end_image");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TimedImageLoaderTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
