package io.reelgate.core.camera;

import static io.reelgate.core.camera.CameraMove.PAN_LEFT;
import static io.reelgate.core.camera.CameraMove.PAN_RIGHT;
import static io.reelgate.core.camera.CameraMove.PEDESTAL_DOWN;
import static io.reelgate.core.camera.CameraMove.PEDESTAL_UP;
import static io.reelgate.core.camera.CameraMove.PULL_OUT;
import static io.reelgate.core.camera.CameraMove.PUSH_IN;
import static io.reelgate.core.camera.CameraMove.SHAKE;
import static io.reelgate.core.camera.CameraMove.STATIC_SHOT;
import static io.reelgate.core.camera.CameraMove.TILT_DOWN;
import static io.reelgate.core.camera.CameraMove.TILT_UP;
import static io.reelgate.core.camera.CameraMove.TRACKING_SHOT;
import static io.reelgate.core.camera.CameraMove.TRUCK_LEFT;
import static io.reelgate.core.camera.CameraMove.TRUCK_RIGHT;
import static io.reelgate.core.camera.CameraMove.ZOOM_IN;
import static io.reelgate.core.camera.CameraMove.ZOOM_OUT;
import static io.reelgate.core.camera.Phrase.afterCamera;
import static io.reelgate.core.camera.Phrase.anywhere;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** English camera descriptions: "the camera slowly zooms out", "pans to the left", "a dolly in". */
final class EnglishPhrases extends PhraseBook {
  private static final String S = "[\\s-]++";
  private static final String LEFT = "(?:to\\s++the\\s++|towards?\\s++the\\s++)?left(?:wards?)?\\b";
  private static final String RIGHT = "(?:to\\s++the\\s++|towards?\\s++the\\s++)?right(?:wards?)?\\b";
  private static final String UP = "up(?:wards?)?\\b";
  private static final String DOWN = "down(?:wards?)?\\b";
  private static final String PAN = "\\bpan(?:s|ned|ning)?" + S;
  private static final String TILT = "\\b(?:tilt(?:s|ed|ing)?|pan(?:s|ned|ning)?)" + S;
  private static final String ZOOM = "\\bzoom(?:s|ed|ing)?" + S;
  private static final String DOLLY = "\\bdoll(?:y|ies|ied|ying)" + S;
  private static final String TRUCK = "\\b(?:truck(?:s|ed|ing)?|doll(?:y|ies|ied|ying)|track(?:s|ed|ing)?)" + S;
  private static final String CRANE = "\\b(?:pedestal(?:s|ed|ing)?|cran(?:e|es|ed|ing)|boom(?:s|ed|ing)?)" + S;
  /** Verbs of travel: what follows them (closer, back, left, up) says which move. */
  private static final String MOVE =
      "\\b(?:move(?:s|d)?|moving|glid(?:e|es|ed|ing)|slid(?:e|es|ing)|travel(?:s|ed|led|ing|ling)?"
          + "|creep(?:s|ing)?|crept|drift(?:s|ed|ing)?|shift(?:s|ed|ing)?|push(?:es|ed|ing)?"
          + "|inch(?:es|ed|ing)?|edg(?:e|es|ed|ing)|go(?:es)?|going|went|pull(?:s|ed|ing)?"
          + "|draw(?:s|n|ing)?|back(?:s|ed|ing)?|track(?:s|ed|ing)?|truck(?:s|ed|ing)?|strafe(?:s|d)?)\\s++";
  private static final String TURN =
      "\\b(?:turn(?:s|ed|ing)?|swing(?:s|ing)?|swung|sweep(?:s|ing)?|swept|rotat(?:e|es|ed|ing)"
          + "|swivel(?:s|ed|led|ing|ling)?|whip(?:s|ped|ping)?)\\s++";
  private static final String LOOK = "\\b(?:look(?:s|ed|ing)?|angl(?:e|es|ed|ing)|point(?:s|ed|ing)?)\\s++";

  private static final List<Phrase> PHRASES =
      List.of(
          anywhere(PAN + LEFT, PAN_LEFT),
          anywhere(PAN + RIGHT, PAN_RIGHT),
          // "pans up" is a common slip for a tilt; a pan cannot go up.
          anywhere(TILT + UP, TILT_UP),
          anywhere(TILT + DOWN, TILT_DOWN),
          anywhere(ZOOM + "in(?:to|wards?)?\\b", ZOOM_IN),
          anywhere(ZOOM + "out\\b", ZOOM_OUT),
          anywhere("\\bpush(?:es|ed|ing)?" + S + "in\\b", PUSH_IN),
          anywhere(DOLLY + "(?:in|forwards?)\\b", PUSH_IN),
          anywhere(DOLLY + "(?:out|back|backwards?)\\b", PULL_OUT),
          anywhere("\\bpull" + S + "(?:out|back)" + S + "(?:shot|reveal)\\b", PULL_OUT),
          anywhere(TRUCK + LEFT, TRUCK_LEFT),
          anywhere(TRUCK + RIGHT, TRUCK_RIGHT),
          anywhere(CRANE + UP, PEDESTAL_UP),
          anywhere(CRANE + DOWN, PEDESTAL_DOWN),
          anywhere("\\bhand[\\s-]?held\\b", SHAKE),
          anywhere("\\bshaky(?:" + S + ")?(?:cam|camera|footage|shot|handheld|video)\\b", SHAKE),
          anywhere("\\bcamera" + S + "shake\\b", SHAKE),
          anywhere("\\b(?:tracking|follow(?:ing)?)" + S + "shot\\b", TRACKING_SHOT),
          anywhere("\\bfollow(?:s|ed|ing)?\\s++the\\s++(?:subject|character|action)\\b", TRACKING_SHOT),
          anywhere(
              "\\b(?:static|locked[\\s-]?(?:off|down)|fixed|stationary|still|tripod)"
                  + S
                  + "(?:camera|shot|view|angle)\\b",
              STATIC_SHOT),
          afterCamera(MOVE + "(?:in|closer|forwards?|nearer|towards?)\\b", PUSH_IN),
          afterCamera("\\b(?:approach(?:es|ed|ing)?|clos(?:e|es|ed|ing)\\s++in)\\b", PUSH_IN),
          afterCamera(MOVE + "(?:out|back|backwards?|away)\\b", PULL_OUT),
          afterCamera("\\b(?:retreat(?:s|ed|ing)?|withdraw(?:s|n|ing)?)\\b", PULL_OUT),
          afterCamera(MOVE + LEFT, TRUCK_LEFT),
          afterCamera(MOVE + RIGHT, TRUCK_RIGHT),
          afterCamera(TURN + LEFT, PAN_LEFT),
          afterCamera(TURN + RIGHT, PAN_RIGHT),
          afterCamera(LOOK + UP, TILT_UP),
          afterCamera(LOOK + DOWN, TILT_DOWN),
          afterCamera(MOVE + UP, PEDESTAL_UP),
          afterCamera(
              "\\b(?:ris(?:e|es|ing)|rose|ascend(?:s|ed|ing)?|lift(?:s|ed|ing)?|climb(?:s|ed|ing)?"
                  + "|elevat(?:e|es|ed|ing)|rais(?:es|ed|ing)|soar(?:s|ed|ing)?)\\b",
              PEDESTAL_UP),
          afterCamera(MOVE + DOWN, PEDESTAL_DOWN),
          afterCamera(
              "\\b(?:descend(?:s|ed|ing)?|lower(?:s|ed|ing)?|drop(?:s|ped|ping)?|sink(?:s|ing)?|sank"
                  + "|dip(?:s|ped|ping)?|fall(?:s|ing)?|fell)\\b",
              PEDESTAL_DOWN),
          afterCamera(
              "\\b(?:shak(?:e|es|ing|y)|shook|trembl(?:e|es|ed|ing)|wobbl(?:e|es|ed|ing|y)"
                  + "|jitter(?:s|ed|ing|y)?|jolt(?:s|ed|ing)?|vibrat(?:e|es|ed|ing)|jerk(?:s|ed|ing|y)?)\\b",
              SHAKE),
          afterCamera(
              "\\b(?:follow(?:s|ed|ing)?|track(?:s|ed|ing)?|trail(?:s|ed|ing)?|chas(?:e|es|ed|ing)"
                  + "|pursu(?:e|es|ed|ing))\\b",
              TRACKING_SHOT),
          afterCamera(
              "\\b(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|hold(?:s|ing)?|held|is|keeps?|kept"
                  + "|stand(?:s|ing)?)\\s++(?:completely\\s++|perfectly\\s++|totally\\s++|entirely\\s++)?"
                  + "(?:still|static|fixed|stationary|steady|motionless|locked[\\s-]?off|in\\s++place)\\b",
              STATIC_SHOT),
          afterCamera("\\b(?:does\\s++not|doesn't|never|won't|will\\s++not)\\s++move\\b", STATIC_SHOT));

  private static final Pattern CAMERA = Pattern.compile("\\b(?:camera|cam|lens|shot|view|viewpoint|pov)\\b");

  /** Words that may stand between "the camera" and its verb, or between two of its verbs. */
  private static final Set<String> FILLER =
      Set.of(
          "then", "and", "also", "now", "still", "further", "again", "finally", "next", "it", "its",
          "the", "camera", "cam", "lens", "shot", "view", "is", "to", "continues", "continue",
          "continuing", "begins", "begin", "starts", "start", "very", "more", "even", "a", "bit",
          "little", "before", "after", "at", "same", "time");

  private static final Set<String> TOGETHER =
      Set.of("while", "whilst", "as", "simultaneously", "meanwhile");

  /** Past this many characters a verb is too far from "the camera" to be its verb. */
  private static final int MAX_GAP = 80;

  private static final Pattern WORD_BREAK = Pattern.compile("[\\s,\\-\u2013\u2014]+");

  // After the tables it is built from: static fields are set in the order they are written.
  static final EnglishPhrases INSTANCE = new EnglishPhrases();

  private EnglishPhrases() {
    super(PHRASES, CAMERA, MAX_GAP);
  }

  @Override
  Gap wordsBetween(String between) {
    boolean together = false;
    for (String word : WORD_BREAK.split(between)) {
      if (word.isEmpty() || FILLER.contains(word)) continue;
      if (TOGETHER.contains(word)) together = true;
      else if (!isAdverb(word)) return Gap.BROKEN;
    }
    return together ? Gap.SIMULTANEOUS : Gap.SEQUENCE;
  }

  /** "slowly", "gently", "smoothly": manner words that do not change the subject. */
  private static boolean isAdverb(String word) {
    if (word.length() < 4 || !word.endsWith("ly")) return false;
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < 'a' || word.charAt(i) > 'z') return false;
    }
    return true;
  }
}
