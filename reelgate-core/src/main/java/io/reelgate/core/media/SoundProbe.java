package io.reelgate.core.media;

import java.nio.charset.StandardCharsets;

/**
 * Reads a sound file's length from its headers: a WAV's {@code fmt } and {@code data} chunks, or
 * an MP3's frame headers (after an ID3v2 tag, if any), counted one by one up to the first that is
 * not one. Nothing is decoded; the walk is one step per chunk or frame, so no more than the bytes
 * given allow.
 */
final class SoundProbe {
  private static final int[] MPEG1_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
  private static final int[] MPEG2_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
  private static final int[][] RATES = {{11025, 12000, 8000}, null, {22050, 24000, 16000}, {44100, 48000, 32000}};

  private SoundProbe() {}

  static MediaInfo probe(byte[] b) {
    if (b.length >= 12 && ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) return wav(b);
    return mp3(b);
  }

  private static MediaInfo wav(byte[] b) {
    long byteRate = -1;
    int at = 12;
    while (at <= b.length - 8) {
      long size = u32le(b, at + 4);
      if (ascii(b, at, "fmt ")) {
        if (size < 16 || at + 8 + 16 > b.length) throw new MalformedMediaException("truncated WAV fmt chunk");
        byteRate = u32le(b, at + 16);
        if (byteRate == 0) throw new MalformedMediaException("the WAV's byte rate is 0");
      } else if (ascii(b, at, "data")) {
        if (byteRate < 0) throw new MalformedMediaException("the WAV has no fmt chunk before its data");
        // A streamed WAV may say 0 or 0xFFFFFFFF here: the bytes present are what plays.
        long present = Math.min(size == 0 ? Long.MAX_VALUE : size, b.length - at - 8L);
        return new MediaInfo("wav", (double) present / byteRate, 0);
      }
      at += 8 + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - at - 8L);
    }
    throw new MalformedMediaException("the WAV has no data chunk");
  }

  private static MediaInfo mp3(byte[] b) {
    int at = 0;
    if (b.length >= 10 && ascii(b, 0, "ID3")) {
      at = 10 + ((b[6] & 0x7F) << 21 | (b[7] & 0x7F) << 14 | (b[8] & 0x7F) << 7 | (b[9] & 0x7F));
    }
    long samples = 0;
    int rate = 0;
    int frames = 0;
    while (at <= b.length - 4) {
      int h = (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
      int version = (h >>> 19) & 3; // 3 = MPEG 1, 2 = MPEG 2, 0 = MPEG 2.5
      int bitrateIndex = (h >>> 12) & 15;
      int rateIndex = (h >>> 10) & 3;
      boolean layer3 = ((h >>> 17) & 3) == 1;
      if ((h >>> 21) != 0x7FF || version == 1 || !layer3 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) break;
      rate = RATES[version][rateIndex];
      boolean mpeg1 = version == 3;
      int kbps = (mpeg1 ? MPEG1_KBPS : MPEG2_KBPS)[bitrateIndex];
      int padding = (h >>> 9) & 1;
      at += (mpeg1 ? 144 : 72) * kbps * 1000 / rate + padding;
      samples += mpeg1 ? 1152 : 576;
      frames++;
    }
    if (frames < 2) throw new MalformedMediaException("neither an MP3 (MPEG layer III frames) nor a WAV file");
    return new MediaInfo("mp3", (double) samples / rate, 0);
  }

  private static long u32le(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (long) (b[at + 3] & 0xFF) << 24;
  }

  private static boolean ascii(byte[] b, int at, String text) {
    byte[] wanted = text.getBytes(StandardCharsets.US_ASCII);
    if (at < 0 || at > b.length - wanted.length) return false;
    for (int i = 0; i < wanted.length; i++) if (b[at + i] != wanted[i]) return false;
    return true;
  }
}
