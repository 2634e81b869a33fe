package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void a_command_line_naming_a_command_holds_that_command_alone() {
    assertThat(Main.commandLine("render", "--help").getSubcommands()).containsOnlyKeys("render");
    assertThat(Main.commandLine("keys", "list").getSubcommands().get("keys").getSubcommands()).containsKeys("create", "list");
  }

  @Test
  void the_usage_and_a_mistyped_command_still_see_every_command() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "--help")).isZero();
    assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "rendr")).isEqualTo(2);

    assertThat(out.toString()).contains("serve", "render", "generate", "tasks", "keys", "bench").doesNotContain("aot-training");
    assertThat(err.toString()).contains("Did you mean: reelgate render");
  }

  @Test
  void a_named_command_keeps_its_help_and_the_settings_of_the_top_level() {
    StringWriter out = new StringWriter();

    assertThat(Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "render", "--help")).isZero();

    assertThat(out.toString()).contains("Usage: reelgate render", "--image");
    assertThat(Main.commandLine("render").getSubcommands().get("render").isCaseInsensitiveEnumValuesAllowed()).isTrue();
  }
}
