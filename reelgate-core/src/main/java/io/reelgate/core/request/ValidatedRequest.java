package io.reelgate.core.request;

import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.image.ImageInput;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Model;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.core.scenario.Scenario;
import java.net.URI;
import java.util.List;

/**
 * A validated create request: every rule the providers document holds for it. {@code firstFrame}
 * and {@code lastFrame} are null when the mode has none; {@code callbackUrl} is null when the
 * client asked for no webhook; {@code scenario} is null unless a prompt marker chose one (the
 * dialect's create may choose another, {@link #withScenario}); {@code format} is the file's shape,
 * its model family's with the ratio the rules chose; {@code references} are MiniMax V2's reference
 * items, fetched and checked (the first picture among them is also {@code firstFrame}, the
 * picture the engine films), empty elsewhere; {@code watermark} is V2's {@code aigc_watermark},
 * kept to be passed upstream (the local engine adds none).
 */
public record ValidatedRequest(
    Model model,
    Mode mode,
    String prompt,
    CameraScript script,
    ImageInput firstFrame,
    ImageInput lastFrame,
    int durationSeconds,
    Resolution resolution,
    VideoFormat format,
    boolean promptExpansion,
    boolean fastPretreatment,
    URI callbackUrl,
    Scenario scenario,
    List<ReferenceFile> references,
    boolean watermark) {

  public ValidatedRequest {
    references = List.copyOf(references);
  }

  /** The same request making a file of {@code chosen} format. */
  public ValidatedRequest withFormat(VideoFormat chosen) {
    return new ValidatedRequest(model, mode, prompt, script, firstFrame, lastFrame, durationSeconds, resolution,
        chosen, promptExpansion, fastPretreatment, callbackUrl, scenario, references, watermark);
  }

  /** The same request to behave like {@code chosen} (null for no scenario). */
  public ValidatedRequest withScenario(Scenario chosen) {
    return new ValidatedRequest(model, mode, prompt, script, firstFrame, lastFrame, durationSeconds, resolution,
        format, promptExpansion, fastPretreatment, callbackUrl, chosen, references, watermark);
  }
}
