package io.reelgate.server.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.reelgate.server.store.jdbc.Migrations;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Opens a PostgreSQL database, pooled and migrated to the latest schema ({@link #MIGRATIONS};
 * Flyway takes a lock, so instances starting at once migrate it once). Several instances share
 * it: tasks, keys and the link-signing secret.
 *
 * <p>The address is a libpq URI, {@code postgresql://user:password@host:5432/dbname?sslmode=require}
 * (or {@code postgres://}), or a JDBC URL, {@code jdbc:postgresql://host:5432/dbname?user=...}. User
 * and password in the URI are percent-decoded and handed to the driver apart from the URL.
 */
public final class PostgresDatabase {
  /** Where Flyway finds the schema's migrations: the shared ones and PostgreSQL's own. */
  static final String[] MIGRATIONS = {Migrations.SHARED, "classpath:db/migration/postgresql"};

  /**
   * Workers, requests, the lease keeper and the listener of one instance, with room for polls:
   * requests run on virtual threads, so many at once ask for a connection, and 32 clients polling
   * running tasks got 13% more answers with 20 than with 10 (docs/BENCHMARKS.md, "Status polls").
   */
  public static final int DEFAULT_POOL_SIZE = 20;

  private PostgresDatabase() {}

  /** True for the addresses {@link #open} takes. */
  public static boolean accepts(String address) {
    return address.startsWith("postgresql://") || address.startsWith("postgres://")
        || address.startsWith("jdbc:postgresql:");
  }

  public static HikariDataSource open(String address) {
    return open(address, DEFAULT_POOL_SIZE);
  }

  public static HikariDataSource open(String address, int poolSize) {
    Address parsed = Address.parse(address);
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(parsed.jdbcUrl());
    if (parsed.user() != null) pool.setUsername(parsed.user());
    if (parsed.password() != null) pool.setPassword(parsed.password());
    pool.setPoolName("postgresql");
    pool.setMaximumPoolSize(poolSize);
    pool.setMinimumIdle(1);
    return Migrations.openMigrated(pool, MIGRATIONS);
  }

  /** For the log: hosts, database and user, never the password nor the query's parameters. */
  public static String describe(String address) {
    Address parsed = Address.parse(address);
    String url = parsed.jdbcUrl().substring("jdbc:".length());
    int query = url.indexOf('?');
    return (query < 0 ? url : url.substring(0, query)) + (parsed.user() != null ? " as " + parsed.user() : "");
  }

  /** A JDBC URL and the user and password taken out of it. */
  record Address(String jdbcUrl, String user, String password) {
    static Address parse(String address) {
      if (!accepts(address)) {
        throw new IllegalArgumentException(
            "not a PostgreSQL address (postgresql://user:password@host:5432/dbname or jdbc:postgresql://...): "
                + address.replaceAll("//[^/@]*@", "//***@"));
      }
      String rest = address.substring(address.indexOf("//") + 2);
      int slash = rest.indexOf('/');
      String authority = slash < 0 ? rest : rest.substring(0, slash);
      String path = slash < 0 ? "" : rest.substring(slash);
      int at = authority.lastIndexOf('@');
      String user = null;
      String password = null;
      if (at >= 0) {
        String userInfo = authority.substring(0, at);
        int colon = userInfo.indexOf(':');
        user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
      }
      return new Address("jdbc:postgresql://" + authority.substring(at + 1) + path, user, password);
    }

    private static String decode(String text) {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
  }
}
