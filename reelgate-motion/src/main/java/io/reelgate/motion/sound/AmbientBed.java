package io.reelgate.motion.sound;

import io.reelgate.motion.encode.Soundtrack;
import io.reelgate.motion.encode.YuvFrame;

/**
 * A quiet ambient bed for a clip, derived from its frames: noise through a soft low-pass filter
 * (two one-pole stages, 12 dB per octave) whose cutoff follows the frame's brightness, from 120 Hz
 * for black (a low rumble) to 3.8 kHz for white (an airy hiss), with a slow swell every 11 s whose
 * depth follows the frame's colourfulness (a grey picture is steady, a vivid one breathes). The two
 * channels share 64% of their noise and swell out of phase, so the bed is slightly wide. It fades
 * in and out over {@value #FADE_SECONDS} s (at most a quarter of the clip each) and sits at about
 * -30 dBFS RMS, whatever the picture (each filter setting is normalized by its own gain), so its
 * peaks stay far below full scale. Parameters move smoothly (0.4 s) from frame to frame and are
 * interpolated within each frame, so nothing clicks. The same frames always make the same sound.
 *
 * <p>It is honest about what it is: a bed that signals "this clip has a sound track" and reacts to
 * the picture, not invented sound effects or speech.
 */
public final class AmbientBed implements Soundtrack {
  /** MiniMax-H3's own clips carry 32 kHz stereo AAC. */
  public static final int SAMPLE_RATE = 32_000;
  /** The target RMS level, -30 dBFS. */
  static final double LEVEL = Math.pow(10, -30 / 20.0);
  static final double FADE_SECONDS = 0.75;
  private static final double LOWEST_CUTOFF_HZ = 120;
  /** Octaves from black's cutoff to white's: 120 Hz x 2^5 = 3840 Hz. */
  private static final double CUTOFF_OCTAVES = 5;
  private static final double SWELL_HZ = 0.09;
  private static final double RIGHT_SWELL_PHASE = 2.0;
  private static final double SMOOTHING_SECONDS = 0.4;
  /** Each channel: 0.8 x shared noise + 0.6 x its own (0.64 + 0.36 = 1: the same power). */
  private static final double SHARED = 0.8;
  private static final double OWN = 0.6;
  private static final double UNIFORM_VARIANCE = 1.0 / 3;

  private final int fps;
  private final long totalSamples;
  private final long fadeSamples;
  private long position;
  private long noise;
  private double brightness;
  private double saturation;
  private final double[] filter = new double[4];
  private double pole;
  private double leftGain;
  private double rightGain;

  /** The bed of a clip of {@code frames} frames at {@code fps}. */
  public AmbientBed(int frames, int fps) {
    this.fps = fps;
    this.totalSamples = (long) frames * SAMPLE_RATE / fps;
    this.fadeSamples = Math.max(1, Math.min(Math.round(FADE_SECONDS * SAMPLE_RATE), totalSamples / 4));
  }

  @Override
  public int sampleRate() {
    return SAMPLE_RATE;
  }

  @Override
  public void next(YuvFrame frame, float[] left, float[] right, int count) {
    PictureTone tone = PictureTone.of(frame);
    if (position == 0) {
      noise = tone.signature() | 1; // xorshift needs a state other than zero
      brightness = tone.brightness();
      saturation = tone.saturation();
      pole = pole();
      leftGain = gain(0, 0);
      rightGain = gain(0, RIGHT_SWELL_PHASE);
    } else {
      double follow = 1 - Math.exp(-1.0 / (fps * SMOOTHING_SECONDS));
      brightness += follow * (tone.brightness() - brightness);
      saturation += follow * (tone.saturation() - saturation);
    }
    long end = position + count;
    double endPole = pole();
    double endLeft = gain(end, 0);
    double endRight = gain(end, RIGHT_SWELL_PHASE);
    for (int i = 0; i < count; i++) {
      double t = (i + 1.0) / count;
      double a = pole + (endPole - pole) * t;
      long bits = nextNoise();
      double shared = uniform(bits);
      double l = SHARED * shared + OWN * uniform(bits >>> 21);
      double r = SHARED * shared + OWN * uniform(bits >>> 42);
      filter[0] += a * (l - filter[0]);
      filter[1] += a * (filter[0] - filter[1]);
      filter[2] += a * (r - filter[2]);
      filter[3] += a * (filter[2] - filter[3]);
      double norm = normalizer(a);
      left[i] = (float) (filter[1] * norm * (leftGain + (endLeft - leftGain) * t));
      right[i] = (float) (filter[3] * norm * (rightGain + (endRight - rightGain) * t));
    }
    pole = endPole;
    leftGain = endLeft;
    rightGain = endRight;
    position = end;
  }

  /** The filter coefficient of the current brightness's cutoff. */
  private double pole() {
    double cutoff = LOWEST_CUTOFF_HZ * Math.pow(2, CUTOFF_OCTAVES * brightness);
    return 1 - Math.exp(-2 * Math.PI * cutoff / SAMPLE_RATE);
  }

  /**
   * One over the standard deviation of uniform noise after two one-pole stages of coefficient
   * {@code a}: the impulse response is a^2 (n + 1) b^n with b = 1 - a, whose energy is a^4 (1 + b^2)
   * / (1 - b^2)^3.
   */
  static double normalizer(double a) {
    double b = 1 - a;
    double oneMinusB2 = 1 - b * b;
    double energy = a * a * a * a * (1 + b * b) / (oneMinusB2 * oneMinusB2 * oneMinusB2);
    return 1 / Math.sqrt(UNIFORM_VARIANCE * energy);
  }

  /** Level x fade x swell at sample {@code at}; the swell keeps the mean power at the level. */
  private double gain(long at, double phase) {
    double depth = 0.15 + 0.5 * Math.min(1, 3 * saturation);
    double swell = 1 + depth * Math.sin(2 * Math.PI * SWELL_HZ * at / SAMPLE_RATE + phase);
    return LEVEL * fade(at) * swell / Math.sqrt(1 + depth * depth / 2);
  }

  private double fade(long at) {
    long fromEdge = Math.min(at, totalSamples - at);
    if (fromEdge <= 0) return 0;
    if (fromEdge >= fadeSamples) return 1;
    return 0.5 - 0.5 * Math.cos(Math.PI * fromEdge / fadeSamples);
  }

  /** xorshift64*: 64 fresh bits, three 21-bit draws. */
  private long nextNoise() {
    noise ^= noise >>> 12;
    noise ^= noise << 25;
    noise ^= noise >>> 27;
    return noise * 0x2545F4914F6CDD1DL;
  }

  /** The low 21 bits as a uniform value in [-1, 1). */
  private static double uniform(long bits) {
    return (bits & 0x1FFFFF) * (2.0 / 0x200000) - 1;
  }
}
