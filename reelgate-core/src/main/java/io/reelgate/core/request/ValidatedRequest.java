package io.reelgate.core.request;

import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.image.ImageInput;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Model;
import io.reelgate.core.model.Resolution;
import java.net.URI;

/**
 * A validated create request: every rule the providers document holds for it. {@code firstFrame}
 * and {@code lastFrame} are null when the mode has none; {@code callbackUrl} is null when the
 * client asked for no webhook.
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
    boolean promptExpansion,
    boolean fastPretreatment,
    URI callbackUrl) {}
