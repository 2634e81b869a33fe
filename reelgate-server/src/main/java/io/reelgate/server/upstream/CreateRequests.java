package io.reelgate.server.upstream;

import io.reelgate.client.Dialect;
import io.reelgate.client.VideoRequest;
import io.reelgate.core.media.ReferenceRole;
import io.reelgate.core.model.Mode;
import io.reelgate.core.image.ImageProbe;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.task.Task;
import io.reelgate.core.task.TaskRequest;
import io.reelgate.server.files.Storage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Base64;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A task's create as a route takes it: the model by its upstream name, the same {@code
 * Idempotency-Key} on every send of the task, the input pictures inline or by link as the route
 * says ({@link ImageDelivery}). For MiniMax-H3 (the V2 engines) also the ratio, the watermark flag
 * and the reference items: pictures as the route says, clips and sound always by signed link, since
 * a data URI of a 50 MB clip would make a create of 67 MB, over V2's 64 MB body limit.
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
    if (route.engine().dialect() == Dialect.MINIMAX_V2) request = h3(request, asked, route);
    if (asked.mode() == Mode.REFERENCE_TO_VIDEO) return request; // its first frame is its first reference picture
    if (asked.firstFrameKey() != null) request = request.withImage(picture(asked.firstFrameKey(), route));
    if (asked.lastFrameKey() != null) request = request.withEndImage(picture(asked.lastFrameKey(), route));
    return request;
  }

  /** What only MiniMax V2 takes: the ratio, the watermark flag when asked, the reference items. */
  private VideoRequest h3(VideoRequest request, TaskRequest asked, RouteSettings route) throws IOException {
    VideoRequest h3 = request.withRatio(asked.format().ratio().wireName());
    if (asked.watermark()) h3 = h3.withWatermark(true);
    if (asked.references().isEmpty()) return h3;
    List<String> images = new ArrayList<>();
    for (String key : asked.referenceKeys(ReferenceRole.IMAGE)) images.add(picture(key, route));
    List<String> videos = asked.referenceKeys(ReferenceRole.VIDEO).stream().map(linkToStoredFile).toList();
    List<String> audios = asked.referenceKeys(ReferenceRole.AUDIO).stream().map(linkToStoredFile).toList();
    return h3.withReferences(new VideoRequest.References(images, videos, audios));
  }

  private String picture(String key, RouteSettings route) throws IOException {
    if (route.images() == ImageDelivery.LINK) return linkToStoredFile.apply(key);
    byte[] bytes = storage.read(key);
    String type = ImageProbe.probe("image", bytes).format().name().toLowerCase(Locale.ROOT);
    return "data:image/" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }
}
