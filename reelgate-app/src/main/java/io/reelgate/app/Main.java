package io.reelgate.app;

import io.reelgate.app.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code reelgate} command line: one jar, one entry point, a subcommand per job. */
@Command(
    name = "reelgate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "A self-hosted server for the MiniMax Hailuo video-generation API.",
    subcommands = {ServeCommand.class, RenderCommand.class, KeysCommand.class, BenchCommand.class})
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this rather than main). */
  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"reelgate " + (version == null ? "development build" : version)};
    }
  }
}
