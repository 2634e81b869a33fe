package io.reelgate.core.media;

import io.reelgate.core.error.InvalidFieldException;
import java.util.List;
import java.util.Locale;

/**
 * MiniMax V2's limits for reference clips and sound, after their bytes were fetched (the sizes,
 * 50 MB and 15 MB, are held while fetching): a clip is an MP4 of 2-15 s at 23.976-60 frames per
 * second; a sound file an MP3 or WAV of 2-15 s; each kind at most 15 s in all. Lengths are read
 * from the headers ({@link Mp4Probe}, {@link SoundProbe}), to the millisecond, so that a clip of
 * 15.0004 s passes.
 */
public final class MediaRules {
  static final double MIN_SECONDS = 2;
  static final double MAX_SECONDS = 15;
  /** 24000/1001, written as the providers write it: a 23.976 fps clip passes. */
  static final double MIN_FPS = 23.976;
  static final double MAX_FPS = 60;

  private MediaRules() {}

  /** The clip's facts, or an error naming {@code field} and the rule it broke. */
  public static MediaInfo checkVideo(String field, byte[] bytes) {
    MediaInfo info = read(field, bytes, true);
    length(field, "the video", info.seconds());
    double fps = Math.round(info.framesPerSecond() * 1000) / 1000.0;
    if (fps < MIN_FPS || fps > MAX_FPS) {
      throw new InvalidFieldException(field, "the video runs at " + format(fps) + " fps; it must be 23.976-60 fps");
    }
    return info;
  }

  /** The sound file's facts, or an error naming {@code field} and the rule it broke. */
  public static MediaInfo checkAudio(String field, byte[] bytes) {
    MediaInfo info = read(field, bytes, false);
    length(field, "the audio", info.seconds());
    return info;
  }

  /** Refuses clips (or sound files) that together run over 15 s, naming the kind's field. */
  public static void checkTotal(ReferenceRole role, List<MediaInfo> items) {
    double total = items.stream().mapToDouble(MediaInfo::seconds).sum();
    if (milliseconds(total) > MAX_SECONDS) {
      throw new InvalidFieldException(
          role.wireName(), "the " + (role == ReferenceRole.VIDEO ? "videos" : "audio files") + " run " + format(total)
              + " s together; at most 15 s in all is taken");
    }
  }

  private static MediaInfo read(String field, byte[] bytes, boolean video) {
    try {
      return video ? Mp4Probe.probe(bytes) : SoundProbe.probe(bytes);
    } catch (MalformedMediaException | IndexOutOfBoundsException e) {
      String wanted = video ? "an MP4 video" : "an MP3 or WAV audio file";
      throw new InvalidFieldException(field, "is not " + wanted + ": " + reason(e));
    }
  }

  private static String reason(RuntimeException e) {
    return e instanceof MalformedMediaException ? e.getMessage() : "its headers are truncated";
  }

  private static void length(String field, String what, double seconds) {
    double rounded = milliseconds(seconds);
    if (rounded < MIN_SECONDS || rounded > MAX_SECONDS) {
      throw new InvalidFieldException(field, what + " runs " + format(rounded) + " s; it must run 2-15 s");
    }
  }

  private static double milliseconds(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
