package io.reelgate.server.dialect.gptproto;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.model.Mode;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The {@code {scene}} of GPTProto's path: which images the body is read for. */
enum Scene {
  /** The prompt alone; {@code image} and {@code end_image} are ignored as unknown fields. */
  TEXT_TO_VIDEO("text-to-video"),
  /** {@code image} is required; {@code end_image} optional (first and last frames). */
  IMAGE_TO_VIDEO("image-to-video");

  private final String wireName;

  Scene(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }

  /** The path parameter's scene, or an error naming {@code scene}. */
  static Scene fromPath(String name) {
    return Arrays.stream(values())
        .filter(s -> s.wireName.equals(name))
        .findFirst()
        .orElseThrow(
            () -> new InvalidFieldException(
                "scene",
                "unknown scene '" + name + "' in the path; known: "
                    + Arrays.stream(values()).map(Scene::wireName).collect(Collectors.joining(", "))));
  }

  /** The scene a stored task was created through: any task with a first frame is image-to-video. */
  static Scene of(Mode mode) {
    return mode == Mode.TEXT_TO_VIDEO ? TEXT_TO_VIDEO : IMAGE_TO_VIDEO;
  }
}
