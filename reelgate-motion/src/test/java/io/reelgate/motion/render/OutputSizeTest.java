package io.reelgate.motion.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.model.Resolution;
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
}
