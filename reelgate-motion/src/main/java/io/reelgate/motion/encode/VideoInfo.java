package io.reelgate.motion.encode;

import java.util.Optional;

/**
 * What a finished video file says about itself, as read back by {@link VideoProbe}.
 *
 * @param codec FFmpeg's codec name of the video stream, e.g. {@code h264}
 * @param fps the stream's average frame rate
 * @param frames packets of the video stream, one per frame, so exact
 * @param pixelFormat FFmpeg's name, e.g. {@code yuv420p}
 * @param colorPrimaries FFmpeg's name, e.g. {@code bt709}, or {@code unknown}
 * @param audio the first audio stream, if there is one
 * @param moovBeforeMdat the index sits before the media data, so a browser can start playing while
 *     the file still downloads
 */
public record VideoInfo(
    String codec,
    int width,
    int height,
    double fps,
    int frames,
    String pixelFormat,
    String colorPrimaries,
    Optional<AudioInfo> audio,
    double durationSeconds,
    boolean moovBeforeMdat) {

  public boolean hasAudio() {
    return audio.isPresent();
  }
}
