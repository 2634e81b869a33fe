package io.reelgate.app;

import io.reelgate.app.bench.BenchCommand;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code reelgate} command line: one jar, one entry point, a subcommand per job. */
@Command(
    name = "reelgate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "A self-hosted server for the MiniMax Hailuo video-generation API.")
public final class Main {
  /** Every subcommand, in the order the usage lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ServeCommand.class, RenderCommand.class, GenerateCommand.class, TasksCommand.class, KeysCommand.class,
          BenchCommand.class, AotTrainingCommand.class);

  public static void main(String[] args) {
    StartupTrace.mark("main");
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this rather than main). */
  public static int run(String... args) {
    return commandLine(args).execute(args);
  }

  /** As {@link #run(String...)}, with the output and errors of the commands that write through picocli here. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(args).setOut(out).setErr(err).execute(args);
  }

  /** The command line for {@code args}: with the subcommand they name, or all of them (see {@link #named}). */
  static CommandLine commandLine(String... args) {
    CommandLine line = new CommandLine(new Main());
    // Before the settings below, which picocli passes on only to the subcommands already added.
    for (Class<?> subcommand : named(args)) line.addSubcommand(subcommand);
    return line
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionStrategy(QuietLogs::execute)
        .setExecutionExceptionHandler(QuietLogs::unexpected);
  }

  /**
   * The subcommand that the first argument names, or all of them when it names none (the usage,
   * {@code --help}, {@code --version}, a mistyped name that picocli answers with the near ones).
   * Picocli builds a command's model by reflection over its options and those of its
   * subcommands: for one command, not seven, a process starts sooner (docs/BENCHMARKS.md).
   */
  private static List<Class<?>> named(String... args) {
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (subcommand.getAnnotation(Command.class).name().equals(args[0])) return List.of(subcommand);
      }
    }
    return SUBCOMMANDS;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"reelgate " + (version == null ? "development build" : version)};
    }
  }
}
