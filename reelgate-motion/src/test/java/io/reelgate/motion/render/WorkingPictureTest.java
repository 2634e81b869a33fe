package io.reelgate.motion.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.motion.Jobs;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class WorkingPictureTest {
  @Test
  void colours_become_bt709_limited_range() {
    assertThat(single(Color.WHITE)).containsExactly(235, 128, 128);
    assertThat(single(Color.BLACK)).containsExactly(16, 128, 128);
    // BT.709 red: Y' = 16 + 219 * 0.2126, Cb = 128 - 112 * 0.2126 / 0.9278, Cr = 240.
    assertThat(single(Color.RED)).containsExactly(63, 102, 240);
  }

  @Test
  void shrinking_averages_areas_so_a_one_pixel_checkerboard_turns_flat_grey() {
    BufferedImage checkerboard = new BufferedImage(999, 999, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 999; y++) {
      for (int x = 0; x < 999; x++) checkerboard.setRGB(x, y, (x + y) % 2 == 0 ? 0xffffff : 0);
    }
    // A non-integer ratio, where point sampling would show a moire of black and white stripes.
    WorkingPicture small = WorkingPicture.of(checkerboard, WorkingPicture.Crop.whole(checkerboard), 370, 370);
    int lowest = 255;
    int highest = 0;
    for (byte b : small.y) {
      lowest = Math.min(lowest, b & 255);
      highest = Math.max(highest, b & 255);
    }
    assertThat(lowest).isGreaterThan(110);
    assertThat(highest).isLessThan(140);
  }

  @Test
  void fine_texture_keeps_its_mean_and_loses_only_what_the_smaller_size_cannot_hold() {
    BufferedImage gravel = Jobs.photo("gravel.png");
    WorkingPicture full = WorkingPicture.of(gravel, WorkingPicture.Crop.whole(gravel), 512, 512);
    WorkingPicture third = WorkingPicture.of(gravel, WorkingPicture.Crop.whole(gravel), 170, 170);
    assertThat(mean(third.y)).isCloseTo(mean(full.y), org.assertj.core.data.Offset.offset(0.5));
  }

  @Test
  void a_large_picture_shrunk_on_two_threads_shows_no_seam() {
    // 1200x1000 is past the size that two threads shrink, each making half of the rows.
    BufferedImage ramp = new BufferedImage(1200, 1000, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 1000; y++) {
      int grey = y * 255 / 999;
      for (int x = 0; x < 1200; x++) ramp.setRGB(x, y, grey * 0x010101);
    }
    WorkingPicture small = WorkingPicture.of(ramp, WorkingPicture.Crop.whole(ramp), 360, 300);
    int previous = -1;
    for (int row = 0; row < 300; row++) {
      int value = small.y[row * 360 + 180] & 255;
      // The ramp climbs 0.85 levels of Y per working row: never back, never more than 2.
      assertThat(value).as("row %d", row).isBetween(previous, Math.max(previous, 16) + 2);
      assertThat(small.y[row * 360]).as("row %d is flat", row).isEqualTo(small.y[row * 360 + 359]);
      previous = value;
    }
    for (byte chroma : small.u) assertThat(chroma & 255).isEqualTo(128);
  }

  @Test
  void a_picture_smaller_than_the_working_size_is_enlarged_smoothly() {
    BufferedImage half = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 100; y++) {
      for (int x = 0; x < 100; x++) half.setRGB(x, y, x < 50 ? 0 : 0xffffff);
    }
    WorkingPicture big = WorkingPicture.of(half, WorkingPicture.Crop.whole(half), 400, 400);
    // Across the edge the enlarged copy ramps through intermediate values instead of a hard step.
    int ramp = 0;
    for (int x = 0; x < 400; x++) {
      int value = big.y[200 * 400 + x] & 255;
      if (value > 30 && value < 220) ramp++;
    }
    assertThat(ramp).isBetween(2, 8);
  }

  @Test
  void a_cover_crop_keeps_the_middle_of_the_picture_at_the_asked_aspect() {
    assertThat(WorkingPicture.coverCrop(1000, 872, 1.0)).isEqualTo(new WorkingPicture.Crop(64, 0, 872, 872));
    assertThat(WorkingPicture.coverCrop(512, 512, 16 / 9.0)).isEqualTo(new WorkingPicture.Crop(0, 112, 512, 288));
  }

  private static int[] single(Color color) {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 4; y++) for (int x = 0; x < 4; x++) image.setRGB(x, y, color.getRGB());
    WorkingPicture picture = WorkingPicture.of(image, WorkingPicture.Crop.whole(image), 4, 4);
    return new int[] {picture.y[0] & 255, picture.u[0] & 255, picture.v[0] & 255};
  }

  private static double mean(byte[] plane) {
    long sum = 0;
    for (byte b : plane) sum += b & 255;
    return (double) sum / plane.length;
  }
}
