package io.reelgate.core.task;

import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.media.ReferenceRole;
import java.util.List;
import io.reelgate.core.model.Mode;
import io.reelgate.core.model.Resolution;
import io.reelgate.core.render.VideoFormat;
import io.reelgate.core.scenario.Scenario;

/**
 * What a task asks for, fixed when it is accepted: the validated request with its pictures
 * replaced by the storage keys they were saved under. {@code script} is the camera script read
 * from the prompt once, at create; {@code expandedPrompt} is the prompt the engine reads when
 * prompt expansion is on; {@code scenario} is the real-world case it is to behave like
 * (docs/SCENARIOS.md); {@code format} the file's ratio, frame rate and sound ({@link
 * VideoFormat#HAILUO} for tasks stored before it was kept); {@code references} MiniMax V2's
 * reference items in their order, pictures, clips, sound (the first picture's key is also {@code
 * firstFrameKey}; none for tasks stored before V19); {@code watermark} V2's {@code aigc_watermark},
 * for the upstream. Nullable: {@code expandedPrompt}, {@code firstFrameKey}, {@code lastFrameKey},
 * {@code scenario}.
 */
public record TaskRequest(
    String model,
    Mode mode,
    String prompt,
    String expandedPrompt,
    CameraScript script,
    int durationSeconds,
    Resolution resolution,
    VideoFormat format,
    boolean promptExpansion,
    boolean fastPretreatment,
    String firstFrameKey,
    String lastFrameKey,
    Scenario scenario,
    List<StoredReference> references,
    boolean watermark) {

  public TaskRequest {
    references = List.copyOf(references);
  }

  /** The keys of the references of {@code role}, in order. */
  public List<String> referenceKeys(ReferenceRole role) {
    return references.stream().filter(r -> r.role() == role).map(StoredReference::key).toList();
  }
}
