package io.reelgate.server.store;

import java.util.function.Supplier;

/**
 * Named values every instance of a server must share, kept in its database: the link-signing
 * secret, so that a link one instance hands out works on all of them.
 */
public interface Settings {
  /**
   * The stored value of {@code name}; when there is none yet, {@code initial}'s value is stored
   * and returned. Instances racing to set it all get the one value that was stored first.
   */
  String getOrCreate(String name, Supplier<String> initial);
}
