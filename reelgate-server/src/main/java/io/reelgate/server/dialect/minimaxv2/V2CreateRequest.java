package io.reelgate.server.dialect.minimaxv2;

import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.request.CallbackUrls;
import io.reelgate.core.request.References;
import io.reelgate.core.request.RequestValidator;
import io.reelgate.core.request.ValidatedRequest;
import io.reelgate.core.request.VideoRequestDraft;
import io.reelgate.server.http.JsonFields;
import io.reelgate.core.media.ReferenceRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.List;

/**
 * Reads a {@code POST /v2/video_generation} body into a core request: {@code model}, the {@code
 * content[]} items, {@code duration}, {@code resolution}, {@code ratio}, {@code callback_url} and
 * {@code aigc_watermark} (a boolean, kept with the task and passed upstream; the local engine adds
 * no watermark). An item's role decides where its media goes; the counts, exclusions, sizes and
 * lengths are the core's rules, and its errors are renamed to the wire's names ({@code
 * first_frame}, {@code last_frame}, {@code text}, and {@code content[2].video_url} for one
 * reference item).
 *
 * <p>Choices: the text is required (MiniMax asks for one non-empty text item, with or without
 * media); one image with no role is the first frame, as documented, and an image without a role
 * among several is refused, since its place cannot be told.
 */
final class V2CreateRequest {
  private V2CreateRequest() {}

  static ValidatedRequest validate(RequestValidator validator, JsonFields body, List<String> sold) {
    String model = ModelCatalog.requireOneOf(body.string("model"), "model", sold);
    Boolean watermark = body.bool("aigc_watermark");
    Content content = Content.read(body.objects("content"));
    VideoRequestDraft draft =
        new VideoRequestDraft(model, content.text, content.firstFrame, content.lastFrame, body.integer("duration"),
            body.string("resolution"), null, null, false, CallbackUrls.parse("callback_url", body.string("callback_url")))
        .withRatio(body.string("ratio"))
        .withReferences(new References(content.images, content.videos, content.audios))
        .withWatermark(watermark);
    try {
      return validator.validate(draft);
    } catch (InvalidFieldException e) {
      throw switch (e.field()) {
        case "image" -> e.renamed("first_frame");
        case "end_image" -> e.renamed("last_frame");
        case "prompt" -> e.renamed("text");
        default -> content.item(e.field()).map(e::renamed).orElse(e); // model, duration, ratio, reference_*: the wire's names
      };
    }
  }

  /** The items of {@code content[]}, sorted by role. */
  private static final class Content {
    String text;
    String firstFrame;
    String lastFrame;
    final List<String> images = new ArrayList<>();
    final List<String> videos = new ArrayList<>();
    final List<String> audios = new ArrayList<>();
    /** Where each reference item sits: {@code reference_video[1]} to {@code content[3].video_url}. */
    final Map<String, String> places = new HashMap<>();

    static Content read(List<JsonFields> items) {
      if (items == null || items.isEmpty()) {
        throw new InvalidFieldException("content", "is required: an array with one text item, and any media items");
      }
      long images = items.stream().filter(item -> "image_url".equals(item.string("type"))).count();
      Content content = new Content();
      for (int i = 0; i < items.size(); i++) content.add("content[" + i + "]", items.get(i), images);
      if (content.text == null) throw new InvalidFieldException("text", "is required: one content item of type text");
      return content;
    }

    private void add(String at, JsonFields item, long images) {
      String type = item.string("type");
      String role = item.string("role");
      if (type == null) throw new InvalidFieldException(at + ".type", "is required: text, image_url, video_url or audio_url");
      switch (type) {
        case "text" -> text(at, item);
        case "image_url" -> image(at, role == null && images == 1 ? "first_frame" : role, url(at, item, type));
        case "video_url" -> only(at, role, ReferenceRole.VIDEO, videos, url(at, item, type));
        case "audio_url" -> only(at, role, ReferenceRole.AUDIO, audios, url(at, item, type));
        default -> throw new InvalidFieldException(at + ".type", "must be text, image_url, video_url or audio_url; got '" + type + "'");
      }
    }

    private void text(String at, JsonFields item) {
      if (text != null) throw new InvalidFieldException(at, "a second text item; content takes exactly one");
      String value = item.string("text");
      if (value == null || value.isBlank()) throw new InvalidFieldException(at + ".text", "is required and must not be blank");
      text = value;
    }

    private void image(String at, String role, String url) {
      if (role == null) throw new InvalidFieldException(at + ".role", "is required when content has more than one image");
      switch (role) {
        case "first_frame" -> firstFrame = once(at, "first_frame", firstFrame, url);
        case "last_frame" -> lastFrame = once(at, "last_frame", lastFrame, url);
        case "reference_image" -> placed(at + ".image_url", ReferenceRole.IMAGE, images, url);
        default -> throw new InvalidFieldException(
            at + ".role", "an image's role is first_frame, last_frame or reference_image; got '" + role + "'");
      }
    }

    private static String once(String at, String role, String earlier, String url) {
      if (earlier != null) throw new InvalidFieldException(at + ".role", "a second " + role + "; at most one is taken");
      return url;
    }

    private void only(String at, String role, ReferenceRole expected, List<String> into, String url) {
      if (role != null && !role.equals(expected.wireName())) {
        throw new InvalidFieldException(at + ".role", "must be " + expected.wireName() + " for this type; got '" + role + "'");
      }
      placed(at + "." + expected.name().toLowerCase(Locale.ROOT) + "_url", expected, into, url);
    }

    private void placed(String wireField, ReferenceRole role, List<String> into, String url) {
      places.put(role.field(into.size()), wireField);
      into.add(url);
    }

    /** The wire field of a core field that names one reference item. */
    Optional<String> item(String coreField) {
      return Optional.ofNullable(places.get(coreField));
    }

    private static String url(String at, JsonFields item, String type) {
      JsonFields holder = item.object(type);
      String url = holder == null ? null : holder.string("url");
      if (url == null || url.isBlank()) throw new InvalidFieldException(at + "." + type + ".url", "is required");
      return url;
    }
  }
}
