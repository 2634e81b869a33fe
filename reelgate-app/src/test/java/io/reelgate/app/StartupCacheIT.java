package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up cache, as README promises it (JDK 25 and newer): `./reelgate render` makes
 * it on its first run and uses it from then on, with the serial collector; a cache the JVM cannot
 * use is skipped in silence; a failed training is not tried again; a collector chosen in the
 * environment is kept. Each run is the real launcher script in a process of its own, on the
 * packaged jar, with options of its own so that the test makes its own cache (the cache is keyed by
 * them) rather than finding or spoiling a developer's.
 */
class StartupCacheIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path TARGET = ROOT.resolve("reelgate-app/target");

  @TempDir static Path folder;
  static Path photo;
  static Path classLog;
  static Path gcLog;
  static String options;
  /** Besides REELGATE_JAVA_OPTS, for the launcher and for working out its cache's name. */
  static Map<String, String> environment;

  record Run(int exitCode, String err) {}

  @BeforeAll
  static void photo() throws IOException {
    assumeTrue(Runtime.version().feature() >= 25, "the start-up cache needs JDK 25; this JVM is " + Runtime.version());
    photo = folder.resolve("photo.jpg");
    try (InputStream in = StartupCacheIT.class.getResourceAsStream("/photos/hubble_deep_field.jpg")) {
      Files.copy(in, photo);
    }
  }

  @BeforeEach
  void optionsOfItsOwn() {
    String run = UUID.randomUUID().toString();
    classLog = folder.resolve(run + "-classes.log");
    gcLog = folder.resolve(run + "-gc.log");
    // Unique to each test, so the launcher keys a cache of the test's own; the logs say where
    // classes came from and which collector ran.
    environment = Map.of();
    options = "-Dreelgate.test.run=" + run + " -Xlog:class+load=info:file=" + classLog + " -Xlog:gc:file=" + gcLog;
  }

  @AfterEach
  void removeTheTestsCache() throws IOException, InterruptedException {
    for (Path file : ourCacheFiles()) Files.deleteIfExists(file);
  }

  @Test
  void render_makes_the_cache_once_then_starts_from_it_with_the_serial_collector() throws Exception {
    Run first = render("first.mp4");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("preparing the start-up cache");
    List<Path> caches = ourCacheFiles();
    assertThat(caches).as("the render flavour and what the JDK accepted").anySatisfy(p -> assertThat(p.toString()).endsWith("-render.aot"));
    assertThat(caches).anySatisfy(p -> assertThat(p.toString()).endsWith("-render.aot.opts"));

    Run second = render("second.mp4");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err()).doesNotContain("preparing the start-up cache").doesNotContain("WARNING");
    assertThat(Files.size(folder.resolve("second.mp4"))).isPositive();
    String classes = Files.readString(classLog);
    assertThat(classes).containsPattern("io\\.reelgate\\.app\\.RenderCommand source: shared objects file");
    assertThat(classes).as("picocli, compiled at our release, is in the cache too").containsPattern("picocli\\.CommandLine source: shared objects file");
    assertThat(Files.readString(gcLog)).contains("Using Serial");
  }

  @Test
  void a_cache_the_jvm_cannot_use_is_skipped_in_silence() throws Exception {
    Run first = render("made.mp4");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Path cache = ourCacheFiles().stream().filter(p -> p.toString().endsWith("-render.aot")).findFirst().orElseThrow();
    // Newer than the jar, so the launcher takes it as fresh and hands it to the JVM.
    Files.writeString(cache, "not a cache");

    Run run = render("anyway.mp4");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.size(folder.resolve("anyway.mp4"))).isPositive();
    assertThat(run.err().lines()).as(run.err()).noneMatch(line -> line.contains("WARNING") || line.contains("AOT") || line.contains("CDS"));
  }

  @Test
  void a_training_that_fails_is_remembered_and_not_tried_at_every_start() throws Exception {
    // With the JVM's AOT mode off the training writes no cache: it fails, as on a full disk.
    options += " -XX:AOTMode=off";
    Run first = render("untrained.mp4");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("preparing the start-up cache");
    assertThat(ourCacheFiles()).anySatisfy(p -> assertThat(p.toString()).endsWith("-render.aot.failed"));

    Run second = render("still-untrained.mp4");

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err()).doesNotContain("preparing the start-up cache");
    assertThat(Files.size(folder.resolve("still-untrained.mp4"))).isPositive();
  }

  @Test
  void a_collector_chosen_in_the_environment_is_kept_and_the_render_still_runs() throws Exception {
    // The JVM refuses to start with two collectors: the launcher's serial one must give way.
    environment = Map.of("JDK_JAVA_OPTIONS", "-XX:+UseParallelGC");
    Run run = render("parallel.mp4");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.size(folder.resolve("parallel.mp4"))).isPositive();
    assertThat(Files.readString(gcLog)).contains("Using Parallel");
  }

  private static Run render(String clip) throws IOException, InterruptedException {
    Path err = Files.createTempFile(folder, "err-", ".txt");
    ProcessBuilder launcher =
        new ProcessBuilder(
                ROOT.resolve("reelgate").toString(), "render", "--image", photo.toString(), "--prompt", "[Push in]",
                "--resolution", "512P", "--duration", "6", "-o", folder.resolve(clip).toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile());
    launcher.environment().put("JAVA_HOME", System.getProperty("java.home"));
    launcher.environment().put("REELGATE_JAVA_OPTS", options);
    launcher.environment().putAll(environment);
    int exitCode = launcher.start().waitFor();
    return new Run(exitCode, Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The cache files keyed by this test's options (and flavoured, with their sidecars and locks). */
  private static List<Path> ourCacheFiles() throws IOException, InterruptedException {
    if (!Files.isDirectory(TARGET)) return List.of();
    String prefix = "reelgate-" + cacheKey() + "-";
    try (Stream<Path> files = Files.list(TARGET)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }
  }

  /**
   * The launcher's key, made the launcher's way: a checksum of the java it runs, the Java options
   * the JVM will read and the JDK's release file (which names its build).
   */
  private static String cacheKey() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String release = Path.of(System.getProperty("java.home"), "release").toString();
    ProcessBuilder cksum =
        new ProcessBuilder(
                "sh", "-c",
                "{ printf '%s\\n' \"$1\" \"$2\" \"${JDK_JAVA_OPTIONS-}\" \"${JAVA_TOOL_OPTIONS-}\"; cat \"$3\" 2>/dev/null; } | cksum | cut -d' ' -f1",
                "sh", java, options, release)
            .redirectErrorStream(true);
    cksum.environment().putAll(environment);
    Process process = cksum.start();
    String key = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
    process.waitFor();
    return key;
  }
}
