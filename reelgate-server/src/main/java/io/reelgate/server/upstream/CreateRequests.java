package io.reelgate.server.upstream;

import io.reelgate.client.VideoRequest;
import io.reelgate.core.image.ImageProbe;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskRequest;
import io.reelgate.server.files.Storage;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A task's create as a route takes it: the model by its upstream name, the same {@code
 * Idempotency-Key} on every send of the task, the input pictures inline or by link as the route
 * says ({@link ImageDelivery}).
 */
final class CreateRequests {
  private final Storage storage;
  private final UnaryOperator<String> linkToStoredFile;

  /**
   * @param linkToStoredFile a public, signed link to a stored file, for routes that take pictures
   *     by link ({@link ImageDelivery#LINK})
   */
  CreateRequests(Storage storage, UnaryOperator<String> linkToStoredFile) {
    this.storage = storage;
    this.linkToStoredFile = linkToStoredFile;
  }

  VideoRequest of(Task task, RouteSettings route) throws IOException {
    TaskRequest asked = task.request();
    String model = asked.model();
    if (model.startsWith(ModelCatalog.GPTPROTO)) model = model.substring(ModelCatalog.GPTPROTO.length());
    VideoRequest request = VideoRequest.of(asked.prompt().isEmpty() ? null : asked.prompt())
        .withModel(model)
        .withDuration(asked.durationSeconds())
        .withResolution(asked.resolution().wireName())
        .withPromptExpansion(asked.promptExpansion())
        // The same key on every send of this task: an upstream that honours it makes one task.
        .withIdempotencyKey("reelgate-" + task.id());
    if (asked.firstFrameKey() != null) request = request.withImage(picture(asked.firstFrameKey(), route));
    if (asked.lastFrameKey() != null) request = request.withEndImage(picture(asked.lastFrameKey(), route));
    return request;
  }

  private String picture(String key, RouteSettings route) throws IOException {
    if (route.images() == ImageDelivery.LINK) return linkToStoredFile.apply(key);
    byte[] bytes = storage.read(key);
    String type = ImageProbe.probe("image", bytes).format().name().toLowerCase(Locale.ROOT);
    return "data:image/" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }
}
