package io.reelgate.server.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.camera.CameraMove;
import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.camera.CameraShot;
import java.util.Comparator;
import java.util.List;

/**
 * A task's camera script in its {@code camera_script} column, as JSON: {@code {"shots": [["PAN_LEFT",
 * "PEDESTAL_UP"], ["PUSH_IN"]], "defaulted": false}}. The script's prompt is not stored twice; it
 * is the task's expanded prompt, or its prompt.
 */
final class CameraScriptColumn {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Stored(List<List<CameraMove>> shots, boolean defaulted) {}

  private CameraScriptColumn() {}

  static String write(CameraScript script) {
    List<List<CameraMove>> shots =
        script.shots().stream().map(shot -> shot.moves().stream().sorted(Comparator.naturalOrder()).toList()).toList();
    try {
      return JSON.writeValueAsString(new Stored(shots, script.defaulted()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a camera script", e);
    }
  }

  /**
   * The script kept in {@code column}; for a task accepted before scripts were kept (null), the
   * script read from its prompt, as it was read then.
   */
  static CameraScript read(String column, String prompt, String expandedPrompt, boolean promptExpansion) {
    if (column == null) return CameraScriptParser.parse(prompt, promptExpansion);
    try {
      Stored stored = JSON.readValue(column, Stored.class);
      List<CameraShot> shots = stored.shots().stream().map(moves -> new CameraShot(java.util.Set.copyOf(moves))).toList();
      return new CameraScript(shots, expandedPrompt != null ? expandedPrompt : prompt, stored.defaulted());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a task's camera script is not readable: " + column, e);
    }
  }
}
