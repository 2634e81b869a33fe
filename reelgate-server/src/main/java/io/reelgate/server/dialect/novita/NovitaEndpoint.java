package io.reelgate.server.dialect.novita;

import io.reelgate.core.model.Mode;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.task.Task;

/**
 * Novita's create endpoints: each is one model with the images its page documents, and the
 * {@code task_type} its results carry. Images an endpoint does not document are ignored as
 * unknown fields, as Novita does.
 */
enum NovitaEndpoint {
  HAILUO_23_FAST_I2V("minimax-hailuo-2.3-fast-i2v", ModelCatalog.HAILUO_23_FAST, "MINIMAX_HAILUO_2_3_FAST_I2V", Images.FIRST_REQUIRED),
  HAILUO_23_I2V("minimax-hailuo-2.3-i2v", ModelCatalog.HAILUO_23, "MINIMAX_HAILUO_2_3_I2V", Images.FIRST_REQUIRED),
  HAILUO_23_T2V("minimax-hailuo-2.3-t2v", ModelCatalog.HAILUO_23, "MINIMAX_HAILUO_2_3_T2V", Images.NONE),
  HAILUO_02("minimax-hailuo-02", ModelCatalog.HAILUO_02, "MINIMAX_HAILUO_02", Images.FIRST_AND_LAST_OPTIONAL);

  /** Which of {@code image} and {@code end_image} an endpoint reads. */
  enum Images {
    NONE,
    FIRST_REQUIRED,
    FIRST_AND_LAST_OPTIONAL
  }

  private final String path;
  private final String model;
  private final String taskType;
  private final Images images;

  NovitaEndpoint(String path, String model, String taskType, Images images) {
    this.path = path;
    this.model = model;
    this.taskType = taskType;
    this.images = images;
  }

  String path() {
    return "/v3/async/" + path;
  }

  String model() {
    return model;
  }

  String taskType() {
    return taskType;
  }

  Images images() {
    return images;
  }

  /**
   * The endpoint a task was created through, derived from its model and mode (Hailuo 2.3 serves
   * two endpoints, told apart by whether there is a first frame), so that no dialect field needs
   * storing and tasks created in another dialect still get a type.
   */
  static NovitaEndpoint of(Task task) {
    return switch (task.request().model()) {
      case ModelCatalog.HAILUO_23_FAST -> HAILUO_23_FAST_I2V;
      case ModelCatalog.HAILUO_23 -> task.request().mode() == Mode.TEXT_TO_VIDEO ? HAILUO_23_T2V : HAILUO_23_I2V;
      default -> HAILUO_02;
    };
  }
}
