package io.reelgate.server.files;

/**
 * The one rule for storage keys, whatever the backend: a relative path of plain segments
 * separated by {@code /}, such as {@code tasks/abc/result.mp4}. Nothing that could climb out of
 * the storage root ({@code ..}), start at the file-system root, or mean something else on
 * Windows (backslashes, drive letters) passes.
 */
public final class StorageKeys {
  private static final int MAX_LENGTH = 512;

  private StorageKeys() {}

  /** Returns {@code key} when it is a valid key; {@link IllegalArgumentException} otherwise. */
  public static String check(String key) {
    if (key == null || key.isEmpty()) throw refused(key, "it is empty");
    if (key.length() > MAX_LENGTH) throw refused(key, "it is longer than " + MAX_LENGTH + " characters");
    if (key.startsWith("/")) throw refused(key, "it is absolute");
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
        throw refused(key, "it contains the character U+" + String.format("%04X", (int) c));
      }
    }
    for (String segment : key.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw refused(key, "it has an empty, '.' or '..' segment");
      }
    }
    return key;
  }

  private static IllegalArgumentException refused(String key, String why) {
    return new IllegalArgumentException("bad storage key '" + key + "': " + why);
  }
}
