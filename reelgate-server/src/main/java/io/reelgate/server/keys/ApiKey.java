package io.reelgate.server.keys;

import java.time.Instant;

/** An API key as stored: never its secret, only an id, a name and whether it still works. */
public record ApiKey(String id, String name, Instant createdAt, boolean revoked) {
  private static final int ID_LENGTH = 12;

  /** A live key with a fresh id ({@code key_} and 12 base62 characters), named by its id when {@code name} is blank. */
  public static ApiKey fresh(String name, Instant createdAt) {
    String id = "key_" + SecretHash.randomBase62(ID_LENGTH);
    return new ApiKey(id, name == null || name.isBlank() ? id : name.strip(), createdAt, false);
  }
}
