package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import org.junit.jupiter.api.Test;

class TimedImageLoaderTest {
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
}
