package io.reelgate.core.media;

import static io.reelgate.core.media.MediaFiles.box;
import static io.reelgate.core.media.MediaFiles.concat;
import static io.reelgate.core.media.MediaFiles.ints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.reelgate.core.error.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MediaRulesTest {
  private static final String FIELD = "reference_video[0]";

  @Test
  void an_mp4_tells_its_length_and_frame_rate() {
    MediaInfo info = MediaRules.checkVideo(FIELD, MediaFiles.mp4(5, 120));

    assertThat(info.format()).isEqualTo("mp4");
    assertThat(info.seconds()).isCloseTo(5, within(0.001));
    assertThat(info.framesPerSecond()).isCloseTo(24, within(0.001));
  }

  @Test
  void a_23_976_fps_clip_and_a_60_fps_clip_pass() {
    assertThat(MediaRules.checkVideo(FIELD, MediaFiles.mp4(10.01, 240)).framesPerSecond()).isCloseTo(23.976, within(0.001));
    assertThat(MediaRules.checkVideo(FIELD, MediaFiles.mp4(2, 120)).framesPerSecond()).isEqualTo(60);
  }

  @Test
  void clips_too_short_too_long_too_slow_or_too_fast_are_refused_naming_the_field() {
    assertThatThrownBy(() -> MediaRules.checkVideo(FIELD, MediaFiles.mp4(1.5, 36)))
        .hasMessage("reference_video[0]: the video runs 1.5 s; it must run 2-15 s");
    assertThatThrownBy(() -> MediaRules.checkVideo(FIELD, MediaFiles.mp4(15.5, 372)))
        .hasMessage("reference_video[0]: the video runs 15.5 s; it must run 2-15 s");
    assertThatThrownBy(() -> MediaRules.checkVideo(FIELD, MediaFiles.mp4(4, 60)))
        .hasMessage("reference_video[0]: the video runs at 15 fps; it must be 23.976-60 fps");
    assertThatThrownBy(() -> MediaRules.checkVideo(FIELD, MediaFiles.mp4(4, 480)))
        .hasMessage("reference_video[0]: the video runs at 120 fps; it must be 23.976-60 fps");
  }

  @Test
  void a_file_that_is_not_an_mp4_is_refused_naming_the_field() {
    assertThatThrownBy(() -> MediaRules.checkVideo(FIELD, MediaFiles.wav(3)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("reference_video[0]: is not an MP4 video: not an MP4 file (no ftyp box first)");
    byte[] noVideo = concat(box("ftyp", "isom".getBytes(StandardCharsets.US_ASCII)), box("moov", box("mvhd", ints(0, 0, 0, 1000, 4000))));
    assertThatThrownBy(() -> MediaRules.checkVideo(FIELD, noVideo)).hasMessageEndingWith("the MP4 has no video track");
  }

  @Test
  void hostile_mp4_boxes_are_refused_quickly() {
    byte[] ftyp = box("ftyp", "isom".getBytes(StandardCharsets.US_ASCII));
    byte[] nested = box("stbl");
    for (int i = 0; i < 50; i++) nested = box("minf", nested);
    byte[] deep = concat(ftyp, box("moov", nested));
    assertThatThrownBy(() -> MediaRules.checkVideo(FIELD, deep)).hasMessageEndingWith("MP4 boxes nested too deep");

    byte[] liar = concat(ftyp, box("moov", box("trak", box("mdia", box("minf", box("stbl", box("stts", ints(0, Integer.MAX_VALUE))))))));
    assertThatThrownBy(() -> MediaRules.checkVideo(FIELD, liar)).hasMessageEndingWith("claims more entries than it holds");

    byte[] many = new byte[8 * (Mp4Probe.MAX_BOXES + 10)];
    for (int i = 0; i < many.length; i += 8) System.arraycopy(box("free"), 0, many, i, 8);
    byte[] crowded = concat(ftyp, box("moov", many));
    assertThatThrownBy(() -> MediaRules.checkVideo(FIELD, crowded)).hasMessageEndingWith("boxes");

    byte[] pastEnd = concat(ftyp, ints(1_000_000), "moov".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> MediaRules.checkVideo(FIELD, pastEnd)).hasMessageEndingWith("runs past its parent");
  }

  @Test
  void random_and_truncated_bytes_end_in_a_clear_refusal_never_another_exception() {
    Random random = new Random(19);
    byte[] good = MediaFiles.mp4(4, 96);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = i % 2 == 0 ? Arrays.copyOf(good, random.nextInt(good.length)) : good.clone();
      if (i % 2 == 1) bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      byte[] input = bytes;
      try {
        MediaRules.checkVideo(FIELD, input);
        MediaRules.checkAudio("reference_audio[0]", input);
      } catch (InvalidFieldException expected) {
        // refused, with a field
      }
    }
  }

  @Test
  void a_wav_and_an_mp3_tell_their_length() {
    MediaInfo wav = MediaRules.checkAudio("reference_audio[0]", MediaFiles.wav(3.5));
    MediaInfo mp3 = MediaRules.checkAudio("reference_audio[1]", MediaFiles.mp3(6));

    assertThat(wav.format()).isEqualTo("wav");
    assertThat(wav.seconds()).isCloseTo(3.5, within(0.001));
    assertThat(wav.mediaType()).isEqualTo("audio/wav");
    assertThat(mp3.format()).isEqualTo("mp3");
    assertThat(mp3.seconds()).isCloseTo(6, within(0.03));
    assertThat(mp3.mediaType()).isEqualTo("audio/mpeg");
  }

  @Test
  void sound_too_short_or_long_or_of_another_kind_is_refused() {
    assertThatThrownBy(() -> MediaRules.checkAudio("reference_audio[0]", MediaFiles.wav(1)))
        .hasMessage("reference_audio[0]: the audio runs 1 s; it must run 2-15 s");
    assertThatThrownBy(() -> MediaRules.checkAudio("reference_audio[0]", MediaFiles.mp3(16)))
        .hasMessageStartingWith("reference_audio[0]: the audio runs 16.");
    assertThatThrownBy(() -> MediaRules.checkAudio("reference_audio[2]", MediaFiles.mp4(4, 96)))
        .hasMessage("reference_audio[2]: is not an MP3 or WAV audio file: neither an MP3 (MPEG layer III frames) nor a WAV file");
  }

  @Test
  void clips_over_15_seconds_together_are_refused_by_their_kind() {
    MediaInfo eight = new MediaInfo("mp4", 8, 24);
    MediaRules.checkTotal(ReferenceRole.VIDEO, List.of(eight, new MediaInfo("mp4", 7, 24)));

    assertThatThrownBy(() -> MediaRules.checkTotal(ReferenceRole.VIDEO, List.of(eight, eight)))
        .hasMessage("reference_video: the videos run 16 s together; at most 15 s in all is taken");
    assertThatThrownBy(() -> MediaRules.checkTotal(ReferenceRole.AUDIO, List.of(new MediaInfo("wav", 10, 0), new MediaInfo("mp3", 5.5, 0))))
        .hasMessage("reference_audio: the audio files run 15.5 s together; at most 15 s in all is taken");
  }
}
