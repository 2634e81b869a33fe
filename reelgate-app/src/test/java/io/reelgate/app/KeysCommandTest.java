package io.reelgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.jdbc.JdbcKeyStore;
import io.reelgate.server.store.jdbc.Jdbis;
import io.reelgate.server.store.sqlite.SqliteDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reelgate keys}: a created key works until it is revoked, and its secret is shown once. */
class KeysCommandTest {
  @TempDir Path dataDir;

  @Test
  void created_key_authenticates_until_revoked() throws Exception {
    Output created = keys("create", "--name", "ci");
    String secret = created.stdout.strip();
    assertThat(created.exitCode).isZero();
    assertThat(secret).startsWith("rg_");

    assertThat(authenticates(secret)).isTrue();
    Output listed = keys("list");
    assertThat(listed.stdout).contains("ci").contains("active").doesNotContain(secret);

    assertThat(keys("revoke", "ci").exitCode).isZero();
    assertThat(authenticates(secret)).isFalse();
    assertThat(keys("list").stdout).contains("revoked");
    assertThat(keys("revoke", "ci").exitCode).isEqualTo(1);
  }

  @Test
  void a_key_gets_a_scenario_at_create_and_changes_or_drops_it_later() throws Exception {
    String secret = keys("create", "--name", "ci", "--scenario", "rate-limited; n=3").stdout.strip();
    assertThat(scenarioOf(secret)).isEqualTo("rate-limited; n=3");
    assertThat(keys("list").stdout).contains("rate-limited; n=3");

    assertThat(keys("scenario", "ci", "Slow; queue=1").exitCode).isZero();
    assertThat(scenarioOf(secret)).isEqualTo("slow; queue=1; render=10");

    assertThat(keys("scenario", "ci", "none").exitCode).isZero();
    assertThat(scenarioOf(secret)).isNull();
  }

  @Test
  void an_unknown_scenario_is_refused_before_any_key_is_made() throws Exception {
    assertThat(keys("create", "--name", "ci", "--scenario", "flaky").exitCode).isEqualTo(2);
    assertThat(keys("list").stdout).doesNotContain("ci");
    assertThat(keys("create", "--name", "ci").exitCode).isZero();
    assertThat(keys("scenario", "ci", "fail-at; percent=100").exitCode).isEqualTo(2);
    assertThat(keys("scenario", "nobody", "expired-link").exitCode).isEqualTo(1);
  }

  /** The scenario of the key with this secret, in the header's syntax; null for none. */
  private String scenarioOf(String secret) {
    try (HikariDataSource db = SqliteDatabase.open(dataDir.resolve(ServeCommand.DATABASE_FILE))) {
      var scenario = new JdbcKeyStore(Jdbis.create(db)).authenticate(secret).orElseThrow().scenario();
      return scenario == null ? null : scenario.toString();
    }
  }

  private boolean authenticates(String secret) {
    try (HikariDataSource db = SqliteDatabase.open(dataDir.resolve(ServeCommand.DATABASE_FILE))) {
      return new JdbcKeyStore(Jdbis.create(db)).authenticate(secret).isPresent();
    }
  }

  private record Output(int exitCode, String stdout) {}

  private synchronized Output keys(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      String[] all = new String[args.length + 3];
      all[0] = "keys";
      System.arraycopy(args, 0, all, 1, args.length);
      all[args.length + 1] = "--data-dir";
      all[args.length + 2] = dataDir.toString();
      return new Output(Main.run(all), captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }
}
