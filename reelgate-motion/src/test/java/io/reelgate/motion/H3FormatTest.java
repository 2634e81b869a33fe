package io.reelgate.motion;

import static io.reelgate.motion.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelgate.core.model.Ratio;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.motion.encode.AudioInfo;
import io.reelgate.motion.encode.AudioSamples;
import io.reelgate.motion.encode.EncoderSettings;
import io.reelgate.motion.encode.LumaFrames;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import io.reelgate.motion.sound.AmbientBed;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MiniMax-H3's format end to end: real x264 and AAC encoding, checked by decoding the file. */
class H3FormatTest {
  /** 128 nominal pixels on the short side: H3's rule at that size makes 16:9 224x128. */
  private static final MotionRenderer ENGINE = MotionRenderer.atShortSide(128, new EncoderSettings("ultrafast", 23, 1));
  /** One AAC frame, the tolerance on the sound's length. */
  private static final double AAC_FRAME_SECONDS = 1024.0 / AmbientBed.SAMPLE_RATE;

  @TempDir Path dir;

  @Test
  void an_h3_clip_is_24_fps_17n_plus_5_frames_with_a_quiet_stereo_aac_bed_exactly_as_long() throws Exception {
    Path output = dir.resolve("h3.mp4");
    RenderResult result =
        ENGINE.render(
            aJob().withImage("hubble_deep_field.jpg").withPrompt("Deep space [Push in]").lasting(2).in(VideoFormat.h3(Ratio.R16_9)).build(),
            output,
            (d, t) -> {});

    // 2 s at 24 fps asks 48 frames; 17 x 3 + 5 = 56 is the first H3 count that lasts that long.
    assertThat(result).isEqualTo(new RenderResult(224, 128, 56, 24));
    VideoInfo info = VideoProbe.probe(output);
    assertThat(info.codec()).isEqualTo("h264");
    assertThat(info.width()).isEqualTo(224);
    assertThat(info.height()).isEqualTo(128);
    assertThat(info.fps()).isEqualTo(24.0);
    assertThat(info.frames()).isEqualTo(56);
    double clipSeconds = 56 / 24.0;
    assertThat(info.durationSeconds()).isCloseTo(clipSeconds, within(1e-6));
    AudioInfo audio = info.audio().orElseThrow();
    assertThat(audio.codec()).isEqualTo("aac");
    assertThat(audio.channels()).isEqualTo(2);
    assertThat(audio.sampleRate()).isEqualTo(32_000);
    assertThat(audio.durationSeconds()).isCloseTo(clipSeconds, within(AAC_FRAME_SECONDS));

    AudioSamples sound = VideoProbe.decodeAudio(output);
    assertThat(sound.seconds()).isCloseTo(clipSeconds, within(AAC_FRAME_SECONDS));
    assertThat(sound.rmsDbfs()).as("quiet, not silent").isBetween(-36.0, -26.0);
    assertThat(sound.peak()).as("far from clipping").isLessThan(0.3);
    int tenth = sound.sampleRate() / 10;
    assertThat(rms(sound.left(), 0, tenth / 5)).as("fades in").isLessThan(rms(sound.left(), sound.left().length / 2, tenth) / 10);
    assertThat(Arrays.equals(sound.left(), sound.right())).as("two channels, not one twice").isFalse();
  }

  @Test
  void an_h3_clip_asked_without_sound_has_no_audio_stream() throws Exception {
    Path output = dir.resolve("silent.mp4");
    VideoFormat silent = new VideoFormat(Ratio.R9_16, 24, VideoFormat.FrameSizes.MULTIPLES_OF_32, VideoFormat.Audio.NONE);
    RenderResult result = ENGINE.render(aJob().withPrompt("A lighthouse at dusk").lasting(1).in(silent).build(), output, (d, t) -> {});

    assertThat(result).isEqualTo(new RenderResult(128, 224, 39, 24)); // 24 asked: 17 x 2 + 5
    VideoInfo info = VideoProbe.probe(output);
    assertThat(info.hasAudio()).isFalse();
    assertThat(info.frames()).isEqualTo(39);
    assertThat(info.height()).isEqualTo(224);
  }

  @Test
  void a_picture_of_another_shape_is_cover_cropped_to_the_ratio_so_frame_0_is_its_centre() throws Exception {
    // 3:1, black | mid grey | white: a centred 1:1 crop sees only the grey third.
    BufferedImage bands = new BufferedImage(900, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = bands.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 300, 300);
    g.setColor(new Color(128, 128, 128));
    g.fillRect(300, 0, 300, 300);
    g.setColor(Color.WHITE);
    g.fillRect(600, 0, 300, 300);
    g.dispose();
    Path output = dir.resolve("square.mp4");
    VideoFormat square = new VideoFormat(Ratio.R1_1, 24, VideoFormat.FrameSizes.MULTIPLES_OF_32, VideoFormat.Audio.NONE);

    ENGINE.render(aJob().withImage(bands).withPrompt("[Static shot]").lasting(1).in(square).build(), output, (d, t) -> {});

    LumaFrames decoded = VideoProbe.decodeLuma(output, 128);
    assertThat(decoded.width()).isEqualTo(decoded.height());
    byte[] first = decoded.frames().get(0);
    int darkest = 255;
    int brightest = 0;
    for (byte b : first) {
      darkest = Math.min(darkest, b & 0xff);
      brightest = Math.max(brightest, b & 0xff);
    }
    assertThat(brightest - darkest).as("only the grey third shows").isLessThan(12);
    assertThat(darkest).isBetween(115, 135);
  }

  private static double rms(float[] samples, int from, int count) {
    double sum = 0;
    for (int i = from; i < from + count; i++) {
      sum += samples[i] * samples[i];
    }
    return Math.sqrt(sum / count);
  }
}
