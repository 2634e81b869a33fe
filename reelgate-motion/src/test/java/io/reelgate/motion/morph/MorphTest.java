package io.reelgate.motion.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MorphTest {
  private static final int W = 160;
  private static final int H = 80;

  @Test
  void content_that_moves_is_found_where_it_went_and_the_still_background_stays() {
    Morph morph = Morph.between(luma(DiscPictures.disc(W, H, 40, 40, 20)), luma(DiscPictures.disc(W, H, 115, 43, 20)), W, H);
    assertThat(morph.pointSize()).isEqualTo(1);
    int disc = 40 * W + 40;
    assertThat(morph.forwardFound[disc]).isTrue();
    assertThat(morph.forward.x[disc]).isCloseTo(75, within(0.5f));
    assertThat(morph.forward.y[disc]).isCloseTo(3, within(0.5f));
    int background = 10 * W + 80;
    assertThat(morph.forwardFound[background]).isTrue();
    assertThat(morph.forward.x[background]).isCloseTo(0, within(0.5f));

    MidwayField half = morph.newField();
    morph.midway(0.5, half);
    // Half-way the disc is at (77.5, 41.5), moving 75 to the right; where it was shows the last
    // picture (the background it uncovered), where it goes the first (the background it will cover).
    int middle = 41 * W + 77;
    assertThat(half.x[middle]).isCloseTo(75, within(1f));
    assertThat(half.weight[middle]).isCloseTo(0.5f, within(0.01f));
    assertThat(half.weight[40 * W + 40]).isEqualTo(1);
    assertThat(half.weight[43 * W + 115]).isEqualTo(0);
  }

  @Test
  void pictures_that_do_not_correspond_cross_fade() {
    Morph morph = Morph.between(noise(1), noise(2), W, H);
    int found = 0;
    for (boolean f : morph.forwardFound) found += f ? 1 : 0;
    assertThat(found).isLessThan(W * H / 20);

    MidwayField field = morph.newField();
    morph.midway(0.3, field);
    int crossFaded = 0;
    for (int i = 0; i < W * H; i++) {
      if (field.x[i] == 0 && field.y[i] == 0 && Math.abs(field.weight[i] - 0.3f) < 1e-6) crossFaded++;
    }
    assertThat(crossFaded).isGreaterThan(W * H * 9 / 10);
  }

  private static byte[] noise(long seed) {
    byte[] out = new byte[W * H];
    new SplittableRandom(seed).nextBytes(out);
    return out;
  }

  private static byte[] luma(BufferedImage gray) {
    byte[] out = new byte[gray.getWidth() * gray.getHeight()];
    for (int y = 0; y < gray.getHeight(); y++) {
      for (int x = 0; x < gray.getWidth(); x++) out[y * gray.getWidth() + x] = (byte) gray.getRGB(x, y);
    }
    return out;
  }
}
