package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.core.image.TestPhotos;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code reelgate render} on a real photo, offline, for every resolution and duration allowed. */
class RenderCommandTest {
  @TempDir Path temp;

  @Tag("slow")
  @ParameterizedTest(name = "{0} for {1} s")
  @CsvSource({"512P, 6", "512P, 10", "720P, 6", "720P, 10", "768P, 6", "768P, 10", "1080P, 6"})
  void renders_a_real_photo_at_every_allowed_size_and_length(String resolution, int seconds) throws Exception {
    Path photo = photo("retina.jpg"); // 1411x1411: a square picture gives a square video
    Path output = temp.resolve("out.mp4");

    Run run = render("--image", photo.toString(), "--prompt", "An eye [Zoom in]", "--duration", "" + seconds,
        "--resolution", resolution, "--output", output.toString());

    assertThat(run.exitCode).as(run.stderr).isZero();
    VideoInfo info = VideoProbe.probe(output);
    int side = Integer.parseInt(resolution.replace("P", ""));
    assertThat(info.codec()).isEqualTo("h264");
    assertThat(info.width()).isEqualTo(side);
    assertThat(info.height()).isEqualTo(side);
    assertThat(info.frames()).isEqualTo(25 * seconds);
    assertThat(info.fps()).isEqualTo(25.0);
    assertThat(run.stderr).contains("100%").contains("wrote " + output);
  }

  @Test
  void renders_text_to_video_without_an_image() throws Exception {
    Path output = temp.resolve("card.mp4");

    Run run = render("--prompt", "A storyboard of a harbour at dawn [Pan left]", "--resolution", "512P",
        "--output", output.toString());

    // 512P needs a first frame (as Hailuo-02 documents), so text-to-video at 512P is refused ...
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("--resolution");

    run = render("--prompt", "A storyboard of a harbour at dawn [Pan left]", "--resolution", "720P",
        "--output", output.toString());
    // ... and at 720P it films a 16:9 storyboard card.
    assertThat(run.exitCode).as(run.stderr).isZero();
    VideoInfo info = VideoProbe.probe(output);
    assertThat(info.width()).isEqualTo(1280);
    assertThat(info.height()).isEqualTo(720);
    assertThat(info.frames()).isEqualTo(150);
    assertThat(run.stderr).startsWith("camera: 0-6 s Pan left (normal)" + System.lineSeparator());
  }

  @Test
  void bad_input_gets_the_api_messages_under_the_option_names() throws Exception {
    Path output = temp.resolve("never.mp4");

    Run tooLong = render("--image", photo("astronaut.png").toString(), "--prompt", "x", "--duration", "10",
        "--resolution", "1080P", "--output", output.toString());
    Run tooSmall = render("--image", photo("short_side_300.jpg").toString(), "--prompt", "x",
        "--output", output.toString());
    Run missing = render("--image", temp.resolve("nope.jpg").toString(), "--prompt", "x",
        "--output", output.toString());

    assertThat(tooLong.exitCode).isEqualTo(2);
    assertThat(tooLong.stderr).contains("--duration").contains("1080P");
    assertThat(tooSmall.exitCode).isEqualTo(2);
    assertThat(tooSmall.stderr).contains("--image").contains("300");
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.stderr).contains("--image").contains("no such file");
    assertThat(output).doesNotExist();
  }

  private Path photo(String name) throws Exception {
    Path file = temp.resolve(name);
    Files.write(file, TestPhotos.bytes(name));
    return file;
  }

  private record Run(int exitCode, String stderr) {}

  /** Runs the command in this JVM, capturing what it says on stderr. */
  private static synchronized Run render(String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      String[] all = new String[args.length + 1];
      all[0] = "render";
      System.arraycopy(args, 0, all, 1, args.length);
      int code = Main.run(all);
      return new Run(code, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(original);
    }
  }
}
