package io.reelgate.server.store;

import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.scenario.Scenario;
import io.reelgate.core.task.TaskFailure;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskRequest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Test tasks: {@code aTask().ownedBy("key_a").createdAt(t).build()}; a fresh id for each. */
public final class TaskBuilder {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private String id = "task-" + SEQUENCE.incrementAndGet();
  private String keyId = "key_test";
  private Instant createdAt = Instant.parse("2025-01-01T00:00:00Z");
  private String firstFrameKey;
  private String prompt = "A cat on a sofa [Push in]";
  private int durationSeconds = 6;
  private Resolution resolution = Resolution.P768;
  private String model = "MiniMax-Hailuo-2.3";
  private Scenario scenario;

  public static TaskBuilder aTask() {
    return new TaskBuilder();
  }

  public TaskBuilder withId(String id) {
    this.id = id;
    return this;
  }

  public TaskBuilder ownedBy(String keyId) {
    this.keyId = keyId;
    return this;
  }

  public TaskBuilder createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public TaskBuilder withFirstFrame(String storageKey) {
    this.firstFrameKey = storageKey;
    return this;
  }

  public TaskBuilder withModel(String model) {
    this.model = model;
    return this;
  }

  /** The scenario in the header's syntax, e.g. {@code "slow; queue=1"}. */
  public TaskBuilder withScenario(String scenario) {
    this.scenario = Scenario.parse(scenario, "test");
    return this;
  }

  public TaskBuilder withPrompt(String prompt) {
    this.prompt = prompt;
    return this;
  }

  public TaskBuilder lasting(int seconds, Resolution resolution) {
    this.durationSeconds = seconds;
    this.resolution = resolution;
    return this;
  }

  public Task build() {
    Mode mode = firstFrameKey == null ? Mode.TEXT_TO_VIDEO : Mode.IMAGE_TO_VIDEO;
    TaskRequest request = new TaskRequest(model, mode, prompt, null, CameraScriptParser.parse(prompt, false),
        durationSeconds, resolution, VideoFormat.HAILUO, false, false, firstFrameKey, null, scenario, List.of(), false);
    return Task.accepted(id, keyId, "novita", createdAt, request);
  }

  /** A failure of bad input that names no field, with {@code message}. */
  public static TaskFailure failure(String message) {
    return new TaskFailure(TaskFailure.Kind.INVALID_INPUT, null, message);
  }
}
