package io.reelgate.motion.encode;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Reads the DT_SONAME of a 64-bit little-endian ELF shared library: the name other binaries ask the
 * dynamic linker for. Needed because the bytedeco jar ships some libraries under another file name
 * (libva.so whose soname is libva.so.2).
 */
final class ElfSoname {
  private static final int PT_LOAD = 1;
  private static final int PT_DYNAMIC = 2;
  private static final long DT_NULL = 0;
  private static final long DT_STRTAB = 5;
  private static final long DT_SONAME = 14;

  private ElfSoname() {}

  /** The soname, or empty when the file is not a 64-bit little-endian ELF or has none. */
  static Optional<String> of(Path library) throws IOException {
    try (FileChannel channel = FileChannel.open(library, StandardOpenOption.READ)) {
      if (channel.size() < 64) {
        return Optional.empty();
      }
      MappedByteBuffer elf = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      elf.order(ByteOrder.LITTLE_ENDIAN);
      boolean elf64Le =
          elf.getInt(0) == 0x464c457f && elf.get(4) == 2 && elf.get(5) == 1; // "\x7fELF", 64, LE
      if (!elf64Le) {
        return Optional.empty();
      }
      return soname(elf);
    } catch (IndexOutOfBoundsException e) {
      return Optional.empty(); // truncated or odd file: treat as not a library
    }
  }

  private static Optional<String> soname(MappedByteBuffer elf) {
    long headers = elf.getLong(0x20);
    int headerSize = Short.toUnsignedInt(elf.getShort(0x36));
    int headerCount = Short.toUnsignedInt(elf.getShort(0x38));
    long dynamicOffset = -1;
    long dynamicSize = 0;
    for (int i = 0; i < headerCount; i++) {
      int header = Math.toIntExact(headers + (long) i * headerSize);
      if (elf.getInt(header) == PT_DYNAMIC) {
        dynamicOffset = elf.getLong(header + 8);
        dynamicSize = elf.getLong(header + 32);
      }
    }
    if (dynamicOffset < 0) {
      return Optional.empty();
    }
    long stringTableAddress = -1;
    long sonameIndex = -1;
    for (long entry = dynamicOffset; entry + 16 <= dynamicOffset + dynamicSize; entry += 16) {
      long tag = elf.getLong(Math.toIntExact(entry));
      long value = elf.getLong(Math.toIntExact(entry + 8));
      if (tag == DT_NULL) {
        break;
      } else if (tag == DT_STRTAB) {
        stringTableAddress = value;
      } else if (tag == DT_SONAME) {
        sonameIndex = value;
      }
    }
    if (stringTableAddress < 0 || sonameIndex < 0) {
      return Optional.empty();
    }
    long stringTable = fileOffset(elf, headers, headerSize, headerCount, stringTableAddress);
    if (stringTable < 0) {
      return Optional.empty();
    }
    int start = Math.toIntExact(stringTable + sonameIndex);
    int end = start;
    while (elf.get(end) != 0) {
      end++;
    }
    byte[] name = new byte[end - start];
    elf.get(start, name);
    return Optional.of(new String(name, StandardCharsets.ISO_8859_1));
  }

  /**
   * Dynamic entries hold memory addresses; the loadable segment that holds one gives its offset.
   */
  private static long fileOffset(
      MappedByteBuffer elf, long headers, int headerSize, int headerCount, long address) {
    for (int i = 0; i < headerCount; i++) {
      int header = Math.toIntExact(headers + (long) i * headerSize);
      long offset = elf.getLong(header + 8);
      long virtualAddress = elf.getLong(header + 16);
      long fileSize = elf.getLong(header + 32);
      boolean inside = address >= virtualAddress && address < virtualAddress + fileSize;
      if (elf.getInt(header) == PT_LOAD && inside) {
        return address - virtualAddress + offset;
      }
    }
    return -1;
  }
}
