package io.reelgate.core.request;

import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.image.DecodeThreads;
import io.reelgate.core.image.ImageInfo;
import io.reelgate.core.image.ImageInput;
import io.reelgate.core.image.ImageLoader;
import io.reelgate.core.image.ImageProbe;
import io.reelgate.core.image.ImageRules;
import io.reelgate.core.image.ImageSource;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Model;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.scenario.PromptMarker;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns a draft into a {@link ValidatedRequest} or refuses it with the first broken rule, naming the
 * core field. The cheap fields are checked first, so that a request with a bad duration never
 * costs an image download.
 *
 * <p>Choices: a prompt of only whitespace is refused like a missing one (the providers count
 * characters, but a blank prompt describes nothing and the camera parser has nothing to read);
 * prompt length is counted in code points, so an emoji or a rare CJK character counts once.
 */
public final class RequestValidator {
  static final int MAX_PROMPT_CODE_POINTS = 2000;

  private final ModelCatalog catalog;
  private final ImageSource images;
  private final boolean decodeCheck;

  public RequestValidator(ModelCatalog catalog, ImageSource images) {
    this(catalog, images, true);
  }

  /**
   * @param decodeCheck whether a picture is decoded once to find damage past its header; false only
   *     for a caller that decodes it next thing anyway and refuses a damaged one the same way, naming
   *     the field ({@code reelgate render}, which would otherwise decode a large photo twice)
   */
  public RequestValidator(ModelCatalog catalog, ImageSource images, boolean decodeCheck) {
    this.catalog = catalog;
    this.images = images;
    this.decodeCheck = decodeCheck;
  }

  /**
   * The validated request, or the first broken rule. A scenario marker ({@link PromptMarker}) is
   * taken out of the prompt first: the rules, the camera and the task see the prompt without it.
   */
  public ValidatedRequest validate(VideoRequestDraft draft) {
    Model model = model(draft.model());
    PromptMarker.Read marked = PromptMarker.read(draft.prompt());
    boolean noPrompt = marked.prompt() == null || marked.prompt().isBlank();
    String prompt = noPrompt && draft.promptOptionalWithImage() ? "" : prompt(marked.prompt());
    Mode mode = mode(model, draft.image(), draft.endImage());
    if (prompt.isEmpty() && mode == Mode.TEXT_TO_VIDEO) {
      throw new InvalidFieldException("prompt", "is required for text-to-video (it is optional only with an image)");
    }
    Resolution resolution = resolution(model, mode, draft.resolution());
    int duration = duration(model, mode, resolution, draft.duration());
    boolean promptExpansion = draft.promptExpansion() == null || draft.promptExpansion();
    boolean fastPretreatment = draft.fastPretreatment() != null && draft.fastPretreatment();

    ImageInput firstFrame = mode == Mode.TEXT_TO_VIDEO ? null : image("image", draft.image());
    ImageInput lastFrame = mode == Mode.FIRST_LAST_FRAME ? image("end_image", draft.endImage()) : null;
    return new ValidatedRequest(
        model,
        mode,
        prompt,
        CameraScriptParser.parse(prompt, promptExpansion),
        firstFrame,
        lastFrame,
        duration,
        resolution,
        promptExpansion,
        fastPretreatment,
        draft.callbackUrl(),
        marked.scenario());
  }

  private Model model(String id) {
    if (id == null || id.isBlank()) throw new InvalidFieldException("model", "is required");
    return catalog.require(id.strip(), "model");
  }

  private static String prompt(String prompt) {
    if (prompt == null) throw new InvalidFieldException("prompt", "is required");
    if (prompt.isBlank()) throw new InvalidFieldException("prompt", "is blank; describe the video");
    int length = prompt.codePointCount(0, prompt.length());
    if (length > MAX_PROMPT_CODE_POINTS) {
      throw new InvalidFieldException(
          "prompt", "is " + length + " characters long; at most " + MAX_PROMPT_CODE_POINTS + " are allowed");
    }
    return prompt;
  }

  private static Mode mode(Model model, String image, String endImage) {
    boolean hasImage = image != null && !image.isBlank();
    boolean hasEndImage = endImage != null && !endImage.isBlank();
    if (hasEndImage && !hasImage) {
      throw new InvalidFieldException("end_image", "needs image: a last frame is only taken with a first frame");
    }
    Mode mode = Mode.of(hasImage, hasEndImage);
    if (model.supports(mode)) return mode;
    String does = " does " + model.modes().stream().sorted().map(RequestValidator::name).collect(Collectors.joining(" and "));
    throw switch (mode) {
      case TEXT_TO_VIDEO -> new InvalidFieldException(
          "image",
          model.modes().equals(Set.of(Mode.IMAGE_TO_VIDEO))
              ? model.id() + " is image-to-video only: image is required"
              : model.id() + " does not do text-to-video: image is required");
      case IMAGE_TO_VIDEO -> new InvalidFieldException("image", model.id() + does + ", not image-to-video");
      case FIRST_LAST_FRAME -> new InvalidFieldException(
          "end_image", model.id() + " does not take a last frame; it" + does);
    };
  }

  private static Resolution resolution(Model model, Mode mode, String text) {
    SortedSet<Resolution> offered = model.resolutions(mode);
    if (text == null) {
      if (model.supports(mode, model.defaultResolution())) return model.defaultResolution();
      return offered.first(); // a mode whose table lacks the model's default; none today
    }
    Resolution resolution =
        Resolution.parse(text)
            .orElseThrow(
                () -> new InvalidFieldException(
                    "resolution", "unknown resolution '" + text + "'; " + model.id() + " offers " + list(offered) + " for " + name(mode)));
    if (!offered.contains(resolution)) {
      throw new InvalidFieldException(
          "resolution",
          resolution + " is not offered by " + model.id() + " for " + name(mode) + "; it offers " + list(offered));
    }
    return resolution;
  }

  private static int duration(Model model, Mode mode, Resolution resolution, Integer requested) {
    int duration = requested == null ? model.defaultDuration() : requested;
    if (duration != 6 && duration != 10) {
      throw new InvalidFieldException("duration", "must be 6 or 10 seconds; got " + duration);
    }
    if (model.supports(mode, resolution, duration)) return duration;
    String offeredHere =
        model.durations(mode, resolution).stream().map(d -> d + " s").collect(Collectors.joining(" or "));
    SortedSet<Resolution> withDuration =
        model.resolutions(mode).stream()
            .filter(r -> model.supports(mode, r, duration))
            .collect(Collectors.toCollection(TreeSet::new));
    String remedy =
        withDuration.isEmpty()
            ? model.id() + " does not offer " + duration + " s for " + name(mode)
            : "duration " + duration + " needs " + list(withDuration);
    throw new InvalidFieldException("duration", resolution + " is only offered for " + offeredHere + "; " + remedy);
  }

  private ImageInput image(String field, String reference) {
    byte[] bytes = images.fetch(field, reference.strip());
    ImageInfo info = ImageProbe.probe(field, bytes);
    ImageRules.check(field, info);
    if (!decodeCheck) return new ImageInput(bytes, info);
    // Decoded once here, at the size the engine will read it (a few hundred ms at most): a picture
    // that is truncated or corrupt past its header is refused now, naming its field, rather than
    // accepted and failing its task later. The pixels are dropped; the task keeps the bytes.
    try {
      DecodeThreads.run(() -> ImageLoader.load(field, bytes));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the request was abandoned while its " + field + " was decoded", e);
    }
    return new ImageInput(bytes, info);
  }

  private static String list(SortedSet<Resolution> resolutions) {
    return resolutions.stream().map(Resolution::wireName).collect(Collectors.joining(", "));
  }

  private static String name(Mode mode) {
    return switch (mode) {
      case TEXT_TO_VIDEO -> "text-to-video";
      case IMAGE_TO_VIDEO -> "image-to-video";
      case FIRST_LAST_FRAME -> "first+last-frame";
    };
  }
}
