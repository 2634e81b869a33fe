package io.reelgate.motion.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.motion.Jobs;
import io.reelgate.motion.encode.YuvFrame;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FrameSamplerTest {
  private static final BufferedImage PHOTO = Jobs.photo("astronaut.png");
  private static final WorkingPicture PICTURE = WorkingPicture.of(PHOTO, WorkingPicture.Crop.whole(PHOTO), 400, 400);

  @Test
  void a_map_that_keeps_the_axes_samples_the_same_pixels_as_the_general_path() {
    // A push-in frame: enlarged 1.17x about a point off the pixel grid, chroma at half size.
    Homography luma = Homography.scaleThenTranslate(0.855, 0.855, 31.37, 18.91);
    Homography chroma = Homography.scaleThenTranslate(0.855, 0.855, 15.47, 9.24);
    assertThat(FrameSampler.keepsAxes(luma)).isTrue();
    YuvFrame fast = new YuvFrame(300, 280);
    new FrameSampler().sample(PICTURE, luma, chroma, fast);

    YuvFrame general = new YuvFrame(300, 280);
    FrameSampler.samplePlane(PICTURE.y, 400, 400, luma, general.y, 300, 280);
    FrameSampler.samplePlane(PICTURE.u, 200, 200, chroma, general.u, 150, 140);
    FrameSampler.samplePlane(PICTURE.v, 200, 200, chroma, general.v, 150, 140);

    // The two round the filter's 1/256-pixel weights differently, nothing more.
    assertClose(fast.y, general.y);
    assertClose(fast.u, general.u);
    assertClose(fast.v, general.v);
  }

  @Test
  void positions_past_the_edge_are_clamped_to_it_not_read_outside() {
    // Reaches 2 pixels past every side: only the edge pixels may be read there.
    Homography past = Homography.scaleThenTranslate(404.0 / 399, 404.0 / 399, -2, -2);
    YuvFrame frame = new YuvFrame(400, 400);
    new FrameSampler().sample(PICTURE, past, past, frame);
    assertThat(frame.y[0]).isEqualTo(PICTURE.y[0]);
    assertThat(frame.y[399]).isEqualTo(PICTURE.y[399]);
    assertThat(frame.y[400 * 400 - 1]).isEqualTo(PICTURE.y[400 * 400 - 1]);
  }

  @Test
  void pan_tilt_and_roll_take_the_general_path() {
    assertThat(FrameSampler.keepsAxes(new Homography(1, 0.01, 0, 0, 1, 0, 0, 0, 1))).isFalse();
    assertThat(FrameSampler.keepsAxes(new Homography(1, 0, 0, 0, 1, 0, 1e-4, 0, 1))).isFalse();
  }

  private static void assertClose(byte[] actual, byte[] expected) {
    long total = 0;
    int worst = 0;
    for (int i = 0; i < actual.length; i++) {
      int difference = Math.abs((actual[i] & 255) - (expected[i] & 255));
      total += difference;
      worst = Math.max(worst, difference);
    }
    assertThat(worst).isLessThanOrEqualTo(2);
    assertThat((double) total / actual.length).isLessThan(0.2);
  }
}
