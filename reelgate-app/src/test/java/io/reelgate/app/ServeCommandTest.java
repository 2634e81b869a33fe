package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.server.ServerConfig;
import io.reelgate.server.limits.RequestLimits;
import io.reelgate.server.files.s3.S3Config;
import io.reelgate.server.timing.Timing;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @Test
  void storage_flags_select_an_s3_bucket() {
    ServeCommand serve = parse("--storage", "s3://videos/reelgate/", "--s3-endpoint", "http://minio:9000",
        "--s3-region", "eu-west-3", "--s3-path-style");

    S3Config s3 = serve.s3Storage();

    assertThat(s3.location()).isEqualTo("s3://videos/reelgate");
    assertThat(s3.endpoint()).isEqualTo(URI.create("http://minio:9000"));
    assertThat(s3.region()).isEqualTo("eu-west-3");
    assertThat(s3.pathStyle()).isTrue();
    assertThat(s3.credentials()).as("from the AWS settings").isNull();
  }

  @Test
  void without_storage_the_files_stay_in_the_local_folder() {
    if (System.getenv("REELGATE_STORAGE") != null) return; // this machine chose S3 for every server
    assertThat(parse().s3Storage()).isNull();
  }

  @Test
  void without_flags_the_limits_on_slow_clients_are_the_servers_defaults() {
    assertThat(parse().requestLimits()).isEqualTo(RequestLimits.DEFAULT);
  }

  @Test
  void the_limits_on_slow_clients_come_from_their_flags() {
    RequestLimits limits = parse("--body-min-rate", "0", "--body-timeout", "30", "--max-in-flight-per-key", "2", "--image-timeout", "5")
        .requestLimits();
    assertThat(limits).isEqualTo(new RequestLimits(0, Duration.ofSeconds(30), 2, Duration.ofSeconds(5)));
  }

  @Test
  void without_flags_serve_runs_on_the_servers_defaults() {
    ServerConfig fromFlags = parse().config();

    // What this machine's REELGATE_... variables may set is taken as it is.
    ServerConfig defaults = ServerConfig.builder().database(fromFlags.database()).storage(fromFlags.storage())
        .apiKeys(fromFlags.apiKeys()).adminKeys(fromFlags.adminKeys()).routing(fromFlags.routing()).build();
    assertThat(fromFlags).isEqualTo(defaults);
  }

  @Test
  void scenarios_are_on_without_routes_unless_switched_off() {
    if (System.getenv("REELGATE_SCENARIOS") != null || System.getenv("REELGATE_ROUTES") != null) return; // this machine chose
    assertThat(parse().config().scenarios()).isTrue();
    assertThat(parse("--no-scenarios").config().scenarios()).isFalse();
    assertThat(parse("--scenarios").config().scenarios()).isTrue();
  }

  @Test
  void timing_is_fast_unless_its_flag_says_otherwise() {
    if (System.getenv("REELGATE_TIMING") != null) return; // this machine chose
    assertThat(parse().config().timing()).isEqualTo(Timing.FAST);
    assertThat(parse("--timing", "realistic").config().timing()).isEqualTo(Timing.REALISTIC);
    assertThat(parse("--timing", "instant").config().timing()).isEqualTo(Timing.INSTANT);
    assertThatThrownBy(() -> parse("--timing", "slow")).isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--timing");
  }

  @Test
  void key_lists_are_split_at_commas_and_trimmed() {
    ServerConfig config = parse("--api-keys", " rg_a, rg_b ,,", "--admin-keys", "ops, ci").config();

    assertThat(config.apiKeys()).containsExactly("rg_a", "rg_b");
    assertThat(config.adminKeys()).containsExactly("ops", "ci");
  }

  @Test
  void a_value_out_of_range_is_refused_naming_its_flag() {
    assertThatThrownBy(() -> parse("--port", "70000").config()).hasMessage("port (--port) must be 0 to 65535, not 70000");
    assertThatThrownBy(() -> parse("--lease-seconds", "1").config())
        .hasMessage("lease (--lease-seconds) must be at least 3 s, not 1 s");
    assertThatThrownBy(() -> parse("--workers", "0").config()).hasMessageContaining("--workers");
    assertThatThrownBy(() -> parse("--link-ttl", "0").config()).hasMessageContaining("--link-ttl");
  }

  @Test
  void serve_with_a_value_out_of_range_stops_before_starting(@TempDir Path dataDir) {
    assertThat(Main.run("serve", "--data-dir", dataDir.toString(), "--shutdown-grace", "-1")).isEqualTo(2);
  }

  @Test
  void each_variable_of_the_readmes_table_is_the_default_of_a_flag_and_each_such_variable_is_documented() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String table = readme.substring(readme.indexOf("| environment | meaning |"));
    Matcher row = Pattern.compile("^\\| `(\\w+)`", Pattern.MULTILINE).matcher(table.substring(0, table.indexOf("\n\n")));
    Set<String> inTable = new TreeSet<>();
    while (row.find()) inTable.add(row.group(1));
    inTable.remove("REELGATE_JAVA_OPTS"); // read by the ./reelgate script, not by Java

    Set<String> readByFlags = variablesReadByFlags(Main.commandLine());

    assertThat(inTable).isNotEmpty();
    assertThat(readByFlags).containsAll(inTable);
    String docs = readme + Files.readString(Path.of("..", "docs", "DEPLOYMENT.md"));
    assertThat(readByFlags).allSatisfy(variable -> assertThat(docs).contains(variable));
  }

  /** The environment variables named by {@code ${env:...}} defaults of the options of {@code command} and its subcommands. */
  private static Set<String> variablesReadByFlags(CommandLine command) {
    Set<String> variables = new TreeSet<>();
    for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
      if (option.defaultValueString(false) == null) continue;
      Matcher variable = Pattern.compile("\\$\\{env:(\\w+)").matcher(option.defaultValueString(false));
      while (variable.find()) variables.add(variable.group(1));
    }
    command.getSubcommands().values().forEach(sub -> variables.addAll(variablesReadByFlags(sub)));
    return variables;
  }

  private static ServeCommand parse(String... args) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs(args);
    return serve;
  }
}
