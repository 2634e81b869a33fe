package io.reelgate.core.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Small, well-formed media files for tests, written as the formats' specifications lay them out. */
public final class MediaFiles {
  private MediaFiles() {}

  /** An MP4 whose movie lasts {@code seconds} and whose video track has {@code frames} samples over that time. */
  public static byte[] mp4(double seconds, int frames) {
    int timescale = 1000;
    long duration = Math.round(seconds * timescale);
    byte[] mvhd = box("mvhd", ints(0, 0, 0, timescale, (int) duration), new byte[80]);
    byte[] hdlr = box("hdlr", ints(0, 0), "vide".getBytes(StandardCharsets.US_ASCII), new byte[12]);
    byte[] mdhd = box("mdhd", ints(0, 0, 0, timescale, (int) duration), new byte[4]);
    byte[] stts = box("stts", ints(0, 1, frames, (int) (duration / Math.max(1, frames))));
    byte[] trak = box("trak", box("mdia", mdhd, hdlr, box("minf", box("stbl", stts))));
    return concat(box("ftyp", "isom".getBytes(StandardCharsets.US_ASCII), ints(512)), box("moov", mvhd, trak), box("mdat", new byte[16]));
  }

  /** A 16-bit PCM WAV of {@code seconds} at 8 kHz mono. */
  public static byte[] wav(double seconds) {
    int rate = 8000;
    int dataBytes = (int) Math.round(seconds * rate) * 2;
    ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes).put("WAVE".getBytes(StandardCharsets.US_ASCII));
    b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate)
        .putInt(rate * 2).putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
    return b.array();
  }

  /** An MPEG-1 layer III stream of 128 kbit/s 44.1 kHz frames (silent payload) lasting about {@code seconds}, after an ID3v2 tag. */
  public static byte[] mp3(double seconds) {
    int frames = (int) Math.round(seconds * 44100 / 1152);
    int frameBytes = 144 * 128_000 / 44100; // 417, no padding
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 20});
    out.writeBytes(new byte[20]);
    for (int i = 0; i < frames; i++) {
      byte[] frame = new byte[frameBytes];
      frame[0] = (byte) 0xFF;
      frame[1] = (byte) 0xFB; // MPEG-1, layer III, no CRC
      frame[2] = (byte) 0x90; // 128 kbit/s, 44.1 kHz, no padding
      frame[3] = (byte) 0x44;
      out.writeBytes(frame);
    }
    return out.toByteArray();
  }

  static byte[] box(String type, byte[]... parts) {
    byte[] body = concat(parts);
    return concat(ints(8 + body.length), type.getBytes(StandardCharsets.US_ASCII), body);
  }

  static byte[] ints(int... values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length);
    for (int v : values) b.putInt(v);
    return b.array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) out.writeBytes(part);
    return out.toByteArray();
  }
}
