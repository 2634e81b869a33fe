package io.reelgate.server.links;

import io.reelgate.server.links.LinkSigner;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.store.jdbc.JdbcSettings;
import io.reelgate.server.store.sqlite.SqliteTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LinkSecretTest {
  @TempDir Path dataDir;
  @RegisterExtension final SqliteTestDatabase sqlite = new SqliteTestDatabase();

  @Test
  void a_fresh_secret_is_made_once_and_kept_in_the_database() {
    byte[] first = LinkSigner.loadOrCreateSecret(new JdbcSettings(sqlite.jdbi()), dataDir.resolve("link-secret"));
    byte[] again = LinkSigner.loadOrCreateSecret(new JdbcSettings(sqlite.jdbi()), dataDir.resolve("link-secret"));

    assertThat(first).hasSize(32).isEqualTo(again);
    assertThat(dataDir.resolve("link-secret")).doesNotExist();
  }

  @Test
  void the_secret_of_an_earlier_version_is_adopted_so_its_links_still_work() throws Exception {
    byte[] old = new byte[32];
    old[0] = 42;
    Files.writeString(dataDir.resolve("link-secret"), HexFormat.of().formatHex(old) + "\n");

    assertThat(LinkSigner.loadOrCreateSecret(new JdbcSettings(sqlite.jdbi()), dataDir.resolve("link-secret"))).isEqualTo(old);
    Files.delete(dataDir.resolve("link-secret"));
    assertThat(LinkSigner.loadOrCreateSecret(new JdbcSettings(sqlite.jdbi()), dataDir.resolve("link-secret"))).isEqualTo(old);
  }
}
