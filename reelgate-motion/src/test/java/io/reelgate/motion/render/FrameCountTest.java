package io.reelgate.motion.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.model.Ratio;
import io.reelgate.core.render.VideoFormat;
import org.junit.jupiter.api.Test;

class FrameCountTest {
  @Test
  void hailuo_clips_are_exactly_frames_per_second_times_seconds() {
    assertThat(FrameCount.of(VideoFormat.HAILUO, 6)).isEqualTo(150);
    assertThat(FrameCount.of(VideoFormat.HAILUO, 10)).isEqualTo(250);
  }

  @Test
  void h3_clips_are_the_smallest_17n_plus_5_frames_that_last_the_seconds_asked() {
    VideoFormat h3 = VideoFormat.h3(Ratio.R16_9);
    assertThat(FrameCount.of(h3, 5)).isEqualTo(124); // 120 asked
    assertThat(FrameCount.of(h3, 8)).isEqualTo(192); // exact
    assertThat(FrameCount.of(h3, 4)).isEqualTo(107); // 96 asked
    assertThat(FrameCount.of(h3, 15)).isEqualTo(362); // 360 asked
    for (int seconds = 1; seconds <= 15; seconds++) {
      int frames = FrameCount.of(h3, seconds);
      assertThat((frames - 5) % 17).isZero();
      assertThat(frames).isBetween(24 * seconds, 24 * seconds + 16);
    }
  }
}
