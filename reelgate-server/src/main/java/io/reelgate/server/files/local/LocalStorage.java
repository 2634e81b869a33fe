package io.reelgate.server.files.local;

import io.reelgate.server.files.Storage;
import io.reelgate.server.files.StorageKeys;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.OptionalLong;

/**
 * Files in a folder on the local disk, one per key. A file appears under its key whole or not at
 * all: it is written (or moved) to a temporary name beside the target, synced to disk, then
 * renamed over the key in one atomic step, so a crash never leaves half a file under a key (at
 * worst a {@code .put-*.tmp} file beside it).
 */
public final class LocalStorage implements Storage {
  private final Path root;

  /** Creates {@code root} when missing. */
  public LocalStorage(Path root) {
    try {
      this.root = Files.createDirectories(root).toAbsolutePath().normalize();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the storage folder " + root, e);
    }
  }

  public Path root() {
    return root;
  }

  @Override
  public void put(String key, Path file) throws IOException {
    Path target = pathOf(key);
    Path temporary = temporaryBeside(target);
    try {
      // A rename when the file is on the same disk; a copy then delete when it is not.
      Files.move(file, temporary, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      publish(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  @Override
  public void put(String key, byte[] bytes) throws IOException {
    Path target = pathOf(key);
    Path temporary = temporaryBeside(target);
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) channel.write(buffer);
        channel.force(true);
      }
      publish(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  @Override
  public OptionalLong size(String key) throws IOException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(pathOf(key), BasicFileAttributes.class);
      return attributes.isRegularFile() ? OptionalLong.of(attributes.size()) : OptionalLong.empty();
    } catch (NoSuchFileException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * The bytes from {@code offset}, at most {@code length} of them: fewer when the file ends
   * first. {@link FileNotFoundException} when there is no such key.
   */
  @Override
  public InputStream open(String key, long offset, long length) throws IOException {
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("offset and length must not be negative: " + offset + ", " + length);
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(pathOf(key), StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new FileNotFoundException(key);
    }
    channel.position(offset);
    return new BoundedInputStream(Channels.newInputStream(channel), length);
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(pathOf(key));
  }

  private Path pathOf(String key) {
    Path path = root.resolve(StorageKeys.check(key)).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("bad storage key '" + key + "': it leaves the storage folder");
    }
    return path;
  }

  private static Path temporaryBeside(Path target) throws IOException {
    Path folder = Files.createDirectories(target.getParent());
    return Files.createTempFile(folder, ".put-", ".tmp");
  }

  private static void publish(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the storage folder does not support atomic renames: " + target.getParent(), e);
    }
    syncFolder(target.getParent());
  }

  /** Makes the rename itself durable. Linux allows syncing a folder; other systems may not. */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Not supported here (Windows): the rename is still atomic, only perhaps not yet durable.
    }
  }
}
