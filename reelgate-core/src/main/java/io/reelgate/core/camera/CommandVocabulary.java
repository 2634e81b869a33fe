package io.reelgate.core.camera;

import static io.reelgate.core.camera.CameraMove.PEDESTAL_DOWN;
import static io.reelgate.core.camera.CameraMove.PEDESTAL_UP;
import static io.reelgate.core.camera.CameraMove.PULL_OUT;
import static io.reelgate.core.camera.CameraMove.PUSH_IN;
import static io.reelgate.core.camera.CameraMove.SHAKE;
import static io.reelgate.core.camera.CameraMove.STATIC_SHOT;
import static io.reelgate.core.camera.CameraMove.TRACKING_SHOT;
import static io.reelgate.core.camera.CameraMove.TRUCK_LEFT;
import static io.reelgate.core.camera.CameraMove.TRUCK_RIGHT;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names a single command may go by inside a bracket: the 15 standard English and Chinese names
 * and the synonyms users type. Names are compared by a key that ignores case, spaces, hyphens and
 * underscores, a leading "camera"/"镜头" and a trailing "shot"/"镜头", so {@code [ pan  LEFT ]},
 * {@code [Pan-left]}, {@code [Camera shake]} and {@code [固定镜头]} all resolve.
 *
 * <p>Synonyms are only words that mean one move and nothing else a prompt would bracket: "Dolly
 * left/right" (the HighwayAPI page's name for Truck), "Track left/right", "Dolly in"/"Push",
 * "Dolly out"/"Pull back"/"Pull", "Rise"/"Fall" (HighwayAPI's "Rise/fall" for Pedestal),
 * "Crane up/down", "Handheld", "Follow", "Fixed", "Locked off", and the Chinese 左平移/右平移, 摇晃,
 * 抖动, 手持, 跟拍, 静止. "Zoom" alone, "Push"/"Pull" for zoom, or 拉近 (push or zoom?) are not
 * accepted: they are ambiguous.
 */
final class CommandVocabulary {
  private static final Map<String, CameraMove> BY_KEY = vocabulary();

  private CommandVocabulary() {}

  /** The move a bracket part names, or empty when it is not a camera command. */
  static Optional<CameraMove> lookup(String part) {
    return Optional.ofNullable(BY_KEY.get(key(part)));
  }

  /** Every accepted name, by its key, with the move it names. */
  static Map<String, CameraMove> byKey() {
    return BY_KEY;
  }

  static String key(String name) {
    StringBuilder kept = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '_' || c == '.') {
        continue;
      }
      kept.append(c);
    }
    String key = kept.toString().toLowerCase(Locale.ROOT);
    key = withoutPrefix(key, "camera");
    key = withoutPrefix(key, "镜头");
    key = withoutSuffix(key, "shot");
    key = withoutSuffix(key, "镜头");
    return key;
  }

  private static String withoutPrefix(String key, String prefix) {
    return key.startsWith(prefix) && key.length() > prefix.length()
        ? key.substring(prefix.length())
        : key;
  }

  private static String withoutSuffix(String key, String suffix) {
    return key.endsWith(suffix) && key.length() > suffix.length()
        ? key.substring(0, key.length() - suffix.length())
        : key;
  }

  private static Map<String, CameraMove> vocabulary() {
    Map<String, CameraMove> byKey = new HashMap<>();
    for (CameraMove move : CameraMove.values()) {
      add(byKey, move.english(), move);
      add(byKey, move.chinese(), move);
    }
    add(byKey, "Dolly left", TRUCK_LEFT);
    add(byKey, "Dolly right", TRUCK_RIGHT);
    add(byKey, "Track left", TRUCK_LEFT);
    add(byKey, "Track right", TRUCK_RIGHT);
    add(byKey, "左平移", TRUCK_LEFT);
    add(byKey, "右平移", TRUCK_RIGHT);
    add(byKey, "Push", PUSH_IN);
    add(byKey, "Dolly in", PUSH_IN);
    add(byKey, "Pull", PULL_OUT);
    add(byKey, "Pull back", PULL_OUT);
    add(byKey, "Dolly out", PULL_OUT);
    add(byKey, "Rise", PEDESTAL_UP);
    add(byKey, "Fall", PEDESTAL_DOWN);
    add(byKey, "Crane up", PEDESTAL_UP);
    add(byKey, "Crane down", PEDESTAL_DOWN);
    add(byKey, "Handheld", SHAKE);
    add(byKey, "摇晃", SHAKE);
    add(byKey, "抖动", SHAKE);
    add(byKey, "手持", SHAKE);
    add(byKey, "Follow shot", TRACKING_SHOT);
    add(byKey, "跟拍", TRACKING_SHOT);
    add(byKey, "Fixed shot", STATIC_SHOT);
    add(byKey, "Locked off", STATIC_SHOT);
    add(byKey, "静止", STATIC_SHOT);
    return Map.copyOf(byKey);
  }

  private static void add(Map<String, CameraMove> byKey, String name, CameraMove move) {
    CameraMove before = byKey.putIfAbsent(key(name), move);
    if (before != null && before != move) {
      // A synonym that clashes with another move's name is a bug in this table, not user input.
      throw new IllegalStateException(name + " names both " + before + " and " + move);
    }
  }
}
