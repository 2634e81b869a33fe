package io.reelgate.core.request;

import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.image.DecodeThreads;
import io.reelgate.core.image.DefaultImageSource;
import java.time.Duration;
import io.reelgate.core.image.ImageInfo;
import io.reelgate.core.image.ImageInput;
import io.reelgate.core.image.ImageLoader;
import io.reelgate.core.image.ImageProbe;
import io.reelgate.core.image.ImageRules;
import io.reelgate.core.image.ImageSource;
import io.reelgate.core.model.Family;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Model;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.model.Ratio;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.VideoFormat;
import java.util.Arrays;
import java.util.List;
import io.reelgate.core.media.ReferenceRole;
import io.reelgate.core.scenario.PromptMarker;
import java.util.Set;
import java.util.List;
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

  private final ModelCatalog catalog;
  private final ImageSource images;
  private final ReferenceReader media;
  private final boolean decodeCheck;

  /** Reference clips and sound from public addresses only. */
  public RequestValidator(ModelCatalog catalog, ImageSource images) {
    this(catalog, images, MediaSources.publicOnly());
  }

  /**
   * The standard catalog's validator, fetching pictures, clips and sound from {@code data:} URIs
   * and URLs, each URL within {@code urlTimeout}.
   *
   * @param allowPrivateNetwork as {@link DefaultImageSource#DefaultImageSource(boolean)}
   */
  public static RequestValidator fetching(boolean allowPrivateNetwork, Duration urlTimeout) {
    return new RequestValidator(ModelCatalog.standard(), new DefaultImageSource(allowPrivateNetwork, urlTimeout),
        MediaSources.of(allowPrivateNetwork, urlTimeout));
  }

  public RequestValidator(ModelCatalog catalog, ImageSource images, MediaSources media) {
    this(catalog, images, media, true);
  }

  /**
   * @param decodeCheck whether a picture is decoded once to find damage past its header; false only
   *     for a caller that decodes it next thing anyway and refuses a damaged one the same way, naming
   *     the field ({@code reelgate render}, which would otherwise decode a large photo twice)
   */
  public RequestValidator(ModelCatalog catalog, ImageSource images, MediaSources media, boolean decodeCheck) {
    this.catalog = catalog;
    this.images = images;
    this.media = new ReferenceReader(media);
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
    String prompt = noPrompt && draft.promptOptionalWithImage() ? "" : prompt(marked.prompt(), model.family().maxPromptCodePoints());
    References references = draft.references() == null ? References.NONE : draft.references();
    Mode mode = mode(model, draft.image(), draft.endImage(), references);
    if (prompt.isEmpty() && mode == Mode.TEXT_TO_VIDEO) {
      throw new InvalidFieldException("prompt", "is required for text-to-video (it is optional only with an image)");
    }
    Resolution resolution = resolution(model, mode, draft.resolution());
    int duration = duration(model, mode, resolution, draft.duration());
    VideoFormat format = VideoFormat.of(model.family(), ratio(model, mode, draft.ratio()));
    boolean promptExpansion = draft.promptExpansion() == null || draft.promptExpansion();
    boolean fastPretreatment = draft.fastPretreatment() != null && draft.fastPretreatment();

    // A reference picture with no first frame is the picture the engine films.
    ImageInput firstFrame = switch (mode) {
      case TEXT_TO_VIDEO -> null;
      case REFERENCE_TO_VIDEO -> references.images().isEmpty() ? null : image(model, ReferenceRole.IMAGE.field(0), references.images().getFirst());
      case IMAGE_TO_VIDEO, FIRST_LAST_FRAME -> image(model, "image", draft.image());
    };
    ImageInput lastFrame = mode == Mode.FIRST_LAST_FRAME ? image(model, "end_image", draft.endImage()) : null;
    List<ReferenceFile> referenceFiles = media.read(references, firstFrame, (field, url) -> image(model, field, url));
    return new ValidatedRequest(
        model,
        mode,
        prompt,
        CameraScriptParser.parse(prompt, promptExpansion),
        firstFrame,
        lastFrame,
        duration,
        resolution,
        format,
        promptExpansion,
        fastPretreatment,
        draft.callbackUrl(),
        marked.scenario(),
        referenceFiles,
        Boolean.TRUE.equals(draft.watermark()));
  }

  private Model model(String id) {
    if (id == null || id.isBlank()) throw new InvalidFieldException("model", "is required");
    return catalog.require(id.strip(), "model");
  }

  private static String prompt(String prompt, int most) {
    if (prompt == null) throw new InvalidFieldException("prompt", "is required");
    if (prompt.isBlank()) throw new InvalidFieldException("prompt", "is blank; describe the video");
    int length = prompt.codePointCount(0, prompt.length());
    if (length > most) {
      throw new InvalidFieldException("prompt", "is " + length + " characters long; at most " + most + " are allowed");
    }
    return prompt;
  }

  private static Mode mode(Model model, String image, String endImage, References references) {
    boolean hasImage = image != null && !image.isBlank();
    boolean hasEndImage = endImage != null && !endImage.isBlank();
    ReferenceRules.check(references, hasImage || hasEndImage);
    if (hasEndImage && !hasImage) {
      throw new InvalidFieldException("end_image", "needs image: a last frame is only taken with a first frame");
    }
    Mode mode = references.isEmpty() ? Mode.of(hasImage, hasEndImage) : Mode.REFERENCE_TO_VIDEO;
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
      case REFERENCE_TO_VIDEO -> new InvalidFieldException(
          references.firstField(), model.id() + " does not take reference media; it" + does);
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

  /** "6 or 10", "4, 6, 8, 10 or 12". */
  private static String orList(List<String> items) {
    if (items.size() < 2) return String.join("", items);
    return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.getLast();
  }

  private static int duration(Model model, Mode mode, Resolution resolution, Integer requested) {
    int duration = requested == null ? model.defaultDuration() : requested;
    SortedSet<Integer> sold = model.durations();
    if (!sold.contains(duration)) {
      boolean range = sold.size() > 2 && sold.last() - sold.first() + 1 == sold.size();
      String seconds =
          range
              ? sold.first() + "-" + sold.last() + " whole"
              : orList(sold.stream().map(String::valueOf).toList());
      throw new InvalidFieldException("duration", "must be " + seconds + " seconds; got " + duration);
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

  /**
   * The frame's ratio, by MiniMax V2's rules (the only API that names one, besides the OpenAI
   * dialect's sizes): text-to-video needs a concrete ratio, the family's when none is asked, since
   * "adaptive" means the picture's shape and there is none; a frame mode films its picture's shape
   * whatever is asked, the value still checked; references take any ratio, adaptive when none is
   * asked.
   */
  private static Ratio ratio(Model model, Mode mode, String text) {
    String known = Arrays.stream(Ratio.values()).map(Ratio::wireName).collect(Collectors.joining(", "));
    Ratio asked =
        text == null
            ? null
            : Ratio.parse(text).orElseThrow(() -> new InvalidFieldException("ratio", "unknown ratio '" + text + "'; one of " + known));
    if (mode == Mode.REFERENCE_TO_VIDEO) return asked == null ? Ratio.ADAPTIVE : asked;
    if (mode != Mode.TEXT_TO_VIDEO) return Ratio.ADAPTIVE;
    if (asked == Ratio.ADAPTIVE) {
      throw new InvalidFieldException(
          "ratio", "adaptive follows the picture's shape, and text-to-video has none: choose one of " + known.replace("adaptive, ", ""));
    }
    return asked == null ? model.family().textRatio() : asked;
  }

  private ImageInput image(Model model, String field, String reference) {
    byte[] bytes = images.fetch(field, reference.strip());
    ImageInfo info = ImageProbe.probe(field, bytes);
    if (model.family() == Family.H3) {
      ImageRules.checkH3(field, info);
    } else {
      ImageRules.check(field, info);
    }
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
      case REFERENCE_TO_VIDEO -> "reference-to-video";
    };
  }
}
