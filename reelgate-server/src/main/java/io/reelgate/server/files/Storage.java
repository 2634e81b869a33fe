package io.reelgate.server.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Where task files live (input pictures, result videos), by key such as
 * {@code tasks/<id>/result.mp4}. The local folder is the default backend.
 */
public interface Storage {
  /** Stores {@code file} under {@code key}, replacing what was there; the file may be moved. */
  void put(String key, Path file) throws IOException;

  void put(String key, byte[] bytes) throws IOException;

  /** The size in bytes, or empty when there is no such object. */
  OptionalLong size(String key) throws IOException;

  /** Reads {@code length} bytes from {@code offset}; the caller closes the stream. */
  InputStream open(String key, long offset, long length) throws IOException;

  default byte[] read(String key) throws IOException {
    long size = size(key).orElseThrow(() -> new java.io.FileNotFoundException(key));
    try (InputStream in = open(key, 0, size)) {
      return in.readAllBytes();
    }
  }

  void delete(String key) throws IOException;

  /**
   * Throws when the storage cannot be used right now; cheap, for the readiness probe. By
   * default, asks for the size of a key that need not exist.
   */
  default void checkReachable() throws IOException {
    size(READINESS_KEY);
  }

  /** The key {@link #checkReachable} looks up; nothing is stored under it. */
  String READINESS_KEY = "readiness-check";
}
