package io.reelgate.server.store.sqlite;

import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.upstream.UpstreamJobs;
import io.reelgate.server.upstream.UpstreamJobsContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteUpstreamJobsTest extends UpstreamJobsContract {
  @TempDir Path dataDir;
  private HikariDataSource database;
  private UpstreamJobs jobs;

  @BeforeEach
  void openDatabase() {
    database = SqliteDatabase.open(dataDir.resolve("reelgate.db"));
    jobs = new UpstreamJobs(database);
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected UpstreamJobs jobs() {
    return jobs;
  }
}
