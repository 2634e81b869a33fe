package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as users run it, each command a process of its own: what it prints is its
 * result and nothing else (no JVM warnings, no INFO log lines), and a mistake on the command line is
 * one sentence with exit code 2, never a stack trace.
 */
class PlainCommandLineIT {
  @TempDir static Path folder;
  static Path photo;

  record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void photo() throws IOException {
    photo = folder.resolve("photo.jpg");
    try (InputStream in = PlainCommandLineIT.class.getResourceAsStream("/photos/hubble_deep_field.jpg")) {
      Files.copy(in, photo);
    }
  }

  @Test
  void render_prints_no_warnings_and_no_log_lines() throws Exception {
    Path clip = folder.resolve("clip.mp4");
    Run run = reelgate("render", "--image", photo.toString(), "--prompt", "[Push in]", "--resolution", "512P", "-o", clip.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.size(clip)).isPositive();
    assertThat(run.err().lines()).as(run.err()).noneMatch(line -> line.contains("WARNING") || line.contains(" INFO "));
    assertThat(run.err()).contains("wrote " + clip);
  }

  @Test
  void keys_create_prints_the_key_alone_on_stdout_and_no_warnings() throws Exception {
    Run run = reelgate("keys", "--data-dir", folder.resolve("data").toString(), "create", "--name", "ci");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).matches("rg_\\S+\\R");
    assertThat(run.err().lines()).as(run.err()).noneMatch(line -> line.contains("WARNING") || line.contains(" INFO "));
  }

  @Test
  void keys_with_verbose_show_the_log() throws Exception {
    Run run = reelgate("keys", "--data-dir", folder.resolve("verbose").toString(), "list", "--verbose");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains(" INFO ");
  }

  @Test
  void a_missing_photo_is_one_sentence_and_exit_code_2() throws Exception {
    Path missing = folder.resolve("no-such-photo.jpg");
    Run run = reelgate("render", "--image", missing.toString(), "--prompt", "[Push in]", "-o", folder.resolve("x.mp4").toString());

    assertPlainRefusal(run, "--image: no such file: " + missing);
  }

  @Test
  void an_output_that_cannot_be_written_is_one_sentence_and_exit_code_2() throws Exception {
    // A regular file where the output's folder should be: unwritable for any user, root included.
    Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "x");
    Path output = notAFolder.resolve("clip.mp4");
    Run run = reelgate("render", "--image", photo.toString(), "--prompt", "[Push in]", "-o", output.toString());

    assertPlainRefusal(run, "--output: no such folder: " + notAFolder);
  }

  private static void assertPlainRefusal(Run run, String sentence) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).as(run.err()).containsExactly("reelgate render: " + sentence);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("at io.");
  }

  private static Run reelgate(String... args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-jar", ServerProcess.jar().toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(folder, "out-", ".txt");
    Path err = Files.createTempFile(folder, "err-", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exitCode = process.waitFor();
    return new Run(exitCode, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
