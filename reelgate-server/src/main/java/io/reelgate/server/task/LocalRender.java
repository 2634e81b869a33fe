package io.reelgate.server.task;

import io.reelgate.core.render.Renderer;
import io.reelgate.core.render.RenderJob;
import io.reelgate.core.render.RenderProgress;
import io.reelgate.core.render.RenderResult;
import io.reelgate.core.image.TimedImageLoader;
import io.reelgate.core.task.TaskFailure;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskRequest;
import io.reelgate.server.files.Storage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Renders a task on this machine with a built-in {@link Renderer}: inputs from storage, the camera script read when the task was accepted. */
public final class LocalRender implements TaskEngine {
  private final Renderer engine;
  private final Storage storage;
  private final TimedImageLoader pictures = new TimedImageLoader(TimedImageLoader.DEFAULT_LIMIT);

  public LocalRender(Renderer engine, Storage storage) {
    this.engine = engine;
    this.storage = storage;
  }

  @Override
  public String name() {
    return engine.name();
  }

  @Override
  public RenderResult make(Task task, Path output, RenderProgress progress) throws IOException, InterruptedException {
    BufferedImage first = task.request().firstFrameKey() == null ? null : picture(task, task.request().firstFrameKey(), "image");
    BufferedImage last = task.request().lastFrameKey() == null ? null : picture(task, task.request().lastFrameKey(), "end_image");
    TaskRequest asked = task.request();
    RenderJob job =
        new RenderJob(asked.model(), asked.prompt(), asked.script(), first, last, asked.durationSeconds(), asked.resolution(),
            asked.format());
    return engine.render(job, output, progress);
  }

  /** Decoded with a time limit: a hostile picture that stalls the decoder fails its task, not the worker. */
  private BufferedImage picture(Task task, String key, String field) throws IOException, InterruptedException {
    if (storage.size(key).isEmpty()) {
      // Inputs are stored before their task, so this is a file removed by hand: it will not return.
      throw new TaskFailedException(
          new TaskFailure(TaskFailure.Kind.INVALID_INPUT, field, "the input picture of task " + task.id() + " is missing from storage"));
    }
    return pictures.load(field, storage.read(key));
  }
}
