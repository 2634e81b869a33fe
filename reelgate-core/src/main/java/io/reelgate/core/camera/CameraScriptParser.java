package io.reelgate.core.camera;

import io.reelgate.core.camera.BracketReader.Bracket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the camera moves out of a prompt, the way the Hailuo prompt language describes them.
 * docs/CAMERA.md has the same rules with examples.
 *
 * <h2>Bracket commands</h2>
 *
 * The 15 {@link CameraMove commands}, in English or Chinese, in {@code [ ]}, {@code ［ ］} or
 * {@code 【 】} brackets (any opening with any closing). Case, spaces, hyphens and full-width
 * letters do not matter: {@code [ pan  LEFT ]}, {@code [Push-in]}, {@code [Ｐａｎ ｌｅｆｔ]}. The
 * synonyms users type are listed in {@code CommandVocabulary}: "Dolly left/right" (Truck), "Dolly
 * in", "Push" (Push in), "Dolly out", "Pull back", "Pull" (Pull out), "Rise"/"Fall", "Crane
 * up/down" (Pedestal), "Tracking", "Follow" (Tracking shot), "Static", "Fixed", "Locked off"
 * (Static shot), "Handheld", "Camera shake" (Shake), and a few Chinese ones.
 *
 * <ul>
 *   <li>Commands in one bracket, separated by {@code ,} {@code ，} {@code 、} {@code ;} or
 *       {@code ；}, run at the same time: one {@link CameraShot}.
 *   <li>Brackets that follow each other run in sequence: one shot each, in order, each an equal
 *       share of the clip. Their number is not capped here.
 *   <li>A bracket with anything in it that is not a command ({@code [Scene 1]}, {@code [Pan left,
 *       slowly]}) is plain text, as a whole: no error, no half reading.
 *   <li>Contradicting moves in one bracket: the later one wins ({@code [Pan left, Pan right]} is a
 *       pan right; {@code [Static shot, Zoom in]} a zoom in). See {@code SimultaneousMoves}.
 * </ul>
 *
 * <h2>Natural language</h2>
 *
 * Read only when prompt expansion is on <em>and</em> the prompt has no bracket command: explicit
 * commands are what the user asked for, so they win and the words around them are not read a
 * second time. English and Chinese descriptions ("the camera slowly zooms out", "镜头向左摇") become
 * the same moves; see {@code NaturalLanguageReader}. The script's prompt is then the user's prompt
 * with the understood moves appended as standard bracket commands, in the prompt's language
 * ("The camera slowly zooms out over the city [Zoom out]"), so that a user can see what was read.
 * With expansion off, or with bracket commands, the prompt is kept as given.
 *
 * <h2>Default</h2>
 *
 * A prompt with no camera instruction gets {@link #DEFAULT_SHOT}, a push in: a gentle move toward
 * the subject is what viewers take for a neutral, "cinematic" camera, where a locked-off frame
 * reads as a still picture. How slow is the engine's choice. The script is then marked {@code
 * defaulted} and its prompt is left as given, since the user named nothing.
 */
public final class CameraScriptParser {
  /** What the camera does when the prompt does not say: a slow push in. */
  static final CameraShot DEFAULT_SHOT = CameraShot.of(CameraMove.PUSH_IN);

  private CameraScriptParser() {}

  /**
   * @param prompt the user's prompt; null is read as empty (an image-to-video request may have no
   *     prompt)
   * @param promptExpansion whether the request asked for prompt expansion
   */
  public static CameraScript parse(String prompt, boolean promptExpansion) {
    String given = prompt == null ? "" : prompt;
    String text = PromptText.normalize(given);
    List<Bracket> brackets = BracketReader.read(text);
    List<String> warnings = BracketWarnings.of(PromptText.fold(given), text, brackets);
    List<Bracket> commands = brackets.stream().filter(b -> b.shot().isPresent()).toList();
    if (!commands.isEmpty()) return new CameraScript(atTheirSpeed(text, commands), given, false, warnings);
    if (promptExpansion) {
      List<CameraShot> described = NaturalLanguageReader.read(text);
      if (!described.isEmpty()) {
        return new CameraScript(described, expanded(given, described), false, warnings);
      }
    }
    return new CameraScript(List.of(DEFAULT_SHOT), given, true, warnings);
  }

  private static List<CameraShot> atTheirSpeed(String text, List<Bracket> commands) {
    List<SpeedWords.Span> spans = commands.stream().map(b -> new SpeedWords.Span(b.open(), b.close())).toList();
    List<Speed> speeds = SpeedWords.of(text, spans);
    List<CameraShot> shots = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) shots.add(commands.get(i).shot().orElseThrow().at(speeds.get(i)));
    return shots;
  }

  /**
   * A one-line account of a script for logs and docs, such as {@code [Pan left,Pedestal up] then
   * [Zoom in]}, or {@code [Push in] (default)} when no move was named.
   */
  public static String describe(CameraScript script) {
    String shots =
        script.shots().stream().map(shot -> bracket(shot, false)).collect(Collectors.joining(" then "));
    return script.defaulted() ? shots + " (default)" : shots;
  }

  /** One shot written as the standard bracket command, moves in the order of {@link CameraMove}. */
  static String bracket(CameraShot shot, boolean chinese) {
    return shot.moves().stream()
        .sorted(Comparator.naturalOrder())
        .map(move -> chinese ? move.chinese() : move.english())
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static String expanded(String given, List<CameraShot> described) {
    boolean chinese = PromptText.mostlyChinese(given);
    String commands =
        described.stream().map(shot -> bracket(shot, chinese)).collect(Collectors.joining(" "));
    return given.stripTrailing() + " " + commands;
  }
}
