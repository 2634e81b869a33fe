package io.reelgate.app;

import io.reelgate.server.ServerConfig;
import io.reelgate.server.keys.ApiKey;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.store.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reelgate keys}: API keys in the data folder's database (stored hashed). */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Create, list and revoke API keys.",
    subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand {
  @Option(names = "--data-dir", defaultValue = "reelgate-data", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "The server's data folder (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--db", paramLabel = "ADDRESS", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "The servers' PostgreSQL, as for serve (default: $" + ServerConfig.DATABASE_ENV
          + ", else the SQLite file in the data folder).")
  String database;

  /** Opens the key store of the servers' database, runs {@code action}, closes it. */
  int withKeys(KeyAction action) throws Exception {
    String address = database != null ? database : System.getenv(ServerConfig.DATABASE_ENV);
    try (Database db = Database.open(address, dataDir)) {
      return action.run(db.keys());
    }
  }

  interface KeyAction {
    int run(KeyStore keys) throws Exception;
  }

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key and print its secret (shown once).")
  static final class Create implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand KeysCommand parent;

    @Option(names = "--name", defaultValue = "default", description = "A name to recognise the key by.")
    String name;

    @Override
    public Integer call() throws Exception {
      return parent.withKeys(
          keys -> {
            KeyStore.CreatedKey created = keys.create(name);
            System.err.println("Created key " + created.key().id() + " (" + name + "); its secret is shown only now:");
            System.out.println(created.secret());
            return 0;
          });
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys (never their secrets).")
  static final class ListKeys implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand KeysCommand parent;

    @Override
    public Integer call() throws Exception {
      return parent.withKeys(
          keys -> {
            System.out.printf("%-20s %-20s %-25s %s%n", "ID", "NAME", "CREATED", "STATE");
            for (ApiKey key : keys.list()) {
              System.out.printf("%-20s %-20s %-25s %s%n", key.id(), key.name(), key.createdAt(), key.revoked() ? "revoked" : "active");
            }
            return 0;
          });
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by id or name.")
  static final class Revoke implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand KeysCommand parent;

    @Parameters(paramLabel = "KEY", description = "The key's id or name.")
    String key;

    @Override
    public Integer call() throws Exception {
      return parent.withKeys(
          keys -> {
            if (keys.revoke(key)) {
              System.err.println("Revoked " + key);
              return 0;
            }
            System.err.println("reelgate keys revoke: no active key with id or name " + key);
            return 1;
          });
    }
  }
}
