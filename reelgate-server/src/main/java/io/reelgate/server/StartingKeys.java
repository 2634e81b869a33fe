package io.reelgate.server;

import io.reelgate.server.keys.KeyStore;
import java.util.List;

/** The keys a server starts with: those configured, or on a first start with none, a new one it prints. */
final class StartingKeys {
  private StartingKeys() {}

  /**
   * Registers the configured keys; on a first start with no key at all, creates one and prints
   * it, so that the README's curl example works at once.
   */
  static void register(KeyStore keys, List<String> configured) {
    for (int i = 0; i < configured.size(); i++) {
      keys.ensure(configured.get(i), "env-" + (i + 1));
    }
    if (keys.isEmpty()) {
      KeyStore.CreatedKey created = keys.create("default");
      String line = "Created API key: " + created.secret();
      String rule = "=".repeat(line.length());
      System.out.println();
      System.out.println(rule);
      System.out.println(line);
      System.out.println("It is shown only this once; keep it. `reelgate keys` manages keys.");
      System.out.println(rule);
      System.out.println();
      System.out.flush();
    }
  }
}
