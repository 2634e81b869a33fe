package io.reelgate.server.upstream;

/**
 * Where a setting is in the routing file, so that every error about it starts with the file's
 * name and the setting's path: {@code routes.yaml: routes.main.poll-every: ...}.
 */
record SettingPath(String fileName, String path) {

  /** The top of {@code fileName}: its errors name only the file. */
  static SettingPath top(String fileName) {
    return new SettingPath(fileName, "");
  }

  SettingPath key(String key) {
    return new SettingPath(fileName, path.isEmpty() ? key : path + "." + key);
  }

  SettingPath index(int index) {
    return new SettingPath(fileName, path + "[" + index + "]");
  }

  IllegalArgumentException error(String message) {
    return new IllegalArgumentException(fileName + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }
}
