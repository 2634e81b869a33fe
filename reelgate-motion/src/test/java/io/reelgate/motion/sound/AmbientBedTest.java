package io.reelgate.motion.sound;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.motion.encode.YuvFrame;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The bed in memory, without encoding: level, fades, colour and repeatability. */
class AmbientBedTest {
  private static final int FPS = 24;
  private static final int FRAMES = 96;

  @Test
  void a_dark_picture_rumbles_and_a_bright_one_hisses_at_the_same_quiet_level() {
    float[] dark = bed(frame(16, 128), FRAMES)[0];
    float[] bright = bed(frame(235, 128), FRAMES)[0];

    assertThat(dbfs(middle(dark))).isBetween(-33.0, -27.0);
    assertThat(dbfs(middle(bright))).isBetween(-33.0, -27.0);
    // Zero crossings per second measure where the energy sits: 120 Hz against 3.8 kHz cutoffs.
    assertThat(crossings(middle(bright))).isGreaterThan(5 * crossings(middle(dark)));
  }

  @Test
  void it_fades_in_from_silence_and_out_to_silence() {
    float[] left = bed(frame(120, 160), FRAMES)[0];

    assertThat(Math.abs(left[0])).isLessThan(1e-4f);
    assertThat(Math.abs(left[left.length - 1])).isLessThan(1e-4f);
    assertThat(dbfs(Arrays.copyOfRange(left, 0, 1600))).isLessThan(dbfs(middle(left)) - 10);
  }

  @Test
  void the_same_frames_make_the_same_sound_and_another_picture_another() {
    float[][] once = bed(frame(100, 140), 24);
    float[][] again = bed(frame(100, 140), 24);
    float[][] other = bed(frame(101, 140), 24);

    assertThat(once[0]).isEqualTo(again[0]);
    assertThat(once[1]).isEqualTo(again[1]);
    assertThat(once[0]).isNotEqualTo(other[0]);
  }

  @Test
  void the_length_is_the_clips_to_the_sample() {
    assertThat(bed(frame(100, 128), 124)[0]).hasSize(124 * AmbientBed.SAMPLE_RATE / FPS);
  }

  /** Both channels of a clip of {@code frames} identical frames, asked frame by frame as the writer does. */
  private static float[][] bed(YuvFrame frame, int frames) {
    AmbientBed bed = new AmbientBed(frames, FPS);
    int total = frames * AmbientBed.SAMPLE_RATE / FPS;
    float[] left = new float[total];
    float[] right = new float[total];
    float[] l = new float[AmbientBed.SAMPLE_RATE / FPS + 1];
    float[] r = new float[l.length];
    int made = 0;
    for (int i = 0; i < frames; i++) {
      int end = (i + 1) * AmbientBed.SAMPLE_RATE / FPS;
      bed.next(frame, l, r, end - made);
      System.arraycopy(l, 0, left, made, end - made);
      System.arraycopy(r, 0, right, made, end - made);
      made = end;
    }
    return new float[][] {left, right};
  }

  private static YuvFrame frame(int luma, int chroma) {
    YuvFrame frame = new YuvFrame(64, 64);
    Arrays.fill(frame.y, (byte) luma);
    Arrays.fill(frame.u, (byte) chroma);
    Arrays.fill(frame.v, (byte) 128);
    return frame;
  }

  /** The clip without its fades. */
  private static float[] middle(float[] samples) {
    int fade = (int) (AmbientBed.FADE_SECONDS * AmbientBed.SAMPLE_RATE);
    return Arrays.copyOfRange(samples, fade, samples.length - fade);
  }

  private static double dbfs(float[] samples) {
    double sum = 0;
    for (float s : samples) sum += (double) s * s;
    return 10 * Math.log10(sum / samples.length);
  }

  private static double crossings(float[] samples) {
    int count = 0;
    for (int i = 1; i < samples.length; i++) {
      if ((samples[i - 1] < 0) != (samples[i] < 0)) count++;
    }
    return count * (double) AmbientBed.SAMPLE_RATE / samples.length;
  }
}
