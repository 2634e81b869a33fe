package io.reelgate.app;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.server.billing.Credits;
import io.reelgate.server.keys.ApiKey;
import io.reelgate.server.keys.KeyStore;
import io.reelgate.server.database.Database;
import io.reelgate.server.webhook.WebhookSecrets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reelgate keys}: API keys in the data folder's database (stored hashed). */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Create, list and revoke API keys; grant them credit and show what they spent; give them a scenario.",
    subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class,
        KeysCommand.Grant.class, KeysCommand.Usage.class, KeysCommand.WebhookSecret.class, KeysCommand.SetScenario.class})
final class KeysCommand {
  @Option(names = "--data-dir", defaultValue = "reelgate-data", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "The server's data folder (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  // As serve's --db, and never ${DEFAULT-VALUE} in the description: the address holds a password.
  @Option(names = "--db", paramLabel = "ADDRESS", scope = picocli.CommandLine.ScopeType.INHERIT, defaultValue = "${env:REELGATE_DB}",
      description = "The servers' PostgreSQL, as for serve (default: $REELGATE_DB, else the SQLite file in the data folder).")
  String database;

  @picocli.CommandLine.Mixin VerboseOption verbose;

  /** Opens the key store of the servers' database, runs {@code action}, closes it. */
  int withKeys(KeyAction action) throws Exception {
    try (Database db = Database.open(database, dataDir)) {
      return action.run(db.keys());
    }
  }

  interface KeyAction {
    int run(KeyStore keys) throws Exception;
  }

  /** Like {@link #withKeys}, with the credits of the same database. */
  int withCredits(CreditAction action) throws Exception {
    try (Database db = Database.open(database, dataDir)) {
      return action.run(db.keys(), new Credits(db.jdbi()));
    }
  }

  interface CreditAction {
    int run(KeyStore keys, Credits credits) throws Exception;
  }

  /** The one key with this id, or else with this name; null (and a message) when none or several. */
  static ApiKey find(KeyStore keys, String idOrName, String command) {
    List<ApiKey> all = keys.list();
    for (ApiKey key : all) if (key.id().equals(idOrName)) return key;
    List<ApiKey> named = all.stream().filter(k -> k.name().equals(idOrName) && !k.revoked()).toList();
    if (named.size() == 1) return named.get(0);
    System.err.println("reelgate keys " + command + ": "
        + (named.isEmpty() ? "no active key with id or name " + idOrName
            : named.size() + " active keys are named " + idOrName + "; give the id"));
    return null;
  }

  @Command(name = "grant", mixinStandardHelpOptions = true,
      description = "Add credit to a key (a negative amount takes some back). A key never granted any has no limit;"
          + " after a grant it may spend only its balance.")
  static final class Grant implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand KeysCommand parent;

    @Parameters(index = "0", paramLabel = "KEY", description = "The key's id or name.")
    String key;

    @Parameters(index = "1", paramLabel = "AMOUNT", description = "Credits to add.")
    long amount;

    @Override
    public Integer call() throws Exception {
      return parent.withCredits(
          (keys, credits) -> {
            ApiKey found = find(keys, key, "grant");
            if (found == null || !credits.grant(found.id(), amount)) return 1;
            System.err.println("Granted " + amount + " credits to " + found.id() + " (" + found.name() + "); balance "
                + credits.usage(found.id()).balance());
            return 0;
          });
    }
  }

  @Command(name = "usage", mixinStandardHelpOptions = true,
      description = "Credits of one key, or of every key: reserved by tasks under way, spent, refunded, balance.")
  static final class Usage implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand KeysCommand parent;

    @Parameters(arity = "0..1", paramLabel = "KEY", description = "The key's id or name (default: every key).")
    String key;

    @Override
    public Integer call() throws Exception {
      return parent.withCredits(
          (keys, credits) -> {
            List<ApiKey> shown;
            if (key == null) {
              shown = keys.list();
            } else {
              ApiKey found = find(keys, key, "usage");
              if (found == null) return 1;
              shown = List.of(found);
            }
            System.out.printf("%-20s %-20s %10s %10s %10s %10s%n", "ID", "NAME", "RESERVED", "SPENT", "REFUNDED", "BALANCE");
            for (ApiKey k : shown) {
              Credits.Usage u = credits.usage(k.id());
              System.out.printf("%-20s %-20s %10d %10d %10d %10s%n", k.id(), k.name(), u.reserved(), u.spent(), u.refunded(),
                  u.unlimited() ? "unlimited" : u.balance().toString());
            }
            return 0;
          });
    }
  }

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key and print its secret (shown once).")
  static final class Create implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand KeysCommand parent;

    @Option(names = "--name", defaultValue = "default", description = "A name to recognise the key by.")
    String name;

    @Option(names = "--scenario", paramLabel = "'NAME[; param=value...]'",
        description = "A failure scenario every task of the key behaves like, e.g. 'rate-limited; n=2' (docs/SCENARIOS.md).")
    String scenario;

    @Override
    public Integer call() throws Exception {
      Scenario chosen = scenario == null ? null : scenarioOrNull(scenario, "keys create");
      if (scenario != null && chosen == null) return 2;
      return parent.withKeys(
          keys -> {
            KeyStore.CreatedKey created = keys.create(name);
            if (chosen != null) keys.setScenario(created.key().id(), chosen);
            System.err.println("Created key " + created.key().id() + " (" + name + ")" + (chosen == null ? "" : " with the scenario '"
                + chosen + "'") + "; its secret is shown only now:");
            System.out.println(created.secret());
            return 0;
          });
    }
  }

  /** {@code text} read as a scenario; null, the problem printed, when it is none ({@code none}) or not one. */
  static Scenario scenarioOrNull(String text, String command) {
    if (text.strip().equalsIgnoreCase(Scenario.NONE)) return null;
    try {
      return Scenario.parse(text, "scenario");
    } catch (InvalidFieldException e) {
      System.err.println("reelgate " + command + ": " + e.getMessage());
      return null;
    }
  }

  @Command(name = "scenario", mixinStandardHelpOptions = true,
      description = "Give a key the failure scenario every task it creates behaves like, or none (docs/SCENARIOS.md);"
          + " a running server applies it within a second.")
  static final class SetScenario implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand KeysCommand parent;

    @Parameters(index = "0", paramLabel = "KEY", description = "The key's id or name.")
    String key;

    @Parameters(index = "1", paramLabel = "'NAME[; param=value...]'|none", description = "The scenario, e.g. 'slow; queue=5', or none.")
    String scenario;

    @Override
    public Integer call() throws Exception {
      Scenario chosen = scenarioOrNull(scenario, "keys scenario");
      if (chosen == null && !scenario.strip().equalsIgnoreCase(Scenario.NONE)) return 2;
      return parent.withKeys(
          keys -> {
            ApiKey found = find(keys, key, "scenario");
            if (found == null || !keys.setScenario(found.id(), chosen)) return 1;
            System.err.println(found.id() + " (" + found.name() + "): " + (chosen == null ? "no scenario" : "scenario '" + chosen + "'"));
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
            System.out.printf("%-20s %-20s %-25s %-8s %s%n", "ID", "NAME", "CREATED", "STATE", "SCENARIO");
            for (ApiKey key : keys.list()) {
              System.out.printf("%-20s %-20s %-25s %-8s %s%n", key.id(), key.name(), key.createdAt(), key.revoked() ? "revoked" : "active",
                  key.scenario() == null ? "" : key.scenario());
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

  @Command(
      name = "webhook-secret",
      mixinStandardHelpOptions = true,
      description = "Print the secret (whsec_...) that signs the key's webhooks; made on first use (docs/WEBHOOKS.md).")
  static final class WebhookSecret implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand KeysCommand parent;

    @Parameters(paramLabel = "KEY", description = "The key's id or name.")
    String key;

    @Override
    public Integer call() throws Exception {
      try (Database db = Database.open(parent.database, parent.dataDir)) {
        var found = db.keys().list().stream().filter(k -> !k.revoked() && (k.id().equals(key) || k.name().equals(key))).toList();
        if (found.size() != 1) {
          System.err.println("reelgate keys webhook-secret: " + (found.isEmpty() ? "no active key" : "several keys")
              + " with id or name " + key);
          return 1;
        }
        System.out.println(new WebhookSecrets(db.jdbi(), Clock.systemUTC()).forKey(found.get(0).id()));
        return 0;
      }
    }
  }
}
