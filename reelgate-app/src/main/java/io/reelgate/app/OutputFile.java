package io.reelgate.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a command is to write, checked before the work that fills it (a render, a task on a
 * server): a folder that does not exist or cannot be written to is one sentence at once, rather
 * than an encoder's error after the work, or a task paid for and never saved.
 */
final class OutputFile {
  private OutputFile() {}

  /**
   * @return why {@code path} cannot be written, as the end of a sentence, or null when it can:
   *     checked by creating it (and deleting it again) when it does not exist yet, which asks the
   *     file system itself (permissions, a read-only mount) rather than guessing from mode bits
   */
  static String problem(Path path) {
    if (Files.isDirectory(path)) return path + " is a folder";
    Path folder = path.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) return "no such folder: " + folder;
    if (Files.exists(path)) return Files.isWritable(path) ? null : "cannot write " + path + ": permission denied";
    try {
      Files.delete(Files.createFile(path));
      return null;
    } catch (AccessDeniedException e) {
      return "cannot write " + path + ": permission denied";
    } catch (FileSystemException e) {
      return "cannot write " + path + (e.getReason() == null ? "" : ": " + e.getReason());
    } catch (IOException e) {
      return "cannot write " + path + ": " + e.getMessage();
    }
  }
}
