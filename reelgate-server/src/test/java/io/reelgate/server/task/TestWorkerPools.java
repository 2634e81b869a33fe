package io.reelgate.server.task;

import io.reelgate.core.render.Renderer;
import io.reelgate.server.files.Storage;
import io.reelgate.server.store.ModelFilter;
import io.reelgate.server.store.TaskStore;
import java.nio.file.Path;
import java.time.Clock;

/** Worker pools built as the server builds its render pool: every model, the default lease. */
final class TestWorkerPools {
  private TestWorkerPools() {}

  /** {@code concurrency} workers rendering with {@code engine} in {@code workDir}. */
  static WorkerPool rendering(TaskStore store, Storage storage, Renderer engine, int concurrency, Path workDir) {
    return new WorkerPool(store, storage, new LocalRender(engine, storage), ModelFilter.ANY, concurrency, Clock.systemUTC(),
        workDir, WorkerPool.LEASE);
  }
}
