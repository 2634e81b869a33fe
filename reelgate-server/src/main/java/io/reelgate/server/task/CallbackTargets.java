package io.reelgate.server.task;

import io.reelgate.server.store.WrittenWithTask;
import java.net.URI;

/** Where a task's webhooks go: the target is written in the transaction that inserts the task. */
@FunctionalInterface
public interface CallbackTargets {
  /** Webhooks are not kept (tests of other things). */
  CallbackTargets NONE = url -> WrittenWithTask.NOTHING;

  /** The row that makes {@code url} the webhook target of the task it is written with. */
  WrittenWithTask target(URI url);
}
