package io.reelgate.app;

import io.reelgate.app.bench.BenchCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code reelgate} command line: one jar, one entry point, a subcommand per job. */
@Command(
    name = "reelgate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "A self-hosted server for the MiniMax Hailuo video-generation API.",
    subcommands = {
      ServeCommand.class, RenderCommand.class, GenerateCommand.class, TasksCommand.class, KeysCommand.class,
      BenchCommand.class, AotTrainingCommand.class
    })
public final class Main {
  public static void main(String[] args) {
    StartupTrace.mark("main");
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this rather than main). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** As {@link #run(String...)}, with the output and errors of the commands that write through picocli here. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine().setOut(out).setErr(err).execute(args);
  }

  private static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionStrategy(QuietLogs::execute)
        .setExecutionExceptionHandler(QuietLogs::unexpected);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"reelgate " + (version == null ? "development build" : version)};
    }
  }
}
