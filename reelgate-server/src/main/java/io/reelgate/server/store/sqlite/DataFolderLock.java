package io.reelgate.server.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Proof that this process is the only server using a data folder: an exclusive lock on {@code
 * server.lock} in it, which the operating system releases when the process dies, even by kill -9.
 * It is what allows the worker pool to hand back at start every task a previous run left
 * PROCESSING. Other commands (such as {@code reelgate keys}) use the database without it.
 */
public final class DataFolderLock implements AutoCloseable {
  public static final String FILE_NAME = "server.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataFolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** @throws IllegalStateException when another server (process or instance) holds the folder */
  public static DataFolderLock acquire(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    Path file = dataDir.resolve(FILE_NAME);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this very process, through another channel
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IllegalStateException(
          "another Reelgate server is using the data folder " + dataDir.toAbsolutePath()
              + " (it holds " + file.getFileName() + ")");
    }
    return new DataFolderLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
