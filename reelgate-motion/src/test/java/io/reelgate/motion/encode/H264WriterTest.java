package io.reelgate.motion.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H264WriterTest {
  @TempDir Path dir;

  @Test
  void six_seconds_at_768p_come_out_as_150_frames_of_browser_ready_h264() throws IOException {
    Path mp4 = dir.resolve("pan.mp4");
    PanningPattern.encode(mp4, 1138, 768, 150);

    VideoInfo info = VideoProbe.probe(mp4);

    assertThat(info.codec()).isEqualTo("h264");
    assertThat(info.width()).isEqualTo(1138);
    assertThat(info.height()).isEqualTo(768);
    assertThat(info.fps()).isEqualTo(25.0);
    assertThat(info.frames()).isEqualTo(150);
    assertThat(info.durationSeconds()).isCloseTo(6.0, within(1e-9));
    assertThat(info.pixelFormat()).isEqualTo("yuv420p");
    assertThat(info.colorPrimaries()).isEqualTo("bt709");
    assertThat(info.hasAudio()).isFalse();
    assertThat(info.moovBeforeMdat()).isTrue();
  }

  @Test
  void decoded_pictures_match_the_written_ones_in_order() throws IOException {
    Path mp4 = dir.resolve("small.mp4");
    int frames = 12;
    PanningPattern.encode(mp4, 320, 180, frames);
    PanningPattern pattern = new PanningPattern(320, 180, frames);

    LumaFrames decoded = VideoProbe.decodeLuma(mp4, 320);

    assertThat(decoded.width()).isEqualTo(320);
    assertThat(decoded.height()).isEqualTo(180);
    assertThat(decoded.frames()).hasSize(frames);
    for (int i = 0; i < frames; i++) {
      double sameFrame =
          PanningPattern.meanAbsoluteDifference(decoded.frames().get(i), pattern.luma(i));
      assertThat(sameFrame).as("frame %d against itself", i).isLessThan(2.0);
    }
    // The comparison can tell frames apart: a few steps of panning is far from the decoded frame.
    double shifted =
        PanningPattern.meanAbsoluteDifference(decoded.frames().get(3), pattern.luma(8));
    assertThat(shifted).isGreaterThan(10.0);
  }

  @Test
  void odd_sizes_are_refused_before_any_file_is_created() {
    Path mp4 = dir.resolve("odd.mp4");

    assertThatThrownBy(() -> new H264Writer(mp4, 321, 180, 25, EncoderSettings.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("321x180");
    assertThatThrownBy(() -> new H264Writer(mp4, 320, 181, 25, EncoderSettings.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(mp4).doesNotExist();
  }

  @Test
  void a_frame_of_another_size_is_refused() throws IOException {
    try (H264Writer writer =
        new H264Writer(dir.resolve("a.mp4"), 320, 180, 25, EncoderSettings.defaults())) {
      assertThatThrownBy(() -> writer.write(new YuvFrame(322, 180)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(writer.framesWritten()).isZero();
    }
  }

  @Test
  void closing_twice_is_harmless_and_writing_after_close_is_refused() throws IOException {
    Path mp4 = dir.resolve("twice.mp4");
    YuvFrame frame = new YuvFrame(64, 64);
    H264Writer writer = new H264Writer(mp4, 64, 64, 25, EncoderSettings.defaults());
    writer.write(frame);
    writer.write(frame);
    writer.write(frame);

    writer.close();
    long size = Files.size(mp4);
    writer.close();

    assertThat(Files.size(mp4)).isEqualTo(size);
    assertThat(writer.framesWritten()).isEqualTo(3);
    assertThat(VideoProbe.probe(mp4).frames()).isEqualTo(3);
    assertThatThrownBy(() -> writer.write(frame)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void an_unknown_preset_becomes_an_io_exception_with_ffmpegs_reason() {
    EncoderSettings bogus = new EncoderSettings("warp-speed", 20, 0);

    assertThatThrownBy(() -> new H264Writer(dir.resolve("bogus.mp4"), 64, 64, 25, bogus))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("warp-speed")
        .hasMessageContaining("Invalid argument");
  }

  @Test
  void an_unwritable_destination_becomes_an_io_exception() {
    Path mp4 = dir.resolve("missing-folder").resolve("out.mp4");

    assertThatThrownBy(() -> new H264Writer(mp4, 64, 64, 25, EncoderSettings.defaults()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("No such file or directory");
  }
}
