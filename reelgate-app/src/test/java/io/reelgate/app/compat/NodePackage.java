package io.reelgate.app.compat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A published npm package installed under {@code target/compat-npm} for a test that runs it under
 * Node, once per build folder. Only the package and the dependencies it needs at run time are
 * fetched (npm's own client, from the registry); {@link #install} says why when it cannot be, so
 * that the test can say it is skipped and why.
 */
final class NodePackage {
  static final Path FOLDER = Path.of("target", "compat-npm");
  private static final long INSTALL_MINUTES = 3;
  /** Without the registry, give up in seconds rather than npm's five minutes. */
  private static final String FETCH_TIMEOUT = "--fetch-timeout=20000";
  private static final String FETCH_RETRIES = "--fetch-retries=1";

  private NodePackage() {}

  /** What {@link #install} gives: the folder holding {@code node_modules}, or why there is none. */
  record Installed(Path folder, String whyNot) {
    boolean ok() {
      return whyNot == null;
    }
  }

  /**
   * {@code name@version} unpacked into {@code node_modules/name} without its declared
   * dependencies (some packages list their test tools there), and {@code runtimeDependencies}
   * installed beside it.
   */
  static synchronized Installed install(String name, String version, List<String> runtimeDependencies) {
    // Test JVMs run side by side (forkCount): one npm at a time in the shared folder.
    try {
      Files.createDirectories(FOLDER);
      try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(FOLDER.resolve(".lock"),
              java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
          java.nio.channels.FileLock held = lock.lock()) {
        return installAlone(name, version, runtimeDependencies);
      }
    } catch (IOException e) {
      return new Installed(null, "cannot lock " + FOLDER + ": " + e);
    }
  }

  private static Installed installAlone(String name, String version, List<String> runtimeDependencies) {
    Path modules = FOLDER.resolve("node_modules");
    if (Files.isRegularFile(modules.resolve(name).resolve("package.json"))) return new Installed(FOLDER, null);
    if (!onPath("node") || !onPath("npm")) return new Installed(null, "node or npm is not installed");
    try {
      Files.createDirectories(modules);
      List<String> install = new ArrayList<>(List.of("npm", "install", "--prefix", ".", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", FETCH_TIMEOUT, FETCH_RETRIES));
      install.addAll(runtimeDependencies);
      String failed = run(install);
      if (failed == null) failed = run(List.of("npm", "pack", name + "@" + version, "--silent", FETCH_TIMEOUT, FETCH_RETRIES));
      if (failed != null) return new Installed(null, failed);
      Path unpacked = Files.createDirectories(modules.resolve(name));
      String tarball = name.replace("@", "").replace('/', '-') + "-" + version + ".tgz";
      failed = run(List.of("tar", "xzf", tarball, "-C", FOLDER.relativize(unpacked).toString(), "--strip-components=1"));
      return failed == null ? new Installed(FOLDER, null) : new Installed(null, failed);
    } catch (IOException e) {
      return new Installed(null, "cannot install " + name + ": " + e);
    }
  }

  /**
   * Runs the script at the classpath {@code resource} with {@code env}, from the folder (Node
   * finds the packages beside the script); the exit code and the output.
   */
  static Run node(String resource, Map<String, String> env, long timeoutSeconds) throws IOException, InterruptedException {
    Path script = FOLDER.resolve(Path.of(resource).getFileName().toString());
    try (InputStream in = NodePackage.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("no test resource " + resource);
      Files.write(script, in.readAllBytes());
    }
    ProcessBuilder builder = new ProcessBuilder("node", script.getFileName().toString()).directory(FOLDER.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[][] out = new byte[2][];
    Thread err = Thread.ofVirtual().start(() -> out[1] = readAll(process.getErrorStream()));
    out[0] = readAll(process.getInputStream());
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("node " + script + " did not end in " + timeoutSeconds + " s");
    }
    err.join();
    return new Run(process.exitValue(), new String(out[0], StandardCharsets.UTF_8), new String(out[1], StandardCharsets.UTF_8));
  }

  record Run(int exitCode, String stdout, String stderr) {}

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** Null when the command succeeded, else what went wrong. */
  private static String run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).directory(FOLDER.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return String.join(" ", command) + " took over " + INSTALL_MINUTES + " minutes";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
    return process.exitValue() == 0 ? null : String.join(" ", command) + " failed: " + output.strip();
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) return true;
    }
    return false;
  }
}
