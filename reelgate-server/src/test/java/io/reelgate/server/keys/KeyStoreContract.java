package io.reelgate.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KeyStore} promises. A backend runs it by extending this class and giving
 * {@link #keys()} a fresh, empty store for each test, on {@link #database()}.
 */
public abstract class KeyStoreContract {
  /** A fresh, empty store; the same one for every call within a test. */
  protected abstract KeyStore keys();

  /** The database behind {@link #keys()}, to look at what is stored. */
  protected abstract DataSource database();

  @Test
  void a_new_key_has_a_long_random_secret_that_authenticates() {
    KeyStore.CreatedKey created = keys().create("ci");

    assertThat(created.secret()).matches("rg_[0-9A-Za-z]{32}");
    assertThat(created.key().id()).matches("key_[0-9A-Za-z]{12}");
    assertThat(created.key().name()).isEqualTo("ci");
    assertThat(keys().authenticate(created.secret())).contains(created.key());
    assertThat(keys().create("ci").secret()).isNotEqualTo(created.secret());
  }

  @Test
  void only_the_hash_of_a_secret_is_stored() throws Exception {
    KeyStore.CreatedKey created = keys().create("ci");

    List<String> stored = new ArrayList<>();
    try (Connection connection = database().getConnection();
        Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("SELECT * FROM api_keys")) {
      while (rows.next()) {
        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
          stored.add(rows.getString(column));
        }
      }
    }

    assertThat(stored).doesNotContain(created.secret()).noneMatch(value -> value != null && value.contains("rg_"));
    assertThat(stored).contains(SecretHash.sha256(created.secret()));
  }

  @Test
  void a_wrong_or_empty_secret_is_not_authenticated() {
    KeyStore.CreatedKey created = keys().create("ci");

    assertThat(keys().authenticate(created.secret() + "x")).isEmpty();
    assertThat(keys().authenticate(created.secret().substring(1))).isEmpty();
    assertThat(keys().authenticate("")).isEmpty();
    assertThat(keys().authenticate(null)).isEmpty();
  }

  @Test
  void a_revoked_key_no_longer_authenticates() {
    KeyStore.CreatedKey byId = keys().create("one");
    KeyStore.CreatedKey byName = keys().create("two");

    assertThat(keys().revoke(byId.key().id())).isTrue();
    assertThat(keys().revoke("two")).isTrue();

    assertThat(keys().authenticate(byId.secret())).isEmpty();
    assertThat(keys().authenticate(byName.secret())).isEmpty();
    assertThat(keys().revoke("two")).as("already revoked").isFalse();
    assertThat(keys().revoke("no-such-key")).isFalse();
    assertThat(keys().list()).extracting(ApiKey::revoked).containsExactly(true, true);
  }

  @Test
  void ensure_adds_a_key_from_the_environment_once() {
    ApiKey first = keys().ensure("my-test-key", "env");
    ApiKey again = keys().ensure("my-test-key", "env");

    assertThat(again).isEqualTo(first);
    assertThat(keys().list()).hasSize(1);
    assertThat(keys().authenticate("my-test-key")).contains(first);
  }

  @Test
  void ensure_does_not_bring_a_revoked_key_back() {
    ApiKey key = keys().ensure("my-test-key", "env");
    keys().revoke(key.id());

    ApiKey again = keys().ensure("my-test-key", "env");

    assertThat(again.revoked()).isTrue();
    assertThat(keys().authenticate("my-test-key")).isEmpty();
  }

  @Test
  void ensure_refuses_a_blank_secret() {
    assertThatThrownBy(() -> keys().ensure(" ", "env")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> keys().ensure(" padded ", "env")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_store_is_empty_until_a_key_is_made_even_if_it_is_revoked_later() {
    assertThat(keys().isEmpty()).isTrue();

    KeyStore.CreatedKey created = keys().create(null);
    keys().revoke(created.key().id());

    assertThat(keys().isEmpty()).isFalse();
    assertThat(created.key().name()).isEqualTo(created.key().id());
  }
}
