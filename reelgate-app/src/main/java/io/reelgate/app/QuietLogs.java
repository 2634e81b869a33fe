package io.reelgate.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * What a command prints besides its result: the log level, and how an unexpected error reads. A
 * command that takes {@link VerboseOption} logs at WARN unless {@code --verbose} is given, so that
 * a library's INFO lines (a connection pool starting, a migration checked) do not bury the one line
 * the user asked for; and an error it did not expect is one sentence, not a stack trace.
 *
 * <p>The level is a system property that {@code logback.xml} reads when logback starts, which is
 * at the first log line, after the command line is parsed: nothing is logged, and logback not even
 * loaded, by a command that has nothing to log. A level given with {@code -Dreelgate.log.level}
 * wins.
 */
final class QuietLogs {
  static final String LEVEL_PROPERTY = "reelgate.log.level";

  private QuietLogs() {}

  /** Picocli's default execution, after setting the log level the parsed command line asks for. */
  static int execute(ParseResult parsed) {
    if (quiet(parsed) && System.getProperty(LEVEL_PROPERTY) == null) System.setProperty(LEVEL_PROPERTY, "WARN");
    return new CommandLine.RunLast().execute(parsed);
  }

  /** An exception a command let through: one line naming the command, exit code 1; the trace only when verbose or a server. */
  static int unexpected(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (quiet(parsed)) {
      String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
      err.println(command.getCommandSpec().qualifiedName() + ": " + message.lines().findFirst().orElse(message));
    } else {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  /** The command takes {@code --verbose} and it was not given. */
  private static boolean quiet(ParseResult parsed) {
    ParseResult leaf = parsed;
    boolean verbose = parsed.hasMatchedOption(VerboseOption.NAME);
    while (leaf.hasSubcommand()) {
      leaf = leaf.subcommand();
      verbose |= leaf.hasMatchedOption(VerboseOption.NAME);
    }
    return leaf.commandSpec().findOption(VerboseOption.NAME) != null && !verbose;
  }
}
