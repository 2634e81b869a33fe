package io.reelgate.server.store.jdbc;

import javax.sql.DataSource;
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

  /** Migrates {@code dataSource} with the migrations of {@code locations}: {@link #SHARED} and a database's own. */
  public static void migrate(DataSource dataSource, String... locations) {
    Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();
  }
}
