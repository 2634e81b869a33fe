package io.reelgate.motion.encode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bytedeco.javacpp.Loader;

/**
 * The {@code ffmpeg} command-line program shipped inside the bytedeco FFmpeg artifact, so that the
 * benchmark can run the reference filters (zoompan) without a system install.
 *
 * <p>Start it through {@link #command}: the bundled libraries carry no search path of their own, so
 * the program only finds them with {@code LD_LIBRARY_PATH} pointing at their folder. The program
 * (and libavdevice, which JavaCPP loads along with it) is linked against PulseAudio: the host needs
 * {@code libpulse.so.0} (Debian/Ubuntu package {@code libpulse0}). The encoder and {@link
 * VideoProbe} do not use libavdevice and run without it.
 */
public final class FfmpegTool {
  private FfmpegTool() {}

  /** The executable, extracted to JavaCPP's cache on first use. */
  public static Path ffmpegExecutable() {
    return Holder.EXECUTABLE;
  }

  /** A process builder for {@code ffmpeg args...} whose environment finds the bundled libraries. */
  public static ProcessBuilder command(List<String> arguments) {
    Path executable = ffmpegExecutable();
    List<String> command = new ArrayList<>(arguments.size() + 1);
    command.add(executable.toString());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    String folder = executable.getParent().toString();
    String inherited = environment.get("LD_LIBRARY_PATH");
    environment.put(
        "LD_LIBRARY_PATH",
        inherited == null || inherited.isEmpty() ? folder : folder + ":" + inherited);
    return builder;
  }

  // Extraction happens once, on first use, not when the class is merely referenced.
  private static final class Holder {
    static final Path EXECUTABLE = extract();

    private static Path extract() {
      Path executable;
      try {
        executable = Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
      } catch (UnsatisfiedLinkError e) {
        throw new IllegalStateException(
            "cannot load the bundled ffmpeg program; is libpulse.so.0 (package libpulse0)"
                + " installed? "
                + e.getMessage(),
            e);
      }
      try {
        linkSonames(executable.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot prepare the libraries of " + executable, e);
      }
      return executable;
    }

    /**
     * The jar ships libva.so and libva-drm.so, but libavutil asks for libva.so.2 and
     * libva-drm.so.2; inside the JVM JavaCPP preloads them, a separate process needs the names.
     */
    private static void linkSonames(Path folder) throws IOException {
      List<Path> libraries;
      try (Stream<Path> files = Files.list(folder)) {
        libraries =
            files
                .filter(file -> file.getFileName().toString().endsWith(".so"))
                .filter(file -> Files.isRegularFile(file) && !Files.isSymbolicLink(file))
                .toList();
      }
      for (Path library : libraries) {
        Optional<String> soname = ElfSoname.of(library);
        if (soname.isPresent() && !soname.get().equals(library.getFileName().toString())) {
          Path link = folder.resolve(soname.get());
          if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            try {
              Files.createSymbolicLink(link, library.getFileName());
            } catch (FileAlreadyExistsException raced) {
              // another JVM sharing the cache made it first: same link
            }
          }
        }
      }
    }
  }
}
