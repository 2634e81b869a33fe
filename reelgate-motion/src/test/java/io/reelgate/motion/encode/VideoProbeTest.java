package io.reelgate.motion.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoProbeTest {
  @TempDir Path dir;

  @Test
  void luma_is_scaled_to_the_target_width_keeping_the_aspect_ratio() throws IOException {
    Path mp4 = dir.resolve("wide.mp4");
    PanningPattern.encode(mp4, 1138, 768, 4);

    LumaFrames luma = VideoProbe.decodeLuma(mp4, 320);

    // 768 * 320 / 1138 = 215.9, rounded to an even 216.
    assertThat(luma.width()).isEqualTo(320);
    assertThat(luma.height()).isEqualTo(216);
    assertThat(luma.frames()).hasSize(4).allSatisfy(f -> assertThat(f).hasSize(320 * 216));
  }

  @Test
  void scaled_luma_keeps_the_brightness_of_the_picture() throws IOException {
    Path mp4 = dir.resolve("gray.mp4");
    YuvFrame frame = new YuvFrame(640, 360);
    Arrays.fill(
        frame.y, (byte) 60); // a tv-range value that a range conversion would move
    Arrays.fill(frame.u, (byte) 128);
    Arrays.fill(frame.v, (byte) 128);
    try (H264Writer writer = new H264Writer(mp4, 640, 360, 25, EncoderSettings.defaults())) {
      writer.write(frame);
    }

    byte[] scaled = VideoProbe.decodeLuma(mp4, 160).frames().get(0);

    for (byte value : scaled) {
      assertThat(value & 0xff).isBetween(59, 61);
    }
  }

  @Test
  void remuxed_file_with_audio_and_index_at_the_end_is_described_as_such() throws Exception {
    // Written by plain ffmpeg (see src/test/resources/videos/README.md): moov after mdat, AAC audio.
    Path withAudio = dir.resolve("with-audio.mp4");
    try (var in = VideoProbeTest.class.getResourceAsStream("/videos/remuxed-with-audio.mp4")) {
      Files.copy(in, withAudio);
    }

    VideoInfo info = VideoProbe.probe(withAudio);

    assertThat(info.hasAudio()).isTrue();
    assertThat(info.moovBeforeMdat()).isFalse();
    assertThat(info.frames()).isEqualTo(25);
    assertThat(info.codec()).isEqualTo("h264");
  }

  @Test
  void a_file_that_is_not_a_video_is_an_io_exception() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.mp4"), "not a video at all");

    assertThatThrownBy(() -> VideoProbe.probe(text)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> VideoProbe.probe(dir.resolve("absent.mp4")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
