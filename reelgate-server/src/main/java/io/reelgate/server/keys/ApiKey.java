package io.reelgate.server.keys;

import java.time.Instant;

/** An API key as stored: never its secret, only an id, a name and whether it still works. */
public record ApiKey(String id, String name, Instant createdAt, boolean revoked) {}
