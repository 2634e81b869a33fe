package io.reelgate.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelgate.app.bench.Smoothness.Region;
import io.reelgate.app.bench.Smoothness.Shift;
import io.reelgate.motion.encode.LumaFrames;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class SmoothnessTest {
  private static final int WIDTH = 576;
  private static final int HEIGHT = 384;
  private static final Region LEFT_THIRD = new Region(24, 24, 192 - 24, HEIGHT - 24);

  @Test
  void sub_pixel_shifts_are_measured_within_five_hundredths_of_a_pixel() {
    Texture texture = new Texture(7);
    byte[] still = texture.frame(0, 0);
    double[][] shifts = {{0.3, 0}, {0, -0.45}, {1.7, 0.25}, {-2.35, 1.1}, {5.6, -3.8}, {0.5, 0.5}};
    for (double[] expected : shifts) {
      byte[] moved = texture.frame(expected[0], expected[1]);
      Shift measured = Smoothness.shift(still, moved, WIDTH, HEIGHT, LEFT_THIRD, Shift.NONE);
      assertThat(measured.dx()).as("dx for %s", (Object) expected).isCloseTo(expected[0], within(0.05));
      assertThat(measured.dy()).as("dy for %s", (Object) expected).isCloseTo(expected[1], within(0.05));
    }
  }

  @Test
  void constant_velocity_has_almost_no_acceleration() {
    LumaFrames clip = clip(new Texture(11), i -> 0.37 * i, i -> -0.21 * i);

    assertThat(Smoothness.score(clip)).isLessThan(0.03);
  }

  @Test
  void gentle_easing_scores_far_below_whole_pixel_rounding() {
    Texture texture = new Texture(3);
    // Eased from 0 to 30 px over 50 frames: smooth, with a real but tiny acceleration.
    IntToDoubleFunction eased = i -> 30 * smootherstep(i / 49.0);
    IntToDoubleFunction rounded = i -> Math.round(eased.applyAsDouble(i));

    double smooth = Smoothness.score(clip(texture, eased, i -> 0));
    double jittery = Smoothness.score(clip(texture, rounded, i -> 0));

    assertThat(smooth).isLessThan(0.1);
    assertThat(jittery).isGreaterThan(0.3);
  }

  @Test
  void acceleration_is_the_rms_of_the_change_between_shifts() {
    List<Shift> shifts = List.of(new Shift(1, 0), new Shift(2, 0), new Shift(2, 0), new Shift(2, 1));
    // Changes: (1, 0), (0, 0), (0, 1): mean square 2/3.
    assertThat(Smoothness.rms(shifts)).isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
  }

  private static LumaFrames clip(Texture texture, IntToDoubleFunction x, IntToDoubleFunction y) {
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      frames.add(texture.frame(x.applyAsDouble(i), y.applyAsDouble(i)));
    }
    return new LumaFrames(WIDTH, HEIGHT, frames);
  }

  private static double smootherstep(double t) {
    return t * t * t * (t * (t * 6 - 15) + 10);
  }

  /** A smooth random texture (a sum of plane waves, 9 to 40 px long) that can be shifted exactly. */
  private static final class Texture {
    private final double[] kx = new double[12];
    private final double[] ky = new double[12];
    private final double[] phase = new double[12];

    Texture(long seed) {
      Random random = new Random(seed);
      for (int i = 0; i < kx.length; i++) {
        double angle = random.nextDouble() * Math.PI;
        double wavelength = 9 + random.nextDouble() * 31;
        kx[i] = 2 * Math.PI * Math.cos(angle) / wavelength;
        ky[i] = 2 * Math.PI * Math.sin(angle) / wavelength;
        phase[i] = random.nextDouble() * 2 * Math.PI;
      }
    }

    /** The texture moved by {@code (dx, dy)}: the frame at {@code p + d} shows the texture at p. */
    byte[] frame(double dx, double dy) {
      byte[] luma = new byte[WIDTH * HEIGHT];
      for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < WIDTH; x++) {
          double sum = 0;
          for (int i = 0; i < kx.length; i++) {
            sum += Math.sin(kx[i] * (x - dx) + ky[i] * (y - dy) + phase[i]);
          }
          luma[y * WIDTH + x] = (byte) Math.max(16, Math.min(235, Math.round(128 + 22 * sum)));
        }
      }
      return luma;
    }
  }
}
