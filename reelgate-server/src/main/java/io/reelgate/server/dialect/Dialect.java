package io.reelgate.server.dialect;

import io.javalin.Javalin;

/**
 * One provider's API as Reelgate speaks it: a thin translation from its wire JSON to one core
 * request, and from a core task back to its wire JSON. Validation, state and storage are the
 * core's; a dialect only registers its routes and writes its own shapes, errors included.
 */
public interface Dialect {
  /** The name stored with the tasks it creates, e.g. {@code novita}. */
  String name();

  void register(Javalin app);
}
