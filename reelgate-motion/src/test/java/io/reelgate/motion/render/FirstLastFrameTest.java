package io.reelgate.motion.render;

import static io.reelgate.motion.Jobs.aJob;
import static io.reelgate.motion.Jobs.photo;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.motion.Motion;
import io.reelgate.motion.Motion.Luma;
import org.junit.jupiter.api.Test;

class FirstLastFrameTest {
  @Test
  void the_clip_opens_on_the_first_picture_and_closes_on_the_second_fitted_to_the_frame() {
    Frames both = new Frames(aJob().withImage("astronaut.png").withEndImage("gravel.png").withPrompt("[Zoom in]").build());
    Frames first = new Frames(aJob().withImage("astronaut.png").withPrompt("[Zoom in]").build());
    Frames second = new Frames(aJob().withImage("gravel.png").withPrompt("[Zoom in]").build());
    assertThat(both.luma(0).pixels()).isEqualTo(first.luma(0).pixels());
    Luma end = both.luma(both.last());
    // Not where the zoom ended, which shows only the middle of the picture: all of it.
    assertThat(Motion.meanDifference(end, second.luma(second.last()))).isGreaterThan(5);
    assertThat(Pictures.psnr(end, Pictures.fittedLuma(photo("gravel.png"), end.width(), end.height()))).isGreaterThan(30);
    Luma middle = both.luma(both.count() / 2);
    double toFirst = Motion.meanDifference(middle, first.luma(first.count() / 2));
    double toSecond = Motion.meanDifference(middle, second.luma(second.count() / 2));
    assertThat(toFirst).isGreaterThan(5);
    assertThat(toSecond).isGreaterThan(5);
  }

  @Test
  void the_second_picture_is_cover_cropped_to_the_first_pictures_frame() {
    Frames frames = new Frames(aJob().withImage("astronaut.png").withEndImage("hubble_deep_field.jpg").build());
    assertThat(frames.renderer().size().width()).isEqualTo(512);
    assertThat(frames.renderer().size().height()).isEqualTo(512);
    frames.luma(frames.last());
  }

  @Test
  void the_morph_is_eased_over_the_middle_of_the_clip() {
    assertThat(ClipRenderer.dissolveWeight(0, 150)).isZero();
    assertThat(ClipRenderer.dissolveWeight(29, 150)).isZero();
    assertThat(ClipRenderer.dissolveWeight(75, 150)).isBetween(120, 136);
    assertThat(ClipRenderer.dissolveWeight(120, 150)).isEqualTo(256);
    assertThat(ClipRenderer.dissolveWeight(149, 150)).isEqualTo(256);
  }

  @Test
  void the_camera_settles_on_the_whole_last_picture_over_the_second_half() {
    assertThat(ClipRenderer.settled(0, 150)).isZero();
    assertThat(ClipRenderer.settled(74, 150)).isZero();
    assertThat(ClipRenderer.settled(112, 150)).isBetween(0.45, 0.55);
    assertThat(ClipRenderer.settled(149, 150)).isEqualTo(1);
  }
}
