package io.reelgate.motion.encode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Walks the top-level boxes of an MP4 file; FFmpeg's demuxer does not say where moov was. */
final class Mp4Boxes {
  private Mp4Boxes() {}

  /**
   * True when the file has a moov box and it comes before the first mdat box (or there is none).
   */
  static boolean moovBeforeMdat(Path mp4) throws IOException {
    try (FileChannel channel = FileChannel.open(mp4, StandardOpenOption.READ)) {
      long size = channel.size();
      long position = 0;
      ByteBuffer header = ByteBuffer.allocate(16);
      while (position + 8 <= size) {
        header.clear().limit(8);
        readFully(channel, header, position);
        long boxSize = Integer.toUnsignedLong(header.getInt(0));
        String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
        if (type.equals("moov")) {
          return true;
        }
        if (type.equals("mdat")) {
          return false;
        }
        if (boxSize == 1) { // 64-bit size follows the type
          header.clear().limit(8);
          readFully(channel, header, position + 8);
          boxSize = header.getLong(0);
        } else if (boxSize == 0) { // box runs to the end of the file
          return false;
        }
        if (boxSize < 8) {
          return false; // not an MP4 box structure
        }
        position += boxSize;
      }
      return false;
    }
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position)
      throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("MP4 box header cut short at " + position);
      }
    }
  }
}
