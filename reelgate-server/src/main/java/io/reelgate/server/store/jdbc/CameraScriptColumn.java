package io.reelgate.server.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reelgate.core.camera.CameraMove;
import io.reelgate.core.camera.CameraScript;
import io.reelgate.core.camera.CameraScriptParser;
import io.reelgate.core.camera.CameraShot;
import io.reelgate.core.camera.Speed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A task's camera script in its {@code camera_script} column, as JSON: {@code {"shots": [["PAN_LEFT",
 * "PEDESTAL_UP"], ["PUSH_IN"]], "speeds": ["SLOW", "NORMAL"], "defaulted": false, "warnings": []}}.
 * Rows written before speeds and warnings were kept lack them: their shots are at normal speed and
 * they have no warnings, as they were read then. The script's prompt is not stored twice; it is
 * the task's expanded prompt, or its prompt.
 */
final class CameraScriptColumn {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Stored(
      List<List<CameraMove>> shots, List<Speed> speeds, boolean defaulted, List<String> warnings) {}

  private CameraScriptColumn() {}

  static String write(CameraScript script) {
    List<List<CameraMove>> shots =
        script.shots().stream().map(shot -> shot.moves().stream().sorted(Comparator.naturalOrder()).toList()).toList();
    try {
      List<Speed> speeds = script.shots().stream().map(CameraShot::speed).toList();
      return JSON.writeValueAsString(new Stored(shots, speeds, script.defaulted(), script.warnings()));
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
      List<CameraShot> shots = new ArrayList<>();
      for (int i = 0; i < stored.shots().size(); i++) {
        Speed speed = stored.speeds() == null ? Speed.NORMAL : stored.speeds().get(i);
        shots.add(new CameraShot(Set.copyOf(stored.shots().get(i)), speed));
      }
      List<String> warnings = stored.warnings() == null ? List.of() : stored.warnings();
      return new CameraScript(
          shots, expandedPrompt != null ? expandedPrompt : prompt, stored.defaulted(), warnings);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a task's camera script is not readable: " + column, e);
    }
  }
}
