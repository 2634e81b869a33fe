package io.reelgate.core.media;

/**
 * Reads an MP4's length and its video track's frame rate from its boxes: the movie header's
 * duration ({@code moov/mvhd}), and for the first track whose handler is {@code vide}, its media
 * header's duration ({@code mdia/mdhd}) and its sample count ({@code mdia/minf/stbl/stts}). No
 * sample is decoded. The walk visits each box once and at most {@link #MAX_BOXES} in all, so a
 * file of nested or tiny boxes costs no more than its size.
 */
final class Mp4Probe {
  static final int MAX_BOXES = 10_000;
  private static final int MAX_DEPTH = 8;

  private final byte[] b;
  private int boxes;
  private double movieSeconds = -1;
  private double trackSeconds = -1;
  private long trackFrames = -1;

  private Mp4Probe(byte[] bytes) {
    this.b = bytes;
  }

  static MediaInfo probe(byte[] bytes) {
    if (bytes.length < 12 || !type(bytes, 4, "ftyp")) throw new MalformedMediaException("not an MP4 file (no ftyp box first)");
    Mp4Probe probe = new Mp4Probe(bytes);
    probe.walk(0, bytes.length, 0);
    if (probe.movieSeconds < 0) throw new MalformedMediaException("the MP4 has no movie header (moov/mvhd)");
    if (probe.trackFrames < 0) throw new MalformedMediaException("the MP4 has no video track");
    double seconds = probe.movieSeconds > 0 ? probe.movieSeconds : probe.trackSeconds;
    if (seconds <= 0) throw new MalformedMediaException("the MP4 does not say how long it is");
    double trackLength = probe.trackSeconds > 0 ? probe.trackSeconds : seconds;
    return new MediaInfo("mp4", seconds, probe.trackFrames / trackLength);
  }

  /**
   * Reads the boxes between {@code from} and {@code to}, and what they say about the track they
   * belong to (a trak's handler, media duration and sample count sit at different depths under it).
   */
  private TrackFacts walk(int from, int to, int depth) {
    boolean video = false;
    double seconds = -1;
    long frames = -1;
    int at = from;
    while (at <= to - 8) {
      if (++boxes > MAX_BOXES) throw new MalformedMediaException("the MP4 has more than " + MAX_BOXES + " boxes");
      long size = u32(at);
      int header = 8;
      if (size == 1) {
        if (at > to - 16) throw new MalformedMediaException("truncated MP4 box");
        size = (u32(at + 8) << 32) | u32(at + 12);
        header = 16;
      } else if (size == 0) {
        size = to - at;
      }
      if (size < header || size > to - at) throw new MalformedMediaException("an MP4 box runs past its parent");
      int body = at + header;
      int end = (int) (at + size);
      String type = new String(b, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      switch (type) {
        case "moov", "mdia", "minf", "stbl" -> {
          TrackFacts facts = descend(body, end, depth);
          video |= facts.video;
          if (facts.seconds >= 0) seconds = facts.seconds;
          if (facts.frames >= 0) frames = facts.frames;
        }
        case "trak" -> {
          TrackFacts facts = descend(body, end, depth);
          if (facts.video && trackFrames < 0) {
            trackFrames = Math.max(0, facts.frames);
            trackSeconds = facts.seconds;
          }
        }
        case "mvhd" -> movieSeconds = duration(body, end);
        case "mdhd" -> seconds = duration(body, end);
        case "hdlr" -> video = body + 12 <= end && type(b, body + 8, "vide");
        case "stts" -> frames = sampleCount(body, end);
        default -> { } // skipped: mdat, free, udta, ...
      }
      at = end;
    }
    return new TrackFacts(video, seconds, frames);
  }

  /** What the boxes under one box said about the track they belong to; -1 for not said. */
  private record TrackFacts(boolean video, double seconds, long frames) {}

  private TrackFacts descend(int from, int to, int depth) {
    if (depth >= MAX_DEPTH) throw new MalformedMediaException("MP4 boxes nested too deep");
    return walk(from, to, depth + 1);
  }

  /** A movie or media header's duration in seconds: version 0 has 32-bit times, version 1 64-bit. */
  private double duration(int body, int end) {
    boolean wide = body < end && b[body] == 1;
    int timescaleAt = body + (wide ? 20 : 12);
    int needed = wide ? 32 : 20;
    if (body + needed > end) throw new MalformedMediaException("truncated MP4 header box");
    long timescale = u32(timescaleAt);
    long duration = wide ? (u32(timescaleAt + 4) << 32) | u32(timescaleAt + 8) : u32(timescaleAt + 4);
    if (timescale == 0) throw new MalformedMediaException("an MP4 header has a timescale of 0");
    return wide && duration < 0 ? -1 : (double) duration / timescale;
  }

  /** The samples a time-to-sample table counts: its entries are (count, delta) pairs. */
  private long sampleCount(int body, int end) {
    if (body + 8 > end) throw new MalformedMediaException("truncated MP4 stts box");
    long entries = u32(body + 4);
    if (entries > (end - body - 8) / 8) throw new MalformedMediaException("the MP4 stts box claims more entries than it holds");
    long samples = 0;
    for (int i = 0; i < entries; i++) samples += u32(body + 8 + 8 * i);
    return samples;
  }

  private long u32(int at) {
    return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
  }

  private static boolean type(byte[] bytes, int at, String type) {
    for (int i = 0; i < 4; i++) if (bytes[at + i] != type.charAt(i)) return false;
    return true;
  }
}
