package io.reelgate.core.render;

import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.model.Resolution;
import java.awt.image.BufferedImage;

/**
 * Everything a renderer needs to render one clip. {@code firstFrame} and {@code lastFrame} are
 * decoded, upright sRGB pictures (null when the request had none); {@code model} is the catalog
 * id; {@code prompt} is the user's prompt as given, {@code script} the camera moves read from it;
 * {@code format} the file's ratio, frame rate and sound ({@link VideoFormat#HAILUO} for the V1 models).
 */
public record RenderJob(
    String model,
    String prompt,
    CameraScript script,
    BufferedImage firstFrame,
    BufferedImage lastFrame,
    int durationSeconds,
    Resolution resolution,
    VideoFormat format) {}
