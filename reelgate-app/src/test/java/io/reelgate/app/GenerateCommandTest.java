package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.client.Dialect;
import io.reelgate.client.VideoClient;
import io.reelgate.motion.encode.VideoInfo;
import io.reelgate.motion.encode.VideoProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code reelgate generate} against a real server, through the Java client. */
class GenerateCommandTest {
  @TempDir static Path dataDir;
  @TempDir Path temp;
  static ClientCommands cli;

  @BeforeAll
  static void start() {
    cli = new ClientCommands(dataDir);
  }

  @AfterAll
  static void stop() {
    cli.close();
  }

  private ClientCommands.Run generate(String dialect, String key, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of(
        "generate", "--base-url", cli.baseUrl(), "--dialect", dialect, "--key", key));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource({"novita, retina.jpg", "minimax, astronaut.webp", "evolink, astronaut.png"})
  void makes_the_same_video_as_the_api_from_a_real_photo(String dialect, String photoName) throws Exception {
    Path photo = ClientCommands.photo(temp, photoName);
    Path output = temp.resolve("out.mp4");

    ClientCommands.Run run = generate(dialect, ClientCommands.KEY, "--image", photo.toString(),
        "--prompt", "A slow look [Push in]", "--model", "MiniMax-Hailuo-02", "--resolution", "512P",
        "--duration", "6", "--output", output.toString());

    assertThat(run.exitCode()).as(run.both()).isZero();
    assertThat(run.out()).contains(output.toString()).contains(String.format("%,d bytes", Files.size(output)));
    VideoInfo info = VideoProbe.probe(output);
    assertThat(info.codec()).isEqualTo("h264");
    assertThat(info.frames()).isEqualTo(150);
    assertThat(Math.max(info.width(), info.height())).isEqualTo(512);

    VideoClient client = cli.client(Dialect.valueOf(dialect.toUpperCase()));
    Path fromApi = temp.resolve("api.mp4");
    client.download(client.get(run.taskId()).videoUrl(), fromApi);
    assertThat(Files.mismatch(output, fromApi)).as("the API's video, byte for byte").isEqualTo(-1L);
  }

  @Test
  void off_a_terminal_progress_is_plain_lines_ending_with_succeeded() throws Exception {
    Path photo = ClientCommands.photo(temp, "astronaut.png");

    ClientCommands.Run run = generate("novita", ClientCommands.KEY, "--image", photo.toString(),
        "--prompt", "An astronaut [Pan left]", "--model", "MiniMax-Hailuo-02", "--resolution", "512P",
        "--output", temp.resolve("v.mp4").toString());

    assertThat(run.exitCode()).as(run.both()).isZero();
    String id = run.taskId();
    List<String> progress = run.err().lines().filter(l -> l.startsWith("task " + id + ": ")).skip(1).toList();
    assertThat(run.err()).doesNotContain("\r");
    assertThat(progress).isNotEmpty().allMatch(l -> l.matches("task \\S+: (QUEUED|PROCESSING|SUCCEEDED) \\d{1,3}%"));
    assertThat(progress).doesNotHaveDuplicates();
    assertThat(progress.getLast()).isEqualTo("task " + id + ": SUCCEEDED 100%");
  }

  @Test
  void minimax_v2_makes_an_h3_clip_in_the_ratio_asked_with_its_frame_rate_and_sound() throws Exception {
    Path output = temp.resolve("h3.mp4");

    ClientCommands.Run run = generate("minimax-v2", ClientCommands.KEY, "--prompt", "A lighthouse at dawn [Push in]",
        "--model", "MiniMax-H3", "--ratio", "1:1", "--duration", "4", "--resolution", "768P", "--output", output.toString());

    assertThat(run.exitCode()).as(run.both()).isZero();
    assertThat(run.err()).contains("(minimax-v2)");
    VideoInfo info = VideoProbe.probe(output);
    assertThat(List.of(info.width(), info.height())).containsExactly(768, 768);
    assertThat(info.fps()).isEqualTo(24.0);
    assertThat(info.frames()).isEqualTo(107); // 17n+5 frames, the first that last 4 s at 24 fps
    assertThat(info.hasAudio()).isTrue();
  }

  @Test
  void openai_makes_the_size_that_resolution_and_ratio_name() throws Exception {
    Path output = temp.resolve("openai.mp4");

    ClientCommands.Run run = generate("openai", ClientCommands.KEY, "--prompt", "A paper boat [Truck left]",
        "--model", "reelgate-motion", "--resolution", "720P", "--ratio", "9:16", "--duration", "4", "--output", output.toString());

    assertThat(run.exitCode()).as(run.both()).isZero();
    VideoInfo info = VideoProbe.probe(output);
    assertThat(List.of(info.width(), info.height())).containsExactly(720, 1280);
    assertThat(info.frames()).isEqualTo(100);
    assertThat(info.hasAudio()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"novita", "minimax"})
  void invalid_duration_exits_2_naming_the_field(String dialect) {
    ClientCommands.Run run = generate(dialect, ClientCommands.KEY, "--prompt", "a cat", "--duration", "7",
        "--output", temp.resolve("never.mp4").toString());

    assertThat(run.exitCode()).as(run.both()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: ").contains("--duration").contains("duration");
    assertNoStackTrace(run);
    assertThat(temp.resolve("never.mp4")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"novita", "minimax"})
  void wrong_key_exits_2_with_an_authentication_message(String dialect) {
    ClientCommands.Run run = generate(dialect, ClientCommands.WRONG_KEY, "--prompt", "a cat",
        "--output", temp.resolve("never.mp4").toString());

    assertThat(run.exitCode()).as(run.both()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: the server refused the API key");
    assertNoStackTrace(run);
  }

  @Test
  void a_missing_or_unknown_picture_is_refused_before_anything_is_sent() throws Exception {
    Path text = Files.writeString(temp.resolve("notes.png"), "not a picture");

    ClientCommands.Run missing = generate("novita", ClientCommands.KEY, "--image", temp.resolve("nope.jpg").toString(),
        "--prompt", "x", "--output", temp.resolve("never.mp4").toString());
    ClientCommands.Run notPicture = generate("novita", ClientCommands.KEY, "--image", text.toString(),
        "--prompt", "x", "--output", temp.resolve("never.mp4").toString());

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--image").contains("no such file");
    assertThat(notPicture.exitCode()).isEqualTo(2);
    assertThat(notPicture.err()).contains("--image").contains("not a PNG, JPEG or WebP");
  }

  @Test
  void a_file_goes_as_a_data_uri_of_the_type_its_bytes_say() throws Exception {
    Path jpeg = ClientCommands.photo(temp, "retina.jpg");
    Path webp = ClientCommands.photo(temp, "astronaut.webp");
    Path misnamed = Files.copy(ClientCommands.photo(temp, "astronaut.png"), temp.resolve("astronaut.jpg"));

    assertThat(GenerateCommand.imageReference("--image", jpeg.toString())).startsWith("data:image/jpeg;base64,/9j/");
    assertThat(GenerateCommand.imageReference("--image", webp.toString())).startsWith("data:image/webp;base64,");
    assertThat(GenerateCommand.imageReference("--image", misnamed.toString())).startsWith("data:image/png;base64,");
    assertThat(GenerateCommand.imageReference("--image", "https://example.com/a.jpg")).isEqualTo("https://example.com/a.jpg");
    assertThat(GenerateCommand.imageReference("--image", "data:image/png;base64,AAAA")).isEqualTo("data:image/png;base64,AAAA");
  }

  @Test
  void on_a_terminal_the_task_is_one_bar_redrawn_in_place() {
    java.io.StringWriter screen = new java.io.StringWriter();
    ProgressBar bar = new ProgressBar(new java.io.PrintWriter(screen), true, "task 7");

    bar.status("QUEUED", 0);
    bar.status("PROCESSING", 40);
    bar.status("PROCESSING", 40);
    bar.status("SUCCEEDED", 100);
    bar.finish();

    assertThat(screen.toString()).doesNotContain("\ntask").endsWith("\n").contains("\rtask 7 [############                  ]  40% PROCESSING")
        .contains("\rtask 7 [##############################] 100% SUCCEEDED");
    assertThat(screen.toString().split("\r", -1)).hasSize(4); // three changes, three redraws
  }

  @Test
  void help_lists_generate_and_tasks() {
    ClientCommands.Run run = cli.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("generate").contains("tasks");
  }

  static void assertNoStackTrace(ClientCommands.Run run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.out()).doesNotContain("\tat ").doesNotContain("Exception");
  }
}
