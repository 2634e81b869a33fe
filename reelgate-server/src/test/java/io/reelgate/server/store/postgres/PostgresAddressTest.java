package io.reelgate.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresAddressTest {
  @Test
  void a_libpq_uri_becomes_a_jdbc_url_with_its_user_and_password_apart() {
    PostgresDatabase.Address address =
        PostgresDatabase.Address.parse("postgresql://reel%40gate:p%3Ass+w@db.example.com:5433/videos?sslmode=require");

    assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/videos?sslmode=require");
    assertThat(address.user()).isEqualTo("reel@gate");
    assertThat(address.password()).isEqualTo("p:ss+w");
  }

  @Test
  void a_jdbc_url_is_taken_as_it_is() {
    PostgresDatabase.Address address = PostgresDatabase.Address.parse("jdbc:postgresql://db:5432/videos?user=reelgate");

    assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/videos?user=reelgate");
    assertThat(address.user()).isNull();
  }

  @Test
  void the_description_never_shows_the_password() {
    assertThat(PostgresDatabase.describe("postgres://reelgate:secret@db:5432/videos?password=other"))
        .isEqualTo("postgresql://db:5432/videos as reelgate");
  }

  @Test
  void an_address_of_another_database_is_refused_without_its_password() {
    assertThatThrownBy(() -> PostgresDatabase.Address.parse("mysql://root:secret@db/videos"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret");
  }
}
