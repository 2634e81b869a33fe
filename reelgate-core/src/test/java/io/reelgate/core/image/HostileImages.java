package io.reelgate.core.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Small files that lie: headers claiming huge sizes, frames larger than their canvas, endless scans. */
final class HostileImages {
  private HostileImages() {}

  static byte[] png(int width, int height) {
    return ImageProbeTest.pngHeader(width, height);
  }

  /**
   * A complete, valid 16-bit RGB PNG of {@code side x side} whose rows are one repeated stripe
   * pattern, so that it compresses about 140:1: 7071 a side is 50 megapixels (300 MB of samples)
   * in 2.2 MB, like the file of issue 12 that raised the server's RSS by 700 MB when decoded in full.
   */
  static byte[] png16(int side) {
    byte[] row = new byte[1 + side * 6]; // filter byte 0 (none), then R, G, B of 16 bits each
    for (int x = 0; x < side; x++) {
      int level = (x / 64) % 2 == 0 ? 0x1234 : 0xFEDC; // stripes 64 px wide
      for (int c = 0; c < 3; c++) {
        row[1 + x * 6 + c * 2] = (byte) (level >> 8);
        row[1 + x * 6 + c * 2 + 1] = (byte) level;
      }
    }
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    try (var deflate = new java.util.zip.DeflaterOutputStream(idat, new java.util.zip.Deflater(), 1 << 16)) {
      for (int y = 0; y < side; y++) deflate.write(row);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 16).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    pngChunk(png, "IHDR", ihdr.array());
    pngChunk(png, "IDAT", idat.toByteArray());
    pngChunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void pngChunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(name);
    crc.update(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    png.writeBytes(name);
    png.writeBytes(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** SOI and a baseline frame header (three components), nothing after. */
  static byte[] jpeg(int width, int height) {
    return new byte[] {
      (byte) 0xFF, (byte) 0xD8,
      (byte) 0xFF, (byte) 0xC0, 0, 17, 8,
      (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width,
      3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
    };
  }

  /** An extended WebP (VP8X) canvas, which may be up to 16777216 px a side, and no frame. */
  static byte[] webpCanvas(int width, int height) {
    return riff(vp8x(width, height));
  }

  /** An animated WebP whose one frame is the VP8 picture of the still WebP {@code still}. */
  static byte[] animatedWebp(byte[] still, int width, int height) {
    byte[] vp8 = java.util.Arrays.copyOfRange(still, 12, still.length); // the VP8 chunk, as it stands
    ByteBuffer vp8x = chunk("VP8X", 10);
    vp8x.put((byte) 0x02).put(new byte[3]); // animation
    put24(vp8x, width - 1);
    put24(vp8x, height - 1);
    ByteBuffer anim = chunk("ANIM", 6).putInt(0).putShort((short) 0);
    ByteBuffer anmf = chunk("ANMF", 16 + vp8.length);
    put24(anmf, 0);
    put24(anmf, 0);
    put24(anmf, width - 1);
    put24(anmf, height - 1);
    put24(anmf, 100);
    anmf.put((byte) 0).put(vp8);
    return riff(vp8x.array(), anim.array(), anmf.array());
  }

  /** A small VP8X canvas holding a lossless frame that claims to be much larger. */
  static byte[] webpFrameLargerThanCanvas(int canvas, int frame) {
    ByteBuffer vp8l = chunk("VP8L", 5);
    long bits = (frame - 1) | ((long) (frame - 1) << 14);
    vp8l.put((byte) 0x2F).putInt((int) bits);
    return riff(vp8x(canvas, canvas), vp8l.array());
  }

  /** A valid-looking JPEG header followed by {@code scans} empty start-of-scan segments. */
  static byte[] jpegWithScans(int width, int height, int scans) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(jpeg(width, height));
    for (int i = 0; i < scans; i++) {
      out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0});
    }
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
    return out.toByteArray();
  }

  private static byte[] vp8x(int width, int height) {
    ByteBuffer b = chunk("VP8X", 10);
    b.putInt(0);
    put24(b, width - 1);
    put24(b, height - 1);
    return b.array();
  }

  private static ByteBuffer chunk(String fourcc, int size) {
    ByteBuffer b = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
    b.put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(size);
    return b;
  }

  private static void put24(ByteBuffer b, int value) {
    b.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
  }

  private static byte[] riff(byte[]... chunks) {
    int size = 4;
    for (byte[] c : chunks) size += c.length;
    ByteBuffer b = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size).put("WEBP".getBytes(StandardCharsets.US_ASCII));
    for (byte[] c : chunks) b.put(c);
    return b.array();
  }
}
