package io.reelgate.server.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The migrations as they were laid out up to V14, before {@link Migrations#SHARED}: each database's
 * folder held all of its migrations, the shared ones included (moved since without a byte
 * changed). For tests that open a database made by a server of that time.
 */
public final class OldMigrationLayout {
  /** The last version a server of the old layout applied. */
  public static final String LAST_VERSION = "14";

  private OldMigrationLayout() {}

  /**
   * Copies the migrations of {@code locations} ({@code classpath:} folders: the shared one and a
   * database's own) into one folder under {@code scratch}, as they were, and returns it.
   */
  public static Path folder(String[] locations, Path scratch) {
    try {
      Path old = Files.createDirectories(scratch.resolve("old-layout"));
      for (String location : locations) {
        Path from = Path.of(OldMigrationLayout.class.getResource("/" + location.substring("classpath:".length())).toURI());
        try (Stream<Path> files = Files.list(from)) {
          for (Path file : files.toList()) Files.copy(file, old.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return old;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Migrates {@code dataSource} from {@code folder} up to {@link #LAST_VERSION}, as a server of then did. */
  public static void migrate(DataSource dataSource, Path folder) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("filesystem:" + folder)
        .target(LAST_VERSION)
        .load()
        .migrate();
  }
}
