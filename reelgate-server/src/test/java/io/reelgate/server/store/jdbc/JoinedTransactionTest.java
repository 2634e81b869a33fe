package io.reelgate.server.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JoinedTransactionTest {
  private static final String INSERT = "INSERT INTO settings (name, value) VALUES ('joined', 'yes')";

  @TempDir Path dataDir;
  private HikariDataSource database;
  private final JoinedTransaction joined = new JoinedTransaction();

  @BeforeEach
  void openDatabase() {
    database = SqliteDatabase.open(dataDir.resolve("reelgate.db"));
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void a_joined_write_is_rolled_back_with_the_owners_transaction_and_leaves_the_connection_open() throws Exception {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      joined.on(connection, handle -> handle.execute(INSERT));

      assertThat(connection.isClosed()).isFalse();
      assertThat(connection.getAutoCommit()).as("still the owner's transaction").isFalse();
      connection.rollback();
      connection.setAutoCommit(true);
    }
    assertThat(rows()).isZero();
  }

  @Test
  void a_joined_write_commits_when_the_owner_commits() throws Exception {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      joined.on(connection, handle -> handle.execute(INSERT));
      connection.commit();
      connection.setAutoCommit(true);
    }
    assertThat(rows()).isOne();
  }

  @Test
  void a_failing_statement_throws_its_sql_exception() throws Exception {
    try (Connection connection = database.getConnection()) {
      assertThatThrownBy(() -> joined.on(connection, handle -> handle.execute("INSERT INTO nowhere VALUES (1)")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("nowhere");
    }
  }

  private int rows() {
    return Jdbis.create(database).withHandle(handle -> handle.createQuery("SELECT count(*) FROM settings").mapTo(Integer.class).one());
  }
}
