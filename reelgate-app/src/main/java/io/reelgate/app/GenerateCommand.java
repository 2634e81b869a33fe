package io.reelgate.app;

import io.reelgate.client.ReelgateClientException;
import io.reelgate.client.TaskStatus;
import io.reelgate.client.VideoClient;
import io.reelgate.client.VideoRequest;
import io.reelgate.client.VideoTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reelgate generate}: a video from a server, through the Java client: submit, follow, download. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Make a video on a Reelgate server (or a provider) in any dialect: submit the request, follow the task, download the MP4.",
      "Exit codes: 0 done, 1 the task failed or was cancelled, 2 the API or the command line refused."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin VerboseOption verbose;

  @Option(names = "--image", paramLabel = "IN", description = "The first frame: a file (PNG, JPEG or WebP), a URL or a data URI.")
  String image;

  @Option(names = "--end-image", paramLabel = "IN", description = "The last frame: a file, a URL or a data URI.")
  String endImage;

  @Option(names = "--prompt", required = true, description = "The prompt, with camera commands such as [Pan left].")
  String prompt;

  @Option(names = "--model", description = "The model, e.g. MiniMax-Hailuo-02 (default: " + VideoRequest.DEFAULT_MODEL + ").")
  String model;

  @Option(names = "--duration", paramLabel = "SECONDS", description = "6 or 10; 4 to 15 for MiniMax-H3 (default: the server's).")
  Integer duration;

  @Option(names = "--resolution", description = "512P, 720P, 768P, 1080P or (minimax-v2) 2K; openai also takes a size such as 1280x720 (default: the server's).")
  String resolution;

  @Option(names = "--ratio", description = "The frame's aspect ratio, minimax-v2: 16:9, 9:16, 1:1, 4:3, 3:4, 21:9 or adaptive; openai: 16:9 or 9:16 (default: the server's).")
  String ratio;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.mp4", description = "The MP4 to write.")
  Path output;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "30m",
      converter = DurationConverter.class,
      description = "How long to wait for the video, e.g. 90s, 30m, 1h (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String unwritable = OutputFile.problem(output);
    if (unwritable != null) {
      err.println("error: --output: " + unwritable);
      return ApiOptions.REFUSED;
    }
    VideoRequest request = VideoRequest.of(prompt);
    try {
      if (image != null) request = request.withImage(imageReference("--image", image));
      if (endImage != null) request = request.withEndImage(imageReference("--end-image", endImage));
    } catch (BadImageException e) {
      err.println("error: " + e.getMessage());
      return ApiOptions.REFUSED;
    }
    if (model != null) request = request.withModel(model);
    if (duration != null) request = request.withDuration(duration);
    if (resolution != null) request = request.withResolution(resolution);
    if (ratio != null) request = request.withRatio(ratio);

    VideoClient client = api.client(err);
    if (client == null) return ApiOptions.REFUSED;
    String id = null;
    try {
      id = client.create(request);
      err.println("task " + id + ": submitted to " + api.baseUrl() + " (" + DialectConverter.nameOf(api.dialect) + ")");
      ProgressBar bar = new ProgressBar(err, ProgressBar.interactive(), "task " + id);
      VideoTask done;
      try {
        done = client.await(id, timeout, task -> bar.status(task.status().name(), task.progressPercent()));
      } finally {
        bar.finish();
      }
      if (done.status() != TaskStatus.SUCCEEDED) {
        err.println("task " + id + " " + done.status() + ": " + (done.failureReason() != null ? done.failureReason() : "no reason given"));
        return ApiOptions.TASK_FAILED;
      }
      long size;
      try {
        size = client.download(done.videoUrl(), output);
      } catch (ReelgateClientException e) {
        return ApiOptions.refused(err, e, null);
      }
      out.printf("%s (%,d bytes) from task %s%n", output, size, id);
      out.flush();
      return 0;
    } catch (ReelgateClientException e) {
      return ApiOptions.refused(err, e, id);
    }
  }

  /** URLs and data URIs as they are; a file as a data URI of the type its first bytes say. */
  static String imageReference(String option, String in) throws BadImageException {
    String lower = in.toLowerCase(Locale.ROOT);
    if (lower.startsWith("data:") || lower.startsWith("http://") || lower.startsWith("https://")) return in;
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Path.of(in));
    } catch (NoSuchFileException e) {
      throw new BadImageException(option + ": no such file: " + in);
    } catch (IOException e) {
      throw new BadImageException(option + ": cannot read " + in + ": " + e.getMessage());
    }
    String type = imageType(bytes);
    if (type == null) throw new BadImageException(option + ": " + in + " is not a PNG, JPEG or WebP picture");
    return "data:image/" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  /** png, jpeg or webp from the file's magic bytes, or null. */
  static String imageType(byte[] b) {
    if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "png";
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) return "jpeg";
    if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
        && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') return "webp";
    return null;
  }

  /** A picture given on the command line that cannot be sent. */
  static final class BadImageException extends Exception {
    BadImageException(String message) {
      super(message);
    }
  }

  /** {@code 90s}, {@code 30m}, {@code 1h}, {@code 1h30m}, or ISO-8601 such as {@code PT30M}. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+)([hms])");

    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      if (v.startsWith("pt")) return Duration.parse(v.toUpperCase(Locale.ROOT));
      Matcher m = PART.matcher(v);
      Duration total = Duration.ZERO;
      int end = 0;
      while (m.find() && m.start() == end) {
        long n = Long.parseLong(m.group(1));
        total = total.plus(switch (m.group(2)) {
          case "h" -> Duration.ofHours(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofSeconds(n);
        });
        end = m.end();
      }
      if (end == 0 || end != v.length() || total.isZero()) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 90s, 30m or 1h");
      }
      return total;
    }
  }
}
