package io.reelgate.core.image;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageRulesTest {

  @ParameterizedTest(name = "{0}x{1} passes")
  @CsvSource({
    "301, 301", // short side just over 300
    "1000, 400", // exactly 5:2, inclusive
    "400, 1000", // exactly 2:5, inclusive
    "1920, 1080",
    "7000, 7000", // 49 megapixels
  })
  void pictures_within_the_rules_pass(int width, int height) {
    assertThatCode(() -> ImageRules.check("image", jpeg(width, height, 1000))).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}x{1}: {2}")
  @CsvSource({
    "400, 300, 'short side is 300 px (400x300); it must be greater than 300 px'",
    "300, 900, 'short side is 300 px (300x900); it must be greater than 300 px'",
    "1001, 400, 'aspect ratio is 2.50:1 (1001x400); it must be between 2:5 and 5:2'",
    "960, 320, 'aspect ratio is 3.00:1 (960x320); it must be between 2:5 and 5:2'",
    "320, 960, 'aspect ratio is 1:3.00 (320x960); it must be between 2:5 and 5:2'",
    "8000, 7000, 'the image is 8000x7000; Reelgate takes at most 50 megapixels'",
  })
  void pictures_outside_the_rules_are_refused_with_the_measured_value(int width, int height, String reason) {
    assertThatThrownBy(() -> ImageRules.check("end_image", jpeg(width, height, 1000)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("end_image: " + reason);
  }

  @Test
  void twenty_mebibytes_pass_and_one_byte_more_does_not() {
    assertThatCode(() -> ImageRules.check("image", jpeg(1000, 1000, 20L * 1024 * 1024))).doesNotThrowAnyException();
    assertThatThrownBy(() -> ImageRules.check("image", jpeg(1000, 1000, 20L * 1024 * 1024 + 1)))
        .hasMessage("image: the image is 20.0 MB (20,971,521 bytes); it must be at most 20 MB (20,971,520 bytes)");
    assertThatThrownBy(() -> ImageRules.check("image", jpeg(1000, 1000, 25L * 1024 * 1024)))
        .hasMessage("image: the image is 25.0 MB (26,214,400 bytes); it must be at most 20 MB (20,971,520 bytes)");
  }

  @Test
  void the_fixtures_made_to_break_a_rule_break_it() {
    assertThatThrownBy(() -> ImageRules.check("image", ImageProbe.probe("image", TestPhotos.bytes("short_side_300.jpg"))))
        .hasMessageContaining("short side is 300 px");
    assertThatThrownBy(() -> ImageRules.check("image", ImageProbe.probe("image", TestPhotos.bytes("aspect_3to1.jpg"))))
        .hasMessageContaining("aspect ratio is 3.00:1");
    assertThatCode(() -> ImageRules.check("image", ImageProbe.probe("image", TestPhotos.bytes("hubble_4000.jpg"))))
        .doesNotThrowAnyException();
  }

  private static ImageInfo jpeg(int width, int height, long bytes) {
    return new ImageInfo(ImageFormat.JPEG, width, height, bytes);
  }
}
