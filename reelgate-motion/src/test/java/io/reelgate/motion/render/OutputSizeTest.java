package io.reelgate.motion.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelgate.core.model.Ratio;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.VideoFormat;
import org.junit.jupiter.api.Test;

class OutputSizeTest {
  @Test
  void a_16_by_9_picture_at_768P_is_1366x768() {
    assertThat(OutputSize.of(3840, 2160, Resolution.P768)).isEqualTo(new OutputSize(1366, 768));
    assertThat(OutputSize.of(1920, 1080, Resolution.P1080)).isEqualTo(new OutputSize(1920, 1080));
  }

  @Test
  void the_picture_keeps_its_aspect_ratio_with_the_long_side_rounded_to_the_nearest_even() {
    // 768 * 1000 / 872 = 880.7
    assertThat(OutputSize.of(1000, 872, Resolution.P768)).isEqualTo(new OutputSize(880, 768));
    // 720 * 1411 / 1000 = 1015.9
    assertThat(OutputSize.of(1000, 1411, Resolution.P720)).isEqualTo(new OutputSize(720, 1016));
    assertThat(OutputSize.of(512, 512, Resolution.P512)).isEqualTo(new OutputSize(512, 512));
  }

  @Test
  void text_to_video_is_16_by_9() {
    assertThat(OutputSize.textToVideo(Resolution.P512)).isEqualTo(new OutputSize(910, 512));
    assertThat(OutputSize.textToVideo(Resolution.P720)).isEqualTo(new OutputSize(1280, 720));
    assertThat(OutputSize.textToVideo(Resolution.P768)).isEqualTo(new OutputSize(1366, 768));
    assertThat(OutputSize.textToVideo(Resolution.P1080)).isEqualTo(new OutputSize(1920, 1080));
  }

  @Test
  void any_even_short_side_can_be_asked() {
    assertThat(OutputSize.of(3840, 2160, 64)).isEqualTo(new OutputSize(114, 64));
    assertThat(OutputSize.of(1000, 1411, 64)).isEqualTo(new OutputSize(64, 90));
    assertThat(OutputSize.textToVideo(64)).isEqualTo(new OutputSize(114, 64));
  }

  @Test
  void h3_frames_at_768P_are_the_documented_sizes_with_sides_multiples_of_32() {
    assertThat(h3(Ratio.R16_9, Resolution.P768)).isEqualTo(new OutputSize(1344, 768));
    assertThat(h3(Ratio.R9_16, Resolution.P768)).isEqualTo(new OutputSize(768, 1344));
    assertThat(h3(Ratio.R1_1, Resolution.P768)).isEqualTo(new OutputSize(768, 768));
    assertThat(h3(Ratio.R4_3, Resolution.P768)).isEqualTo(new OutputSize(1024, 768));
    assertThat(h3(Ratio.R3_4, Resolution.P768)).isEqualTo(new OutputSize(768, 1024));
    assertThat(h3(Ratio.R21_9, Resolution.P768)).isEqualTo(new OutputSize(1536, 672));
  }

  @Test
  void h3_frames_at_2K_are_2560x1440_at_16_by_9_and_derived_by_the_same_rule() {
    assertThat(h3(Ratio.R16_9, Resolution.K2)).isEqualTo(new OutputSize(2560, 1440));
    assertThat(h3(Ratio.R9_16, Resolution.K2)).isEqualTo(new OutputSize(1440, 2560));
    assertThat(h3(Ratio.R1_1, Resolution.K2)).isEqualTo(new OutputSize(1440, 1440));
    assertThat(h3(Ratio.R4_3, Resolution.K2)).isEqualTo(new OutputSize(1920, 1440));
    assertThat(h3(Ratio.R3_4, Resolution.K2)).isEqualTo(new OutputSize(1440, 1920));
    assertThat(h3(Ratio.R21_9, Resolution.K2)).isEqualTo(new OutputSize(2912, 1248));
  }

  @Test
  void every_h3_frame_stays_within_its_resolutions_pixel_budget_in_multiples_of_32() {
    for (Resolution resolution : new Resolution[] {Resolution.P768, Resolution.K2}) {
      long budget = resolution == Resolution.P768 ? 1_032_192 : 3_686_400;
      for (Ratio ratio : Ratio.values()) {
        if (ratio == Ratio.ADAPTIVE) continue;
        OutputSize size = h3(ratio, resolution);
        assertThat(size.width() % 32).as("%s %s", ratio, resolution).isZero();
        assertThat(size.height() % 32).as("%s %s", ratio, resolution).isZero();
        assertThat((long) size.width() * size.height()).as("%s %s", ratio, resolution).isLessThanOrEqualTo(budget);
        assertThat(size.aspect()).as("%s %s", ratio, resolution).isCloseTo((double) ratio.width() / ratio.height(), within(0.025 * ratio.width() / ratio.height()));
      }
    }
  }

  @Test
  void an_adaptive_h3_frame_takes_the_allowed_ratio_nearest_the_pictures_and_16_by_9_for_text() {
    VideoFormat adaptive = VideoFormat.h3(Ratio.ADAPTIVE);
    assertThat(OutputSize.of(adaptive, 768, 1200, 1000)).isEqualTo(new OutputSize(1024, 768)); // 1.2: 4:3
    assertThat(OutputSize.of(adaptive, 768, 3000, 1000)).isEqualTo(new OutputSize(1536, 672)); // 3.0: 21:9
    assertThat(OutputSize.of(adaptive, 768, 1080, 1920)).isEqualTo(new OutputSize(768, 1344));
    assertThat(OutputSize.of(adaptive, 768, 1100, 1000)).isEqualTo(new OutputSize(768, 768)); // 1.1: 1:1
    assertThat(OutputSize.textToVideo(adaptive, 768)).isEqualTo(new OutputSize(1344, 768));
    assertThat(OutputSize.nearestRatio(2000, 1000)).isEqualTo(Ratio.R16_9); // 2.0: 1.78 is nearer than 2.33
  }

  @Test
  void a_concrete_ratio_in_the_picture_shape_rule_sets_the_long_side_from_the_short_one() {
    VideoFormat portrait = VideoFormat.HAILUO.withRatio(Ratio.R9_16);
    assertThat(OutputSize.textToVideo(portrait, 720)).isEqualTo(new OutputSize(720, 1280));
    assertThat(OutputSize.of(portrait, 720, 4000, 3000)).isEqualTo(new OutputSize(720, 1280));
    // Adaptive Hailuo is the picture's own shape, exactly as before.
    assertThat(OutputSize.of(VideoFormat.HAILUO, 768, 1000, 872)).isEqualTo(new OutputSize(880, 768));
    assertThat(OutputSize.textToVideo(VideoFormat.HAILUO, 768)).isEqualTo(new OutputSize(1366, 768));
  }

  private static OutputSize h3(Ratio ratio, Resolution resolution) {
    return OutputSize.textToVideo(VideoFormat.h3(ratio), resolution.shortSide());
  }
}
