package io.reelgate.core.request;

import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.image.ImageInput;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Model;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.core.scenario.Scenario;
import java.net.URI;

/**
 * A validated create request: every rule the providers document holds for it. {@code firstFrame}
 * and {@code lastFrame} are null when the mode has none; {@code callbackUrl} is null when the
 * client asked for no webhook; {@code scenario} is null unless a prompt marker chose one (the
 * dialect's create may choose another, {@link #withScenario}); {@code format} is the file's shape,
 * its model family's with the ratio the rules chose.
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
    Scenario scenario) {

  /** The same request to behave like {@code chosen} (null for no scenario). */
  public ValidatedRequest withScenario(Scenario chosen) {
    return new ValidatedRequest(model, mode, prompt, script, firstFrame, lastFrame, durationSeconds, resolution,
        format, promptExpansion, fastPretreatment, callbackUrl, chosen);
  }
}
