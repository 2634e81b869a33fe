package io.reelgate.server.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.upstream.UpstreamJobs;
import io.reelgate.server.upstream.UpstreamJobsContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

class PostgresUpstreamJobsTest extends UpstreamJobsContract {
  private static HikariDataSource database;
  private static UpstreamJobs jobs;

  @BeforeAll
  static void openDatabase() {
    database = PostgresDatabase.open(PostgresFixture.newDatabase());
    jobs = new UpstreamJobs(database);
  }

  @AfterAll
  static void closeDatabase() {
    if (database != null) database.close();
  }

  @BeforeEach
  void empty() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement truncate = connection.createStatement()) {
      truncate.execute("TRUNCATE upstream_jobs");
    }
  }

  @Override
  protected UpstreamJobs jobs() {
    return jobs;
  }
}
