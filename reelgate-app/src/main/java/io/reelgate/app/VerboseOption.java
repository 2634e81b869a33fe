package io.reelgate.app;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --verbose}, which a command that prints only its result takes. A command with this option
 * is quiet by default: its log shows warnings and errors only, and an unexpected error is one line
 * (see {@link QuietLogs}); {@code serve}, whose log is its output, has no such option.
 */
final class VerboseOption {
  static final String NAME = "--verbose";

  @Option(
      names = NAME,
      scope = ScopeType.INHERIT,
      description = "Also print the log's INFO lines, and the stack trace of an unexpected error.")
  boolean verbose;
}
