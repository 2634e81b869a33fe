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

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Chinese camera descriptions: "镜头缓缓推进", "镜头向左摇", "镜头拉远", "变焦推近". Most Chinese camera
 * verbs are everyday words (上升 is also what temperatures do, 跟随 what a dog does), so they need
 * 镜头 or another camera word before them; terms only film uses (变焦推近, 跟拍, 手持, 固定镜头) count
 * anywhere.
 */
final class ChinesePhrases extends PhraseBook {
  private static final String TOWARD = "(?:向|往|朝)";
  // Alternatives are tried in order, so a longer word comes before its prefix ("推进" before "推").

  private static final List<Phrase> PHRASES =
      List.of(
          anywhere("变焦推近|变焦拉近|推近变焦", ZOOM_IN),
          anywhere("变焦拉远|拉远变焦", ZOOM_OUT),
          anywhere("跟拍|跟随镜头|跟镜头|跟踪镜头", TRACKING_SHOT),
          anywhere("手持|晃动镜头|抖动镜头|摇晃镜头", SHAKE),
          anywhere("固定镜头|固定机位|静止镜头|定镜", STATIC_SHOT),
          anywhere("推镜头?", PUSH_IN),
          anywhere("拉镜头?", PULL_OUT),
          afterCamera(TOWARD + "左(?:侧|边)?摇(?:动|摄)?|左摇|摇向左(?:侧|边)?", PAN_LEFT),
          afterCamera(TOWARD + "右(?:侧|边)?摇(?:动|摄)?|右摇|摇向右(?:侧|边)?", PAN_RIGHT),
          afterCamera(TOWARD + "左(?:侧|边)?(?:平移|移动|移)|左平移|左移", TRUCK_LEFT),
          afterCamera(TOWARD + "右(?:侧|边)?(?:平移|移动|移)|右平移|右移", TRUCK_RIGHT),
          afterCamera("推进|推近|前推|拉近|靠近|逼近|前移|(?:向|往)前(?:推进|推近|推|移动|移)", PUSH_IN),
          afterCamera("拉远|后拉|拉开|后退|后移|远离|(?:向|往)后(?:拉远|拉|移动|移|退)", PULL_OUT),
          afterCamera("上升|升起|升高|抬升|上移|(?:向|往)上(?:移动|移|升起|升)", PEDESTAL_UP),
          afterCamera("下降|降低|降下|下移|下落|(?:向|往)下(?:移动|移|降落|降)", PEDESTAL_DOWN),
          afterCamera("上摇|" + TOWARD + "上(?:摇|仰)|仰起|上仰", TILT_UP),
          afterCamera("下摇|" + TOWARD + "下(?:摇|俯)|下俯", TILT_DOWN),
          afterCamera("放大", ZOOM_IN),
          afterCamera("缩小", ZOOM_OUT),
          afterCamera("晃动|摇晃|抖动|颤动|震动|颠簸", SHAKE),
          afterCamera("跟随|跟着|追随|追踪|跟踪|尾随", TRACKING_SHOT),
          afterCamera("保持不动|保持静止|固定(?:不动)?|静止(?:不动)?|不动", STATIC_SHOT));

  private static final Pattern CAMERA = Pattern.compile("镜头|摄像机|摄影机|相机|机位|画面|视角|运镜");

  /** Manner and order words that may stand between 镜头 and its verb, longest first. */
  private static final List<String> FILLER =
      Stream.of(
              "缓缓地", "缓缓", "慢慢地", "慢慢", "缓慢地", "缓慢", "逐渐地", "逐渐", "渐渐地", "渐渐", "快速地",
              "快速", "迅速地", "迅速", "平稳地", "平稳", "稳定地", "稳稳地", "轻轻地", "轻轻", "轻微地", "轻微",
              "微微", "稍稍", "稍微", "剧烈地", "剧烈", "猛烈地", "持续地", "持续", "继续", "开始", "然后", "接着",
              "随后", "之后", "最后", "再次", "再", "并且", "并", "又", "先", "也", "一直", "同时", "一边", "边",
              "地", "将", "会", "是", "则", "从远处", "从近处", "从高处", "从低处", "从空中", "镜头", "摄像机", "摄影机", "相机", "机位", "画面", "视角")
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  private static final Set<String> TOGETHER = Set.of("同时", "一边", "边");

  private static final int MAX_GAP = 16;

  // After the tables it is built from: static fields are set in the order they are written.
  static final ChinesePhrases INSTANCE = new ChinesePhrases();

  private ChinesePhrases() {
    super(PHRASES, CAMERA, MAX_GAP);
  }

  @Override
  Gap wordsBetween(String between) {
    boolean together = false;
    int at = 0;
    next:
    while (at < between.length()) {
      char c = between.charAt(at);
      if (Character.isWhitespace(c) || c == ',' || c == '、') {
        at++;
        continue;
      }
      for (String word : FILLER) {
        if (between.startsWith(word, at)) {
          together |= TOGETHER.contains(word);
          at += word.length();
          continue next;
        }
      }
      return Gap.BROKEN;
    }
    return together ? Gap.SIMULTANEOUS : Gap.SEQUENCE;
  }
}
