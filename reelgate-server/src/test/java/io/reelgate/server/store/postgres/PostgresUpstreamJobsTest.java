package io.reelgate.server.store.postgres;

import io.reelgate.server.upstream.UpstreamJobs;
import io.reelgate.server.upstream.UpstreamJobsContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresUpstreamJobsTest extends UpstreamJobsContract {
  @RegisterExtension static final PostgresTestDatabase postgres = new PostgresTestDatabase();
  private static UpstreamJobs jobs;

  @BeforeAll
  static void openStore() {
    jobs = new UpstreamJobs(postgres.dataSource());
  }

  @Override
  protected UpstreamJobs jobs() {
    return jobs;
  }
}
