package io.reelgate.server.keys;

import io.reelgate.core.scenario.Scenario;
import java.time.Instant;

/**
 * An API key as stored: never its secret, only an id, a name, whether it still works, and the
 * scenario every task it creates behaves like (null for none; docs/SCENARIOS.md).
 */
public record ApiKey(String id, String name, Instant createdAt, boolean revoked, Scenario scenario) {
  private static final int ID_LENGTH = 12;

  /** A live key with a fresh id ({@code key_} and 12 base62 characters), named by its id when {@code name} is blank. */
  public static ApiKey fresh(String name, Instant createdAt) {
    String id = "key_" + SecretHash.randomBase62(ID_LENGTH);
    return new ApiKey(id, name == null || name.isBlank() ? id : name.strip(), createdAt, false, null);
  }
}
