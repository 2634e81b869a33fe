package io.reelgate.server.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database to the latest schema with Flyway. The migrations that are the same for every
 * database are written once, in {@link #SHARED}; each database adds its own folder for those that
 * differ (types, indexes, triggers). Flyway tells a migration by its version, description and
 * checksum, never by its folder, so moving a file between them changes nothing for databases that
 * applied it already (MigrationLayoutTest proves it).
 */
public final class Migrations {
  public static final String SHARED = "classpath:db/migration/shared";

  private Migrations() {}

  /**
   * Opens the pool {@code pool} describes and migrates its database with the migrations of {@code
   * locations} ({@link #SHARED} and the database's own); a pool whose database cannot be migrated
   * is closed again.
   */
  public static HikariDataSource openMigrated(HikariConfig pool, String... locations) {
    HikariDataSource dataSource = new HikariDataSource(pool);
    try {
      Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return dataSource;
  }
}
