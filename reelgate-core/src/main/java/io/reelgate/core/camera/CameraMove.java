package io.reelgate.core.camera;

/** The 15 camera commands of the Hailuo prompt language, with their English and Chinese names. */
public enum CameraMove {
  TRUCK_LEFT("Truck left", "左移"),
  TRUCK_RIGHT("Truck right", "右移"),
  PAN_LEFT("Pan left", "左摇"),
  PAN_RIGHT("Pan right", "右摇"),
  PUSH_IN("Push in", "推进"),
  PULL_OUT("Pull out", "拉远"),
  PEDESTAL_UP("Pedestal up", "上升"),
  PEDESTAL_DOWN("Pedestal down", "下降"),
  TILT_UP("Tilt up", "上摇"),
  TILT_DOWN("Tilt down", "下摇"),
  ZOOM_IN("Zoom in", "变焦推近"),
  ZOOM_OUT("Zoom out", "变焦拉远"),
  SHAKE("Shake", "晃动"),
  TRACKING_SHOT("Tracking shot", "跟随"),
  STATIC_SHOT("Static shot", "固定");

  private final String english;
  private final String chinese;

  CameraMove(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /** The command as written in brackets in English, e.g. {@code Pan left}. */
  public String english() {
    return english;
  }

  /** The command as written in brackets in Chinese, e.g. {@code 左摇}. */
  public String chinese() {
    return chinese;
  }
}
